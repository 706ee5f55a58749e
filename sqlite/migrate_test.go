package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// TestUpgradeCameoRoot opens a store written before migration 00003, whose events
// have no cameo_root, and finds them by CAMEO root and code afterwards.
func TestUpgradeCameoRoot(t *testing.T) {
	ctx := context.Background()
	path, db := migratedTo(t, 2)
	b := storetest.Article(1, 12)
	rowid := insertOldArticle(t, db, b.Article)
	roots := map[string]int{}
	for _, e := range b.Events {
		rec, err := store.EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, date, cameo, plover, modality, country, duplicate, text, trigger_start, trigger_end, lemma, record)
			VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`, e.ID, rowid, e.Date.Value, e.Cameo, e.Plover.Type, string(e.Modality), e.Location.Country,
			e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec); err != nil {
			t.Fatal(err)
		}
		roots[e.Cameo[:2]]++
	}
	s := upgraded(t, path, db)
	for root, n := range roots {
		page, err := s.Events(ctx, store.EventFilter{Cameo: root})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) != n {
			t.Errorf("events under CAMEO root %s after the upgrade: %d, want %d", root, len(page.Events), n)
		}
	}
	e := b.Events[0]
	page, err := s.Events(ctx, store.EventFilter{Cameo: e.Cameo})
	if err != nil || len(page.Events) == 0 {
		t.Errorf("events of CAMEO code %s after the upgrade: %d, %v", e.Cameo, len(page.Events), err)
	}
}

func TestCameoRoot(t *testing.T) {
	for code, want := range map[string]string{"": "", "1": "1", "19": "19", "190": "19", "0871": "08", "éé1": "éé"} {
		if got := cameoRoot(code); got != want {
			t.Errorf("cameoRoot(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestUpgradeIntegerKeys opens a store written before migration 00004, whose
// events are indexed by text dates and codes, and finds them by actor, date, code
// and page afterwards as before; an article put again replaces its old actor rows.
func TestUpgradeIntegerKeys(t *testing.T) {
	ctx := context.Background()
	path, db := migratedTo(t, 3)
	b := storetest.Article(1, 12)
	b.Events[1].Date.Value = "2020-03"
	b.Events[2].Date.Value = "2020"
	b.Events[3].Date.Value = ""
	rowid := insertOldArticle(t, db, b.Article)
	for _, e := range b.Events {
		rec, err := store.EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		r, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, date, cameo, cameo_root, plover, modality, country, duplicate, text, trigger_start, trigger_end, lemma, record)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`, e.ID, rowid, e.Date.Value, e.Cameo, cameoRoot(e.Cameo), e.Plover.Type, string(e.Modality), e.Location.Country,
			e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec)
		if err != nil {
			t.Fatal(err)
		}
		ev, err := r.LastInsertId()
		if err != nil {
			t.Fatal(err)
		}
		for key, roles := range store.ActorKeys(e) {
			if _, err := db.ExecContext(ctx, `INSERT INTO event_actors (key, date, event_rowid, roles) VALUES (?, ?, ?, ?)`, key, e.Date.Value, ev, roles); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events`); err != nil {
		t.Fatal(err)
	}
	s := upgraded(t, path, db)
	check := func(when string) {
		t.Helper()
		for _, f := range []store.EventFilter{
			{},
			{Limit: 2},
			{From: "2020-01-01"},
			{To: "2020-03-31"},
			{From: "2020-03-01", To: "2020-04-30"},
			{Actor: b.Events[0].Source[0].Code},
			{Actor: b.Events[0].Source[0].Code[:3], Role: store.SourceRole},
			{Actor: b.Events[0].Source[0].Code[:2]},
			{Actor: b.Events[0].Source[0].Code, From: "2020-02-01"},
			{Cameo: b.Events[0].Cameo}, {Cameo: b.Events[0].Cameo[:2]}, {Cameo: b.Events[0].Cameo[:1]},
			{Plover: b.Events[0].Plover.Type}, {Country: b.Events[0].Location.Country, To: "2020-06-30"},
		} {
			var got []string
			page := store.EventPage{}
			for {
				f.Cursor = page.Next
				var err error
				page, err = s.Events(ctx, f)
				if err != nil {
					t.Fatalf("%s: %+v: %v", when, f, err)
				}
				for _, e := range page.Events {
					got = append(got, e.ID)
				}
				if page.Next == "" {
					break
				}
			}
			var want []string
			for _, e := range storetest.Filter(b.Events, f) {
				want = append(want, e.ID)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: events of %+v: %v, want %v", when, f, got, want)
			}
		}
	}
	check("after the upgrade")
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("put again")
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM event_actors`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, e := range b.Events {
		want += len(store.ActorKeys(e))
	}
	if n != want {
		t.Errorf("actor rows after putting the article again: %d, want %d", n, want)
	}
}

// upgraded closes db, the old store at path, and opens it as a Store, which runs the
// migrations after db's; the Store is closed when the test ends.
func upgraded(t *testing.T, path string, db *sql.DB) *Store {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// migratedTo returns a new SQLite file, open, with the migrations up to version
// applied and no later one, for upgrade tests.
func migratedTo(t *testing.T, version int64) (string, *sql.DB) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(context.Background(), version); err != nil {
		t.Fatal(err)
	}
	return path, db
}

// insertOldArticle writes a's row as the schemas before migration 00004 have it and
// returns its rowid.
func insertOldArticle(t *testing.T, db *sql.DB, a store.Article) int64 {
	t.Helper()
	r, err := db.Exec(`INSERT INTO articles (id, url, title, source, date, date_approx, name, body, duplicate_of)
		VALUES (?, ?, ?, ?, ?, 0, ?, ?, '')`, a.ID, a.URL, a.Title, a.Source, store.FormatTime(a.Date), a.Name, a.Text)
	if err != nil {
		t.Fatal(err)
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		t.Fatal(err)
	}
	return rowid
}

// TestUpgradePackedClaims opens a store written before migration 00005, whose
// claims keep their article's id, speaker code, text and JSON proposition, and
// reads them back by article, speaker and ArticleClaims as they were put: the
// text that is the article's from start to end, and the one that is not; an
// article put again replaces its old claims.
func TestUpgradePackedClaims(t *testing.T) {
	ctx := context.Background()
	path, db := migratedTo(t, 4)
	b := storetest.Article(1, 2)
	body := b.Article.Text
	prop := agreement.Proposition{Sentence: 1, Date: time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC), Words: []string{"kept", "truce"}, WordAt: []int{3, 12}, Past: true}
	b.Claims = []agreement.Claim{
		{Speaker: agreement.Speaker{Code: "USAGOV", Name: "the envoy"}, Text: body[5:20], Start: 5, End: 20, Prop: prop},
		{Speaker: agreement.Speaker{Code: "RUSGOV", Name: "a spokesman"}, Text: body[0:4], Start: 0, End: 4},
		{Speaker: agreement.Speaker{Name: "Example Wire"}, Text: "not the article's", Start: 5, End: 9},
		{Speaker: agreement.Speaker{Code: "USAGOV", Name: "the envoy"}, Text: "past the end", Start: 2, End: len(body) + 4},
	}
	rowid := insertOldArticle(t, db, b.Article)
	for _, c := range b.Claims {
		p, err := store.EncodeProposition(c.Prop)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO claims (article_rowid, article_id, speaker_code, speaker_name, text, start, "end", prop) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			rowid, b.Article.ID, c.Speaker.Code, c.Speaker.Name, c.Text, c.Start, c.End, p); err != nil {
			t.Fatal(err)
		}
	}
	s := upgraded(t, path, db)
	want := slices.Clone(b.Claims)
	for i := range want {
		want[i].ArticleID = b.Article.ID
	}
	// In order of start, then as put.
	byStart := []agreement.Claim{want[1], want[3], want[0], want[2]}
	check := func(when string) {
		t.Helper()
		for _, c := range []struct {
			name string
			read func() ([]agreement.Claim, error)
			want []agreement.Claim
		}{
			{"by article", func() ([]agreement.Claim, error) { return s.Claims(ctx, store.ClaimFilter{ArticleID: b.Article.ID}) }, byStart},
			{"by speaker", func() ([]agreement.Claim, error) { return s.Claims(ctx, store.ClaimFilter{Speaker: "USAGOV"}) }, []agreement.Claim{want[3], want[0]}},
			{"all", func() ([]agreement.Claim, error) { return s.Claims(ctx, store.ClaimFilter{Limit: 4}) }, byStart},
			{"ArticleClaims", func() ([]agreement.Claim, error) {
				return s.ArticleClaims(ctx, []string{b.Article.ID, "nope", b.Article.ID})
			}, byStart},
		} {
			got, err := c.read()
			if err != nil || !reflect.DeepEqual(got, c.want) {
				t.Errorf("%s: claims %s = %+v, %v\nwant %+v", when, c.name, got, err, c.want)
			}
		}
	}
	check("after the upgrade")
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("put again")
	var n, own int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*), count(text) FROM claims`).Scan(&n, &own); err != nil {
		t.Fatal(err)
	}
	if n != len(b.Claims) || own != 2 {
		t.Errorf("claims after putting the article again: %d, %d with a text of their own; want %d, 2", n, own, len(b.Claims))
	}
}

// TestUpgradeEventTextSpans opens a store written before migration 00006, whose
// events keep their text in their rows, and reads each back by id and by text as
// it was put; put again, the article's events keep their text as their spans.
func TestUpgradeEventTextSpans(t *testing.T) {
	ctx := context.Background()
	path, db := migratedTo(t, 5)
	b := storetest.Article(1, 3)
	b.Claims = nil
	b.Article.Text = "Kyiv and Moscow agreed to a ceasefire in Geneva."
	b.Article.ID = article.ID(b.Article.Text)
	for i := range b.Events {
		b.Events[i] = storetest.Event(b.Article.ID, i)
	}
	b.Events[0].Span, b.Events[0].Text = event.Span{Start: 0, End: len(b.Article.Text)}, b.Article.Text
	rowid := insertOldArticle(t, db, b.Article)
	for _, e := range b.Events {
		rec, err := store.EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		dk, err := dateKey(e.Date.Value)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, cameo_id, plover_id, modality, country_id, duplicate, text, trigger_start, trigger_end, lemma, record, cameo_root_id, date_key)
			VALUES (?, ?, 0, 0, ?, 0, 0, ?, ?, ?, ?, ?, 0, ?)`, e.ID, rowid, string(e.Modality), e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec, dk); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events`); err != nil {
		t.Fatal(err)
	}
	s := upgraded(t, path, db)
	check := func(when string) {
		t.Helper()
		for _, e := range b.Events {
			got, err := s.Event(ctx, e.ID)
			if err != nil || got.Text != e.Text {
				t.Errorf("%s: event %s text %q, %v; want %q", when, e.ID, got.Text, err, e.Text)
			}
		}
		for _, limit := range []int{0, 5000} {
			s.textDriveLimit = limit
			page, err := s.Events(ctx, store.EventFilter{Text: "ceasefire Geneva"})
			if err != nil || len(page.Events) != 1 || page.Events[0].ID != b.Events[0].ID {
				t.Errorf("%s: events with ceasefire Geneva (drive limit %d): %+v, %v; want %s", when, limit, page.Events, err, b.Events[0].ID)
			}
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("%s: %v", when, err)
		}
	}
	check("after the upgrade")
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("put again")
	var spans int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE text_start >= 0 AND text = ''`).Scan(&spans); err != nil {
		t.Fatal(err)
	}
	if spans != 1 {
		t.Errorf("events kept as their spans after putting the article again: %d, want 1", spans)
	}
}

// TestUpgradeEventIDs opens a store written before migration 00007, whose event
// ids had an index of their own, and finds its events by id, an id of another
// numbering among them, keeps that id from other articles' events and keeps
// the events' rowids and their sequence (rowids are never reused).
func TestUpgradeEventIDs(t *testing.T) {
	ctx := context.Background()
	path, db := migratedTo(t, 6)
	b := storetest.Article(1, 3)
	b.Claims = nil
	b.Events[1].ID = "gdelt-9"
	rowid := insertOldArticle(t, db, b.Article)
	for _, e := range b.Events {
		rec, err := store.EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, cameo_id, plover_id, modality, country_id, duplicate, text, trigger_start, trigger_end, lemma, record, cameo_root_id, date_key)
			VALUES (?, ?, 0, 0, ?, 0, 0, ?, ?, ?, ?, ?, 0, 0)`, e.ID, rowid, string(e.Modality), e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO events (id, article_rowid, cameo_id, plover_id, modality, country_id, duplicate, text, trigger_start, trigger_end, lemma, record, cameo_root_id, date_key)
		SELECT 'gone', article_rowid, 0, 0, modality, 0, 0, text, 0, 0, lemma, record, 0, 0 FROM events LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `DELETE FROM events WHERE id = 'gone'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events`); err != nil {
		t.Fatal(err)
	}
	s := upgraded(t, path, db)
	for i, e := range b.Events {
		got, err := s.Event(ctx, e.ID)
		if err != nil || got.ID != e.ID || got.ArticleID != b.Article.ID {
			t.Errorf("event %s after the upgrade: %s of %s, %v", e.ID, got.ID, got.ArticleID, err)
		}
		var r int64
		if err := s.r.QueryRowContext(ctx, `SELECT rowid FROM events WHERE article_rowid = ? AND id = ?`, rowid, e.ID).Scan(&r); err != nil || r != int64(i+1) {
			t.Errorf("event %s after the upgrade: rowid %d, %v; want %d", e.ID, r, err, i+1)
		}
	}
	var foreign string
	if err := s.r.QueryRowContext(ctx, `SELECT group_concat(id) FROM event_ids`).Scan(&foreign); err != nil || foreign != "gdelt-9" {
		t.Errorf("event_ids after the upgrade: %q, %v; want gdelt-9", foreign, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
	other := storetest.Article(2, 3)
	other.Events[0].ID = "gdelt-9"
	if _, err := s.PutArticle(ctx, other); !errors.Is(err, store.ErrConflict) {
		t.Errorf("an article with event id gdelt-9 after the upgrade: %v, want ErrConflict", err)
	}
	next := storetest.Article(3, 3)
	if _, err := s.PutArticle(ctx, next); err != nil {
		t.Fatal(err)
	}
	var least int64
	if err := s.r.QueryRowContext(ctx, `SELECT min(e.rowid) FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE a.id = ?`, next.Article.ID).Scan(&least); err != nil || least != 5 {
		t.Errorf("first rowid of an event put after the upgrade: %d, %v; want 5", least, err)
	}
}
