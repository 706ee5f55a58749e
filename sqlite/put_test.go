package sqlite_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// TestPutEventConflictNamesEvent checks that a refused batch, whose events go in
// multi-row statements, names the event whose id is repeated or taken, and leaves
// nothing stored.
func TestPutEventConflictNamesEvent(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := storetest.SyntheticArticle(1, 20)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		edit func(b *store.Batch) string
		want string
	}{
		{"repeated", func(b *store.Batch) string { b.Events[17].ID = b.Events[3].ID; return b.Events[3].ID }, "repeated"},
		{"taken", func(b *store.Batch) string { b.Events[19].ID = a.Events[5].ID; return a.Events[5].ID }, "another article"},
	} {
		b := storetest.SyntheticArticle(2, 20)
		id := tc.edit(&b)
		_, err := s.PutArticle(ctx, b)
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("%s event id: err = %v, want ErrConflict", tc.name, err)
		}
		if !strings.Contains(err.Error(), id) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s event id: error %q does not name %s as %s", tc.name, err, id, tc.want)
		}
		if _, err := s.Article(ctx, b.Article.ID); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s event id: article of the refused batch: err = %v, want ErrNotFound", tc.name, err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Events != 20 {
		t.Errorf("stats = %+v, want the first article and its 20 events", st)
	}
}

// TestPutArticlesRowsOfManyArticles checks the writer that inserts the events and
// claims of a transaction's articles together: a conflict between two articles of
// one transaction names the later one, and an article put twice in one
// transaction keeps one copy of its events and a sound full-text index.
func TestPutArticlesRowsOfManyArticles(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	first, second := storetest.SyntheticArticle(1, 40), storetest.SyntheticArticle(2, 40)
	second.Events[30].ID = first.Events[2].ID
	_, err := s.PutArticles(ctx, []store.Batch{first, second})
	if !errors.Is(err, store.ErrConflict) {
		t.Fatalf("err = %v, want ErrConflict", err)
	}
	if msg := err.Error(); !strings.Contains(msg, second.Article.ID) || !strings.Contains(msg, first.Events[2].ID) || strings.Contains(msg, first.Article.ID+":") {
		t.Errorf("error %q does not name article %s and event %s", msg, second.Article.ID, first.Events[2].ID)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 0 || st.Events != 0 {
		t.Errorf("stats = %+v, %v; want nothing stored", st, err)
	}

	third := storetest.SyntheticArticle(3, 40)
	res, err := s.PutArticles(ctx, []store.Batch{first, third, first})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Created || !res[1].Created || res[2].Created {
		t.Errorf("results = %+v, want the first two created", res)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Events != 80 {
		t.Errorf("stats = %+v, want 2 articles and 80 events", st)
	}
	for _, b := range []store.Batch{first, third} {
		page, err := s.Events(ctx, store.EventFilter{ArticleID: b.Article.ID, Duplicates: true, Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) != len(b.Events) {
			t.Errorf("article %s: %d events, want %d", b.Article.ID, len(page.Events), len(b.Events))
		}
	}
	if err := s.(*sqlite.Store).Check(ctx); err != nil {
		t.Error(err)
	}
}

// TestEventTextFromArticle puts events whose text is their article's from their
// span, which the store keeps as the span, and one whose text is its own, and
// reads them back by id, page and text (from the full-text index and by
// peacewatch_match) as they were put, after the article is put again too.
func TestEventTextFromArticle(t *testing.T) {
	ctx := context.Background()
	s := newStore(t).(*sqlite.Store)
	b := storetest.Article(7, 4)
	b.Article.Text = "Kyiv and Moscow agreed to a ceasefire. Talks on the prisoners went on in Geneva. The monitors reported shelling."
	b.Article.ID = article.ID(b.Article.Text)
	for i, sp := range []event.Span{{Start: 0, End: 38}, {Start: 39, End: 80}, {Start: 81, End: 111}, {Start: 39, End: 80}} {
		e := storetest.Event(b.Article.ID, i)
		e.Span, e.Text = sp, b.Article.Text[sp.Start:sp.End]
		b.Events[i] = e
	}
	b.Events[3].Text = "Talks on the prisoners went on, its own text."
	b.Claims = nil
	wantText := map[string]string{}
	for _, e := range b.Events {
		wantText[e.ID] = e.Text
	}
	check := func(when string) {
		t.Helper()
		for _, e := range b.Events {
			got, err := s.Event(ctx, e.ID)
			if err != nil || got.Text != e.Text {
				t.Errorf("%s: event %s text %q, %v; want %q", when, e.ID, got.Text, err, e.Text)
			}
		}
		for _, limit := range []int{0, 5000} {
			sqlite.SetTextDriveLimit(s, limit)
			for q, want := range map[string]int{"prisoners": 2, "ceasefire": 1, `"monitors reported"`: 1, "own": 1, "Geneva": 1, "nowhere": 0} {
				page, err := s.Events(ctx, store.EventFilter{Text: q, Duplicates: true})
				if err != nil || len(page.Events) != want {
					t.Errorf("%s: events with %s (drive limit %d): %d, %v; want %d", when, q, limit, len(page.Events), err, want)
				}
				for _, e := range page.Events {
					if e.Text != wantText[e.ID] {
						t.Errorf("%s: event %s text %q, want %q", when, e.ID, e.Text, wantText[e.ID])
					}
				}
			}
		}
		if err := s.Check(ctx); err != nil {
			t.Errorf("%s: %v", when, err)
		}
	}
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("put")
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("put again")

	// An article without text, as datasets' are, and an event and claim whose
	// empty texts are its own.
	empty := storetest.Article(8, 1)
	empty.Article.Text = ""
	empty.Article.ID = "no-text"
	empty.Events[0] = storetest.Event(empty.Article.ID, 0)
	empty.Events[0].Span, empty.Events[0].Text = event.Span{}, ""
	empty.Claims = empty.Claims[:1]
	empty.Claims[0].Start, empty.Claims[0].End, empty.Claims[0].Text = 0, 0, ""
	if _, err := s.PutArticle(ctx, empty); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Event(ctx, empty.Events[0].ID); err != nil || got.Text != "" {
		t.Errorf("event of an article without text: %q, %v; want no text", got.Text, err)
	}
	if cs, err := s.Claims(ctx, store.ClaimFilter{ArticleID: empty.Article.ID}); err != nil || len(cs) != 1 || cs[0].Text != "" {
		t.Errorf("claims of an article without text: %+v, %v; want one without text", cs, err)
	}
}
