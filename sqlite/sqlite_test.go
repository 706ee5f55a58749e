package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

func newStore(t testing.TB) store.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sub", "peacewatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, newStore) }

// TestConformanceScanningText runs the suite with every text filter checked row by
// row (peacewatch_match) instead of started from the full-text index.
func TestConformanceScanningText(t *testing.T) {
	storetest.Run(t, func(t testing.TB) store.Store {
		s := newStore(t)
		sqlite.SetTextDriveLimit(s.(*sqlite.Store), 0)
		return s
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a", "b", "pw.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	b := storetest.Article(1, 3)
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = sqlite.Open(ctx, path) // the migrations are not applied twice
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 1 || st.Events != 3 {
		t.Errorf("after reopening: %+v, %v; want 1 article, 3 events", st, err)
	}
}

func TestOpenBadPath(t *testing.T) {
	ctx := context.Background()
	for _, p := range []string{"", "x?mode=ro"} {
		if _, err := sqlite.Open(ctx, p); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Open(%q): %v, want invalid", p, err)
		}
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, filepath.Join(file, "pw.db")); err == nil {
		t.Error("Open under a regular file: no error")
	}
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG layout")
	}
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, err := sqlite.DefaultPath(); err != nil || p != "/data/peacewatch/peacewatch.db" {
		t.Errorf("DefaultPath with XDG_DATA_HOME = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/analyst")
	if p, err := sqlite.DefaultPath(); err != nil || p != "/home/analyst/.local/share/peacewatch/peacewatch.db" {
		t.Errorf("DefaultPath without XDG_DATA_HOME = %q, %v", p, err)
	}
}
