package postgres_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/internal/pgtest"
	"github.com/peacewatch/peacewatch/postgres"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// newStore returns a store in a schema of its own, dropped when the test ends, so
// that tests and concurrent runs never see each other's rows.
func newStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := postgres.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	pgtest.DSN(t)
	storetest.Run(t, newStore)
}

func TestOpenBadDSN(t *testing.T) {
	for _, d := range []string{"postgres://u:secret@[::1", "postgres://u:secret@host:port/db", "host=h password=secret port=x"} {
		_, err := postgres.Open(context.Background(), d)
		if !errors.Is(err, store.ErrInvalid) || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q): %v; want an invalid error that does not show the password", d, err)
		}
	}
}
