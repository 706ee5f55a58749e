package sqlite

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// indexSQL returns the definitions of the filter indexes the file holds, by name.
func indexSQL(t *testing.T, s *Store) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, ix := range filterIndexes {
		var def string
		err := s.w.QueryRow(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?`, ix.name).Scan(&def)
		if err == nil {
			got[ix.name] = def
		}
	}
	return got
}

// filterPages returns the first page of events of each filter an index serves.
func filterPages(t *testing.T, s *Store) []store.EventPage {
	t.Helper()
	var pages []store.EventPage
	for _, f := range []store.EventFilter{
		{}, {From: "2020-02-01", To: "2020-04-30"}, {Cameo: "19"}, {Cameo: "190"}, {Plover: "ASSAULT"}, {Country: "AFG"},
	} {
		f.Limit = 5
		p, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

// putArticles stores articles first to last-1 of the fixture, 6 events each.
func putArticles(t *testing.T, s *Store, first, last int) {
	t.Helper()
	var bs []store.Batch
	for i := first; i < last; i++ {
		bs = append(bs, storetest.Article(i, 6))
	}
	if _, err := s.PutArticles(context.Background(), bs); err != nil {
		t.Fatal(err)
	}
}

func TestFilterIndexesAsMigrated(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "pw.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	migrated := indexSQL(t, s)
	if len(migrated) != len(filterIndexes) {
		t.Fatalf("a new store holds %d of the %d filter indexes", len(migrated), len(filterIndexes))
	}
	for _, ix := range filterIndexes {
		if _, err := s.w.Exec(`DROP INDEX ` + ix.name); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.createFilterIndexes(ctx); err != nil {
		t.Fatal(err)
	}
	if got := indexSQL(t, s); !reflect.DeepEqual(got, migrated) {
		t.Errorf("filter indexes built again:\n%v\nwant the migrations':\n%v", got, migrated)
	}
}

// TestOpenRestoresFilterIndexes opens a store whose filter indexes a run killed
// midway left dropped: they are built again, and queries find what they did.
func TestOpenRestoresFilterIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pw.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	putArticles(t, s, 1, 30)
	want := filterPages(t, s)
	migrated := indexSQL(t, s)
	for _, ix := range filterIndexes[1:] {
		if _, err := s.w.Exec(`DROP INDEX ` + ix.name); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := indexSQL(t, s); !reflect.DeepEqual(got, migrated) {
		t.Errorf("filter indexes after reopening:\n%v\nwant:\n%v", got, migrated)
	}
	if got := filterPages(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("events after reopening:\n%v\nwant:\n%v", got, want)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestBulkRunDropsFilterIndexes: a run that writes more events than the store
// held drops the filter indexes until its writes end; another store opened on
// the file meanwhile leaves them dropped and reads the same events; a run
// smaller than the store keeps them.
func TestBulkRunDropsFilterIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "pw.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.bulk.minEvents = 100
	putArticles(t, s, 1, 10) // 54 events: fewer than the least
	if got := len(indexSQL(t, s)); got != len(filterIndexes) {
		t.Errorf("after 54 events: %d filter indexes, want %d", got, len(filterIndexes))
	}
	putArticles(t, s, 10, 30)
	if got := len(indexSQL(t, s)); got != 0 {
		t.Errorf("after 174 events: %d filter indexes, want none", got)
	}
	dropped := filterPages(t, s)
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(indexSQL(t, other)); got != 0 {
		t.Errorf("a store opened during the run built %d filter indexes, want none", got)
	}
	if got := filterPages(t, other); !reflect.DeepEqual(got, dropped) {
		t.Errorf("events read by another store during the run:\n%v\nwant:\n%v", got, dropped)
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.SettleWrites(ctx); err != nil {
		t.Fatal(err)
	}
	if got := len(indexSQL(t, s)); got != len(filterIndexes) {
		t.Errorf("after the run: %d filter indexes, want %d", got, len(filterIndexes))
	}
	if got := filterPages(t, s); !reflect.DeepEqual(got, dropped) {
		t.Errorf("events after the run:\n%v\nwant:\n%v", got, dropped)
	}
	putArticles(t, s, 30, 50) // 120 events into a store of 174
	if got := len(indexSQL(t, s)); got != len(filterIndexes) {
		t.Errorf("a run smaller than the store: %d filter indexes, want %d", got, len(filterIndexes))
	}
}
