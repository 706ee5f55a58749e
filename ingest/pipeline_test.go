package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

var (
	coderOnce sync.Once
	testCoder *coder.Coder
	coderErr  error
)

func newCoder(t testing.TB) *coder.Coder {
	t.Helper()
	coderOnce.Do(func() { testCoder, coderErr = coder.New(coder.Config{}) })
	if coderErr != nil {
		t.Fatal(coderErr)
	}
	return testCoder
}

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "pw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// run ingests inputs into st and returns the summary and the bad items' messages.
func run(t testing.TB, st store.Store, opt source.Options, inputs ...string) (ingest.Summary, []string) {
	t.Helper()
	var bad []string
	p := ingest.New(st, newCoder(t), ingest.Options{Workers: 2, Batch: 8, Bad: func(err error) { bad = append(bad, err.Error()) }})
	rd := source.New(opt)
	sum, err := p.Run(context.Background(), func(ctx context.Context, emit func(source.Item) error) error {
		return rd.Read(ctx, inputs, emit)
	})
	if err != nil {
		t.Fatal(err)
	}
	return sum, bad
}

func write(t testing.TB, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const (
	report1 = "Title: Shelling near the river\nDate: 2022-03-07\n\nRussian forces shelled Ukrainian positions near Kharkiv on Monday, killing three soldiers, officials said. Ukrainian troops returned fire across the river.\n"
	// A wire copy of report1 with another credit line.
	wire1   = "Title: Shelling near the river\nDate: 2022-03-07\n\nRussian forces shelled Ukrainian positions near Kharkiv on Monday, killing three soldiers, officials said. Ukrainian troops returned fire across the river. (Example Wire)\n"
	report2 = "Date: 2022-03-10\n\nThe foreign ministers of Russia and Ukraine met in Antalya on Thursday. Turkey hosted the talks.\n"
)

func TestIngestIdempotentAndDuplicates(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/report1.txt", report1)
	write(t, dir, "a/wire1.txt", wire1)
	write(t, dir, "b/report2.md", report2)
	write(t, dir, "b/again.txt", report2) // the same article twice
	write(t, dir, "b/.hidden.txt", "Russian forces attacked Kyiv.")
	write(t, dir, "c/feed.jsonl", `{"id":"j1","date":"2022-03-11","text":"Ukrainian troops attacked Russian forces near Izium on Friday."}`+"\n{broken\n")
	st := openStore(t)
	ctx := context.Background()

	sum, bad := run(t, st, source.Options{}, dir)
	if sum.Stored != 4 || sum.Already != 1 || sum.Duplicates != 1 || sum.Bad != 1 {
		t.Errorf("first run: %s; bad %q", sum, bad)
	}
	if len(bad) != 1 || !strings.Contains(bad[0], "feed.jsonl:2") {
		t.Errorf("bad items = %q, want feed.jsonl:2", bad)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 4 || stats.Duplicates != 1 {
		t.Errorf("stats = %+v, summary %s", stats, sum)
	}
	// The copy's events are stored but not counted, by the store's queries as by
	// the summary.
	var all, counted int
	st.EachEvent(ctx, store.EventFilter{Duplicates: true}, func(event.Event) error { all++; return nil })
	st.EachEvent(ctx, store.EventFilter{}, func(event.Event) error { counted++; return nil })
	if all == 0 || counted >= all || int(stats.Events) != all || sum.Events != counted {
		t.Errorf("events with duplicates %d, without %d, stored %d, summary %d: the copy's events should be stored flagged", all, counted, stats.Events, sum.Events)
	}

	sum2, _ := run(t, st, source.Options{}, dir)
	if sum2.Stored != 0 || sum2.Events != 0 || sum2.Already != 5 {
		t.Errorf("second run: %s, want nothing added", sum2)
	}
	stats2, _ := st.Stats(ctx)
	if stats2 != stats {
		t.Errorf("second run changed the store: %+v, then %+v", stats, stats2)
	}
}

// gdeltRows writes a GDELT 2.0 file of n rows, their SOURCEURLs cycling through
// urls so that one article's rows are not adjacent, from a row of the imports' test
// file.
func gdeltRows(t testing.TB, n int, urls []string) string {
	t.Helper()
	data, err := os.ReadFile("gdelt/testdata/20200229.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	row := strings.Split(strings.SplitN(string(data), "\n", 2)[0], "\t")
	if len(row) != 61 {
		t.Fatalf("test row has %d columns", len(row))
	}
	var b strings.Builder
	for i := range n {
		row[0] = fmt.Sprint(900000 + i)
		row[60] = urls[i%len(urls)]
		b.WriteString(strings.Join(row, "\t") + "\n")
	}
	return b.String()
}

func TestIngestDatasetGroupsMerged(t *testing.T) {
	dir := t.TempDir()
	urls := []string{"https://news.example.org/a", "https://news.example.org/b", "https://news.example.org/c"}
	write(t, dir, "events.export.CSV", gdeltRows(t, 30, urls)+"1\tnot a row\n")
	st := openStore(t)
	ctx := context.Background()
	// Groups of at most 4 events: each article's 10 events come in several items.
	sum, bad := run(t, st, source.Options{GroupEvents: 4}, dir)
	if sum.Events != 30 || sum.Stored != 3 || sum.Bad != 1 {
		t.Errorf("summary %s, bad %q; want 30 events in 3 articles, 1 bad row", sum, bad)
	}
	if len(bad) != 1 || !strings.Contains(bad[0], "events.export.CSV:31") {
		t.Errorf("bad = %q", bad)
	}
	stats, _ := st.Stats(ctx)
	if stats.Events != 30 || stats.Articles != 3 {
		t.Errorf("stored %+v", stats)
	}
	a, err := st.Article(ctx, urlID(urls[1]))
	if err != nil || a.URL != urls[1] || a.Text != "" {
		t.Errorf("container article = %+v, %v", a, err)
	}
	sum2, _ := run(t, st, source.Options{GroupEvents: 4}, dir)
	if sum2.Events != 0 || sum2.Stored != 0 {
		t.Errorf("second run: %s", sum2)
	}
	if stats2, _ := st.Stats(ctx); stats2 != stats {
		t.Errorf("second run changed the store: %+v, then %+v", stats, stats2)
	}
}

func urlID(u string) string { return gdelt.ArticleID(u) }

func TestIngestReassessesTouchedAgreements(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	ag := agreement.Agreement{
		ID: "ag-test", Name: "Test accord", Signed: "2022-03-01", Parties: []string{"RUS", "UKR"},
		Provisions: []agreement.Provision{{
			ID: "p1", Obligor: []string{"RUS"}, Action: agreement.CeaseFire, Object: "fire",
			Status: &agreement.Status{Value: agreement.Pending, Reason: "hand-built"},
		}},
	}
	other := agreement.Agreement{ID: "ag-other", Name: "Elsewhere", Signed: "2022-01-01", Parties: []string{"COL", "COLREB"},
		Provisions: []agreement.Provision{{ID: "q1", Obligor: []string{"COLREB"}, Action: agreement.Disarm,
			Status: &agreement.Status{Value: agreement.Pending}}}}
	if err := st.PutAgreements(ctx, []agreement.Agreement{ag, other}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, dir, "r1.txt", report1)
	write(t, dir, "r2.txt", report2)
	sum, bad := run(t, st, source.Options{}, dir)
	if sum.Bad != 0 || sum.Assessed != 1 {
		t.Fatalf("summary %s (assessed %d), bad %q; want the one touched agreement assessed", sum, sum.Assessed, bad)
	}
	hist, err := st.StatusHistory(ctx, "ag-test", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) == 0 || hist[len(hist)-1].Status.AsOf != "2022-03-10" {
		t.Errorf("history = %+v, want a status as of the latest article, 2022-03-10", hist)
	}
	if h, _ := st.StatusHistory(ctx, "ag-other", ""); len(h) != 1 || h[0].Status.AsOf != "" {
		t.Errorf("untouched agreement's history = %+v", h)
	}
	// A rerun (after a crash, say) stores nothing but assesses again.
	sum2, _ := run(t, st, source.Options{}, dir)
	if sum2.Stored != 0 || sum2.Assessed != 1 {
		t.Errorf("rerun: %s, assessed %d", sum2, sum2.Assessed)
	}
}

func TestIngestStopsOnCancel(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	p := ingest.New(st, newCoder(t), ingest.Options{Workers: 2})
	n := 0
	_, err := p.Run(ctx, func(ctx context.Context, emit func(source.Item) error) error {
		for i := 0; ; i++ {
			text := fmt.Sprintf("Russian forces attacked Ukrainian troops near Kharkiv on day %d.", i)
			a := source.Item{}
			a.Article.ID, a.Article.Text, a.Article.Name = fmt.Sprint("c", i), text, "gen"
			a.Article.Date = time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
			if err := emit(a); err != nil {
				return err
			}
			if n++; n == 50 {
				cancel()
			}
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
}

func parseText(t testing.TB, text string) article.Article {
	t.Helper()
	a, err := article.ParseText("t", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestIngestParallelWriters(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	p := ingest.New(st, newCoder(t), ingest.Options{Workers: 2, Batch: 3, Writers: 4})
	const n = 60
	gen := func(ctx context.Context, emit func(source.Item) error) error {
		for a := range bench.Corpus(3, n*4, 4) {
			a.ID = article.ID(a.Text)
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := p.Run(ctx, gen)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(ctx)
	if sum.Stored != n || stats.Articles != n || int64(sum.Events) != stats.Events {
		t.Errorf("summary %s, stored %+v", sum, stats)
	}
	sum2, err := p.Run(ctx, gen)
	if err != nil || sum2.Already != n || sum2.Stored != 0 {
		t.Errorf("second run: %s, %v", sum2, err)
	}
}

func TestIngestDefaultDate(t *testing.T) {
	st := openStore(t)
	dir := t.TempDir()
	write(t, dir, "undated.txt", "Turkish troops shelled Kurdish positions near the border, officials said.")
	write(t, dir, "dated.txt", "Date: 2019-10-09\n\nTurkish troops crossed into Syria on Wednesday.")
	date := time.Date(2019, 10, 12, 0, 0, 0, 0, time.UTC)
	var bad []string
	p := ingest.New(st, newCoder(t), ingest.Options{Date: date, Bad: func(err error) { bad = append(bad, err.Error()) }})
	rd := source.New(source.Options{})
	if _, err := p.Run(context.Background(), func(ctx context.Context, emit func(source.Item) error) error {
		return rd.Read(ctx, []string{dir}, emit)
	}); err != nil || len(bad) > 0 {
		t.Fatal(err, bad)
	}
	for text, want := range map[string]string{
		"Turkish troops shelled Kurdish positions near the border, officials said.": "2019-10-12",
		"Turkish troops crossed into Syria on Wednesday.":                           "2019-10-09",
	} {
		a, err := st.Article(context.Background(), article.ID(text))
		if err != nil || a.Date.Format(time.DateOnly) != want {
			t.Errorf("article %q: date %v (%v), want %s", text, a.Date, err, want)
		}
	}
}
