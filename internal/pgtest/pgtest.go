// Package pgtest gives tests a PostgreSQL database to use: the server named by
// PEACEWATCH_TEST_POSTGRES (a postgres:// URL), in a schema of the test's own. Without
// it a test is skipped on a developer's machine and fails in CI (CI=true), where the
// PostgreSQL runs are required.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// DSN returns PEACEWATCH_TEST_POSTGRES, skipping t (failing it in CI) when it is not
// a postgres:// or postgresql:// URL.
func DSN(t testing.TB) string {
	t.Helper()
	d := os.Getenv("PEACEWATCH_TEST_POSTGRES")
	if u, err := url.Parse(d); d == "" || err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		if os.Getenv("CI") == "true" {
			t.Fatal("PEACEWATCH_TEST_POSTGRES is not a postgres:// URL: the PostgreSQL run is required in CI")
		}
		t.Skip("PEACEWATCH_TEST_POSTGRES is not set; set it to a postgres:// URL to run this test")
	}
	return d
}

// Schema creates a schema of a random name on the test server and returns DSN with
// that schema first on the search path, so tests and concurrent runs never see each
// other's tables. The schema is dropped when t ends.
func Schema(t testing.TB) string {
	t.Helper()
	d := DSN(t)
	ctx := context.Background()
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
	return WithSearchPath(d, schema)
}

// WithSearchPath returns the postgres:// URL dsn with schema first on the search path.
func WithSearchPath(dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn // DSN accepts only URLs that parse
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
