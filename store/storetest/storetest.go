// Package storetest is the conformance suite of the store.Store contract: every
// backend runs Run against a fresh store of its own.
package storetest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peacewatch/peacewatch/agreement"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// NewStore returns an empty store for one test; it is closed by the test's cleanup.
type NewStore func(t testing.TB) store.Store

// Run runs the conformance suite, one subtest per part of the contract, each on a
// store of its own.
func Run(t *testing.T, newStore NewStore) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, store.Store)
	}{
		{"article round trip", testArticleRoundTrip},
		{"not found", testNotFound},
		{"idempotent", testIdempotent},
		{"conflict", testConflict},
		{"event ids across articles", testEventIDs},
		{"invalid", testInvalid},
		{"near-duplicates", testDuplicates},
		{"many copies", testManyCopies},
		{"event filters", testEventFilters},
		{"pagination", testPagination},
		{"coarse dates", testCoarseDates},
		{"each event", testEachEvent},
		{"full-text search", testSearch},
		{"articles", testArticles},
		{"claims", testClaims},
		{"agreements", testAgreements},
		{"status history", testStatusHistory},
		{"batch atomic", testBatchAtomic},
		{"concurrent writers", testConcurrentWriters},
		{"cancelled context", testCancelled},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, newStore(t)) })
	}
}

func put(t testing.TB, s store.Store, bs ...store.Batch) []store.PutResult {
	t.Helper()
	res, err := s.PutArticles(context.Background(), bs)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	return res
}

func stats(t testing.TB, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func wantErr(t testing.TB, what string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("%s: error %v, want %v", what, err, want)
	}
}

func testArticleRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := Article(1, 12)
	res, err := s.PutArticle(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.PutResult{ID: b.Article.ID, Created: true}); res != want {
		t.Errorf("PutArticle = %+v, want %+v", res, want)
	}
	got, err := s.Article(ctx, b.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := b.Article
	want.Fingerprint = store.FingerprintOf(want.Text)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Article (-put +got):\n%s", d)
	}
	if d, ok := s.(store.ArticleDater); ok {
		date, err := d.ArticleDate(ctx, b.Article.ID)
		if err != nil || date != got.Date {
			t.Errorf("ArticleDate = %v, %v; Article's date %v", date, err, got.Date)
		}
	}
	for _, e := range b.Events {
		got, err := s.Event(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(e, got); d != "" {
			t.Errorf("Event %s (-put +got):\n%s", e.ID, d)
		}
	}
	page, err := s.Events(ctx, store.EventFilter{ArticleID: b.Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(sorted(b.Events), page.Events); d != "" {
		t.Errorf("Events of the article (-want +got):\n%s", d)
	}
	if st := stats(t, s); st.Articles != 1 || st.Events != 12 || st.Claims != 2 {
		t.Errorf("Stats = %+v, want 1 article, 12 events, 2 claims", st)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	put(t, s, Article(1, 2))
	if err := s.PutAgreements(ctx, []agreement.Agreement{Agreement("ag", 1)}); err != nil {
		t.Fatal(err)
	}
	_, err := s.Article(ctx, "nope")
	wantErr(t, "Article", err, store.ErrNotFound)
	if d, ok := s.(store.ArticleDater); ok {
		_, err = d.ArticleDate(ctx, "nope")
		wantErr(t, "ArticleDate", err, store.ErrNotFound)
	}
	_, err = s.Event(ctx, "nope")
	wantErr(t, "Event", err, store.ErrNotFound)
	_, err = s.Agreement(ctx, "nope")
	wantErr(t, "Agreement", err, store.ErrNotFound)
	_, err = s.Status(ctx, "nope", "")
	wantErr(t, "Status", err, store.ErrNotFound)
	_, err = s.StatusHistory(ctx, "nope", "2020-01-01")
	wantErr(t, "StatusHistory", err, store.ErrNotFound)
	err = s.PutStatuses(ctx, []store.ProvisionStatus{{AgreementID: "ag", ProvisionID: "nope", Status: statusOn("2020-03-05")}})
	wantErr(t, "PutStatuses of an unknown provision", err, store.ErrNotFound)
	err = s.PutStatuses(ctx, []store.ProvisionStatus{{AgreementID: "nope", ProvisionID: "ag-p0", Status: statusOn("2020-03-05")}})
	wantErr(t, "PutStatuses of an unknown agreement", err, store.ErrNotFound)
	page, err := s.Events(ctx, store.EventFilter{ArticleID: "nope"})
	if err != nil || len(page.Events) != 0 {
		t.Errorf("Events of an unknown article = %d events, %v; want none, nil", len(page.Events), err)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := Article(2, 10)
	put(t, s, b)
	before := stats(t, s)
	res := put(t, s, b)
	if res[0].Created {
		t.Errorf("second put: Created = true")
	}
	if st := stats(t, s); st != before {
		t.Errorf("stats after the same article twice = %+v, want %+v", st, before)
	}
	// A rerun with a newer coder replaces the article's events.
	b.Events = b.Events[:4]
	b.Events[0].Cameo = "111"
	put(t, s, b)
	page, err := s.Events(ctx, store.EventFilter{ArticleID: b.Article.ID, Duplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(sorted(b.Events), page.Events); d != "" {
		t.Errorf("events after re-coding (-want +got):\n%s", d)
	}
	if st := stats(t, s); st.Events != 4 || st.Articles != 1 {
		t.Errorf("stats after re-coding = %+v, want 1 article, 4 events", st)
	}
	// The replaced events' actors and words are gone from the indexes too.
	for _, f := range []store.EventFilter{{Actor: "USA"}, {Actor: "US"}, {Actor: "AFGREB", Role: store.TargetRole}, {Text: "prisoners"}, {Cameo: "19"}} {
		var want []event.Event
		for _, e := range b.Events {
			if matches(e, nil, f) {
				want = append(want, e)
			}
		}
		page, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(ids(sorted(want)), ids(page.Events)); d != "" {
			t.Errorf("Events(%+v) after re-coding (-want +got):\n%s", f, d)
		}
	}
}

func testConflict(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b := Article(3, 3), Article(4, 3)
	put(t, s, a)
	before := stats(t, s)
	other := b
	other.Article.ID = a.Article.ID
	for i := range other.Events {
		other.Events[i].ArticleID = a.Article.ID
	}
	_, err := s.PutArticle(ctx, other)
	wantErr(t, "an id stored with another text", err, store.ErrConflict)
	if err != nil && !strings.Contains(err.Error(), a.Article.ID) {
		t.Errorf("conflict error %q does not name the article", err)
	}
	// An event id of another article: the whole batch is refused.
	b = Article(4, 3)
	b.Events[1].ID = a.Events[0].ID
	_, err = s.PutArticle(ctx, b)
	wantErr(t, "an event id of another article", err, store.ErrConflict)
	if st := stats(t, s); st != before {
		t.Errorf("stats after refused puts = %+v, want %+v", st, before)
	}
	_, err = s.Article(ctx, b.Article.ID)
	wantErr(t, "article of a refused batch", err, store.ErrNotFound)
}

// testEventIDs checks that an event id is the store's, not only its article's:
// ids of another numbering than the article's, and articles whose ids begin
// with another's and '-', as the ids of their events do.
func testEventIDs(t *testing.T, s store.Store) {
	ctx := context.Background()
	withID := func(b store.Batch, id string) store.Batch {
		b.Article.ID = id
		b.Events = slices.Clone(b.Events)
		for i := range b.Events {
			b.Events[i].ID = id + b.Events[i].ID[strings.LastIndexByte(b.Events[i].ID, '-'):]
			b.Events[i].ArticleID = id
		}
		return b
	}
	// An article whose id is another's, '-' and a number, put after it and before.
	for i, later := range []bool{true, false} {
		a := Article(20+2*i, 3)
		a.Events = slices.Clone(a.Events)
		a.Events[0].ID = a.Article.ID + "-1-7"
		b := withID(Article(21+2*i, 3), a.Article.ID+"-1")
		b.Events[2].ID = b.Article.ID + "-7"
		first, second := a, b
		if !later {
			first, second = b, a
		}
		put(t, s, first)
		_, err := s.PutArticle(ctx, second)
		wantErr(t, "an event id of an article whose id begins it", err, store.ErrConflict)
		if err != nil && !strings.Contains(err.Error(), second.Article.ID+":") {
			t.Errorf("conflict error %q does not name article %s", err, second.Article.ID)
		}
		if got, err := s.Event(ctx, a.Events[0].ID); err != nil || got.ArticleID != first.Article.ID {
			t.Errorf("event %s: article %q, %v; want %s", a.Events[0].ID, got.ArticleID, err, first.Article.ID)
		}
	}
	// Ids of another numbering: found, and kept from other articles' events.
	c := Article(30, 3)
	c.Events = slices.Clone(c.Events)
	c.Events[1].ID = "gdelt-123456"
	put(t, s, c)
	if got, err := s.Event(ctx, "gdelt-123456"); err != nil || got.ArticleID != c.Article.ID {
		t.Errorf("event gdelt-123456: article %q, %v; want %s", got.ArticleID, err, c.Article.ID)
	}
	d := Article(31, 3)
	d.Events = slices.Clone(d.Events)
	d.Events[2].ID = "gdelt-123456"
	_, err := s.PutArticle(ctx, d)
	wantErr(t, "an event id of another numbering taken", err, store.ErrConflict)
	e := Article(32, 3)
	e.Events = slices.Clone(e.Events)
	e.Events[0].ID = c.Events[0].ID
	_, err = s.PutArticle(ctx, e)
	wantErr(t, "an article's own event id taken by an event of another numbering", err, store.ErrConflict)
	f := withID(Article(33, 3), "gdelt")
	f.Events[0].ID = "gdelt-123456"
	_, err = s.PutArticle(ctx, f)
	wantErr(t, "an event id of another numbering taken by an article's own", err, store.ErrConflict)
	if got, err := s.Event(ctx, "gdelt-123456"); err != nil || got.ArticleID != c.Article.ID {
		t.Errorf("event gdelt-123456 after the refused puts: article %q, %v; want %s", got.ArticleID, err, c.Article.ID)
	}
}

func testInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := Article(5, 2)
	b.Article.ID = ""
	_, err := s.PutArticle(ctx, b)
	wantErr(t, "no article id", err, store.ErrInvalid)
	b = Article(5, 2)
	b.Events[1].ArticleID = "other"
	_, err = s.PutArticle(ctx, b)
	wantErr(t, "an event of another article", err, store.ErrInvalid)
	for _, d := range []string{"March 2020", "2020-13", "2020-02-30", "20200301"} {
		b = Article(5, 2)
		b.Events[1].Date.Value = d
		_, err = s.PutArticle(ctx, b)
		wantErr(t, "an event dated "+d, err, store.ErrInvalid)
	}
	for _, f := range []store.EventFilter{
		{From: "March 2020"}, {To: "2020-13-01"}, {Limit: -1}, {Limit: store.MaxLimit + 1},
		{Cursor: "%%%"}, {Text: "!!"}, {Role: "witness", Actor: "USA"}, {Role: store.SourceRole},
	} {
		_, err := s.Events(ctx, f)
		wantErr(t, "Events with a bad filter", err, store.ErrInvalid)
	}
	_, err = s.Search(ctx, store.SearchQuery{Text: " , "})
	wantErr(t, "Search without a word", err, store.ErrInvalid)
	_, err = s.Status(ctx, "x", "yesterday")
	wantErr(t, "Status with a bad date", err, store.ErrInvalid)
	ag := Agreement("bad", 2)
	ag.Provisions[1].ID = ag.Provisions[0].ID
	wantErr(t, "an agreement with a repeated provision id", s.PutAgreements(ctx, []agreement.Agreement{ag}), store.ErrInvalid)
	if st := stats(t, s); st != (store.Stats{}) {
		t.Errorf("stats after invalid puts = %+v, want nothing stored", st)
	}
}

// sorted returns es in the store's event order.
func sorted(es []event.Event) []event.Event {
	out := append([]event.Event(nil), es...)
	sortEvents(out)
	return out
}
