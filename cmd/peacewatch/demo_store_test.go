package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/sqlite"
)

// TestDemoStore runs the demo twice on a fresh data directory: the first run
// creates the directory and the store and stores every sample article and event, the
// second adds nothing; both print the board from the store.
func TestDemoStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "fresh", "data")
	t.Setenv("XDG_DATA_HOME", dir)
	t.Setenv("PEACEWATCH_DB", "")
	start := time.Now()
	out, _ := runOK(t, "demo")
	t.Logf("first demo run: %v", time.Since(start))
	path := filepath.Join(dir, "peacewatch", "peacewatch.db")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the demo did not create the default store: %v", err)
	}
	m := regexp.MustCompile(`(?m)^(\d+) articles, \d+ sentences, (\d+) events`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in:\n%s", out)
	}
	stored := regexp.MustCompile(`(?m)^Ingested into .*: (\d+) articles stored, (\d+) already stored, \d+ duplicates linked, (\d+) events`)
	s := stored.FindStringSubmatch(out)
	if s == nil || s[1] != m[1] || s[2] != "0" || s[3] != m[2] {
		t.Fatalf("stored line %q does not match the summary %q", s, m)
	}
	if !regexp.MustCompile(`(?m)^Status board `).MatchString(out) {
		t.Errorf("no board in the demo's output:\n%s", out)
	}

	out, _ = runOK(t, "demo")
	s = stored.FindStringSubmatch(out)
	if s == nil || s[1] != "0" || s[2] != m[1] {
		t.Errorf("second run: %q, want every article already stored", s)
	}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if strconv.FormatInt(stats.Articles, 10) != m[1] || strconv.FormatInt(stats.Events, 10) != m[2] {
		t.Errorf("store holds %d articles and %d events after two runs, want %s and %s", stats.Articles, stats.Events, m[1], m[2])
	}
}
