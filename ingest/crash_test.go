package ingest_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

// childEnv, when set to "DIR|DB", makes the test binary ingest DIR into DB and exit:
// the process TestKillAndRerun kills.
const childEnv = "PEACEWATCH_INGEST_CHILD"

func TestMain(m *testing.M) {
	if v := os.Getenv(childEnv); v != "" {
		dir, db, _ := strings.Cut(v, "|")
		os.Exit(child(dir, db))
	}
	os.Exit(m.Run())
}

// child ingests dir into db, printing a line after every transaction.
func child(dir, db string) int {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer st.Close()
	c := newCoder(&testing.B{})
	p := ingest.New(st, c, ingest.Options{Workers: 2, Batch: 4, Progress: func(s ingest.Summary) {
		fmt.Printf("stored %d\n", s.Stored)
	}})
	rd := source.New(source.Options{GroupEvents: 50})
	if _, err := p.Run(ctx, func(ctx context.Context, emit func(source.Item) error) error {
		return rd.Read(ctx, []string{dir}, emit)
	}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("done")
	return 0
}

// TestKillAndRerun ingests a directory of generated articles and a GDELT file in a
// child process,
// kills it with SIGKILL at several points of the run, then reruns it to the end: the
// store must hold each article once with all its events, and pass SQLite's
// integrity check.
func TestKillAndRerun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts several processes")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	const n = 200
	dir := t.TempDir()
	want := map[string]int{} // article id → events
	c := newCoder(t)
	i := 0
	for a := range bench.Corpus(7, n*6, 6) {
		a.ID = ""
		text := fmt.Sprintf("Date: %s\n\n%s\n", a.Date.Format(time.DateOnly), a.Text)
		write(t, dir, fmt.Sprintf("%02d/article%03d.txt", i%10, i), text)
		parsed := parseText(t, text)
		want[parsed.ID] = len(c.Code(parsed).Events)
		i++
	}
	// A GDELT file of 600 rows over 150 articles, their rows apart, read in groups
	// of 50 events (see child): an article's events come in several transactions.
	var urls []string
	partial := map[string]bool{}
	for k := range 150 {
		urls = append(urls, fmt.Sprintf("https://news.example.org/crash/%d", k))
		want[gdelt.ArticleID(urls[k])] = 4
		partial[gdelt.ArticleID(urls[k])] = true
	}
	write(t, dir, "000-events.export.CSV", gdeltRows(t, 600, urls))
	db := filepath.Join(t.TempDir(), "crash.db")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	start := func() (*exec.Cmd, *bufio.Scanner) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir+"|"+db)
		cmd.Stderr = os.Stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, bufio.NewScanner(out)
	}
	// Kill after the k-th transaction of each run, plus a varying delay, so that
	// the kill lands mid-transaction, between transactions, or while coding.
	for k, delay := range []time.Duration{0, 3 * time.Millisecond, 11 * time.Millisecond, 27 * time.Millisecond, time.Millisecond} {
		cmd, sc := start()
		lines := 0
		for lines < 2+3*k && sc.Scan() {
			if sc.Text() == "done" {
				break
			}
			lines++
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		stored := check(t, db, want, partial, false)
		t.Logf("run %d killed after %d transactions + %v (%v): %d articles stored", k+1, lines, delay, err, stored)
	}
	cmd, sc := start()
	done := false
	for sc.Scan() {
		done = done || sc.Text() == "done"
	}
	if err := cmd.Wait(); err != nil || !done {
		t.Fatalf("final run: %v (done %v)", err, done)
	}
	check(t, db, want, partial, true)
	integrity(t, db)
}

// check verifies that every article stored in db has all the events it should
// have, each once (a data-set article of partial some of them, until all); with
// all, that every article of want is stored. It returns
// how many articles are stored.
func check(t testing.TB, db string, want map[string]int, partial map[string]bool, all bool) int {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got := map[string]int{}
	ids := map[string]bool{}
	err = st.EachEvent(ctx, store.EventFilter{Duplicates: true}, func(e event.Event) error {
		if ids[e.ID] {
			t.Errorf("event %s stored twice", e.ID)
		}
		ids[e.ID] = true
		got[e.ArticleID]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if all && stats.Articles != int64(len(want)) {
		t.Errorf("%d articles stored, want %d", stats.Articles, len(want))
	}
	stored := 0
	for id, w := range want {
		_, err := st.Article(ctx, id)
		if err != nil && (all || !errors.Is(err, store.ErrNotFound)) {
			t.Errorf("article %s: %v", id, err)
		}
		if err != nil {
			if got[id] != 0 {
				t.Errorf("article %s is not stored but %d of its events are", id, got[id])
			}
			continue
		}
		stored++
		if !all && partial[id] && got[id] <= w {
			// A data-set article's events come in several transactions.
			continue
		}
		if got[id] != w {
			t.Errorf("article %s: %d events stored, want %d", id, got[id], w)
		}
	}
	if int64(stored) != stats.Articles {
		t.Errorf("%d articles stored, %d of them expected", stats.Articles, stored)
	}
	return stored
}

// integrity runs SQLite's integrity check on the file at path.
func integrity(t testing.TB, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		t.Fatal(err)
	}
	if res != "ok" {
		t.Errorf("integrity_check: %s", res)
	}
}
