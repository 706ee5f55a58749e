package main

import (
	"context"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/internal/pgtest"
)

// postgresStore returns the DSN of a schema of its own on the server
// PEACEWATCH_TEST_POSTGRES names (a postgres:// URL), filled with the fixture and
// dropped when the test ends. Without the variable the test is skipped, unless in CI
// (CI=true), where the PostgreSQL run is required.
func postgresStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	db := dbFlag{dsn: dsn}
	st, err := db.open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := fill(ctx, st); err != nil {
		t.Fatal(err)
	}
	return dsn
}

// TestPostgresSameOutput runs the reading commands against the fixture in SQLite and
// in PostgreSQL: their output is the same, search snippets included.
func TestPostgresSameOutput(t *testing.T) {
	pg := postgresStore(t)
	lite := testStore(t)
	for _, args := range [][]string{
		{"status"},
		{"status", "--as-of", "2020-03-05", "--history", "--format", "json"},
		{"status", "--agreement", "ag-doha", "--format", "markdown", "--history"},
		{"events"},
		{"events", "--actor", "AFG", "--from", "2020-03-01", "--format", "csv"},
		{"events", "--cameo", "19", "--limit", "2", "--format", "jsonl"},
		{"events", "--text", "security forces", "--modality", "asserted"},
		{"search", "--format", "jsonl", "Kunduz"},
		{"export", "--format", "tsv"},
		{"export", "--country", "AFG"},
	} {
		with := func(dsn string) []string { return append([]string{args[0], "--db", dsn}, args[1:]...) }
		want, wantErr := runOK(t, with(lite)...)
		got, gotErr := runOK(t, with(pg)...)
		if got != want {
			t.Errorf("%s: PostgreSQL's output differs from SQLite's:\n--- sqlite\n%s\n--- postgres\n%s", strings.Join(args, " "), want, got)
		}
		if (wantErr == "") != (gotErr == "") {
			t.Errorf("%s: stderr %q on SQLite, %q on PostgreSQL", strings.Join(args, " "), wantErr, gotErr)
		}
	}
}
