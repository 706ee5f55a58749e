package storetest

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// testConcurrentWriters has two writers store overlapping articles, in opposite
// orders, each batch also updating one shared agreement: every article is stored
// once and nobody fails.
func testConcurrentWriters(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 24
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range n {
				i := k
				if w == 1 {
					i = n - 1 - k
				}
				b := Article(500+i, 6)
				b.Agreements = []agreement.Agreement{Agreement("shared", 2), Agreement("deal-"+b.Article.ID, 1)}
				if _, err := s.PutArticle(ctx, b); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent PutArticle: %v", err)
	}
	st := stats(t, s)
	if st.Articles != n || st.Events != 6*n || st.Claims != 2*n || st.Agreements != n+1 {
		t.Errorf("after two overlapping writers: %+v, want %d articles, %d events, %d claims, %d agreements", st, n, 6*n, 2*n, n+1)
	}
}

func testCancelled(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.PutArticle(ctx, Article(600, 3))
	wantErr(t, "PutArticle with a cancelled context", err, context.Canceled)
	_, err = s.Events(ctx, store.EventFilter{})
	wantErr(t, "Events with a cancelled context", err, context.Canceled)
	_, err = s.Search(ctx, store.SearchQuery{Text: "report"})
	wantErr(t, "Search with a cancelled context", err, context.Canceled)
	err = s.EachEvent(ctx, store.EventFilter{}, func(event.Event) error { return nil })
	wantErr(t, "EachEvent with a cancelled context", err, context.Canceled)
	err = s.PutAgreements(ctx, []agreement.Agreement{Agreement("x", 1)})
	wantErr(t, "PutAgreements with a cancelled context", err, context.Canceled)
	_, err = s.Status(ctx, "x", "")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Status with a cancelled context: %v, want %v", err, context.Canceled)
	}
	if st := stats(t, s); st != (store.Stats{}) {
		t.Errorf("stats after cancelled writes = %+v, want nothing stored", st)
	}
}
