package sqlite_test

import (
	"context"
	"errors"
	"strings"
	"testing"

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
