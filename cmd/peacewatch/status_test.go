package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/store"
)

// TestUsageErrors checks the exit statuses of the store commands: 2 for a command
// line they cannot run, 1 for an agreement that is not stored, with its message.
func TestUsageErrors(t *testing.T) {
	path := testStore(t)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"status", "--as-of", "March"}, 2, "--as-of: date \"March\""},
		{[]string{"status", "--format", "yaml"}, 2, "want text, json or markdown"},
		{[]string{"status", "--nosuch"}, 2, "flag provided but not defined"},
		{[]string{"status", "--agreement", "ag-nowhere"}, 1, "agreement \"ag-nowhere\": not found in " + path},
		{[]string{"events", "--cameo", "abc"}, 2, "--cameo \"abc\""},
		{[]string{"events", "--limit", "10001"}, 2, "--limit 10001"},
		{[]string{"events", "--cursor", "bm9wZQ"}, 2, "--cursor \"bm9wZQ\""},
		{[]string{"events", "--limit", "x"}, 2, "invalid value \"x\" for flag -limit"},
		{[]string{"search"}, 2, "no query given"},
		{[]string{"search", "--format", "csv", "x"}, 2, "want table or jsonl"},
		{[]string{"export", "--format", "table"}, 2, "want jsonl, csv or tsv"},
		{[]string{"export", "--modality", "rumoured"}, 2, "--modality \"rumoured\""},
	} {
		args := append(c.args[:1:1], append([]string{"--db", path}, c.args[1:]...)...)
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, &stdout, &stderr)
		if code := exitCode(err, &stderr); code != c.code {
			t.Errorf("%s: exit status %d, want %d (%v)", strings.Join(args, " "), code, c.code, err)
		}
		if !strings.Contains(stderr.String(), c.msg) {
			t.Errorf("%s: stderr %q does not say %q", strings.Join(args, " "), stderr.String(), c.msg)
		}
		if c.code == 1 && !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: error %v does not wrap store.ErrNotFound", strings.Join(args, " "), err)
		}
	}
}

// TestStatusEmptyStore prints the board of a store with no agreement.
func TestStatusEmptyStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	db := dbFlag{dsn: path}
	st, err := db.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	out, _ := runOK(t, "status", "--db", path)
	if !strings.Contains(out, " 0 agreements ") || !strings.Contains(out, "No agreement found.") {
		t.Errorf("board of an empty store:\n%s", out)
	}
	out, _ = runOK(t, "status", "--db", path, "--format", "json")
	if !strings.Contains(out, `"agreements": []`) {
		t.Errorf("json of an empty store: %s", out)
	}
}

func TestDBName(t *testing.T) {
	d := dbFlag{dsn: "postgres://analyst:secret@db.example:5432/peacewatch"}
	if n := d.name(); strings.Contains(n, "secret") || !strings.Contains(n, "db.example") {
		t.Errorf("name() = %q: want the URL without its password", n)
	}
	t.Setenv("XDG_DATA_HOME", "/data")
	d = dbFlag{}
	if n := d.name(); n != "/data/peacewatch/peacewatch.db" {
		t.Errorf("default name() = %q", n)
	}
}
