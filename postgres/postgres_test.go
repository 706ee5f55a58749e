package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/postgres"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// dsn returns the test server's connection string from PEACEWATCH_TEST_POSTGRES.
// Without it the test is skipped on a developer's machine and fails in CI
// (CI=true), where the PostgreSQL run is required.
func dsn(t testing.TB) string {
	t.Helper()
	d := os.Getenv("PEACEWATCH_TEST_POSTGRES")
	if d == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("PEACEWATCH_TEST_POSTGRES is not set: the PostgreSQL conformance run is required in CI")
		}
		t.Skip("PEACEWATCH_TEST_POSTGRES is not set; set it to a PostgreSQL DSN to run these tests")
	}
	return d
}

// withSearchPath returns dsn with schema first on the search path.
func withSearchPath(t testing.TB, dsn, schema string) string {
	t.Helper()
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("PEACEWATCH_TEST_POSTGRES: %v", err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

// newStore returns a store in a schema of its own, dropped when the test ends, so
// that tests and concurrent runs never see each other's rows.
func newStore(t testing.TB) store.Store {
	t.Helper()
	ctx := context.Background()
	d := dsn(t)
	admin, err := pgx.Connect(ctx, d)
	if err != nil {
		t.Fatalf("connect to PEACEWATCH_TEST_POSTGRES: %v", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "pwtest_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close(ctx)
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
		admin.Close(ctx)
	})
	s, err := postgres.Open(ctx, withSearchPath(t, d, schema))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	dsn(t)
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
