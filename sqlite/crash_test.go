package sqlite_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/storetest"
)

const (
	crashEnv      = "PEACEWATCH_CRASH_WRITER"
	crashArticles = 400
	crashEvents   = 10
)

// TestCrashWriter is the process TestKilledWriter kills: it writes the corpus one
// article per transaction until it is killed.
func TestCrashWriter(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run by TestKilledWriter")
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range crashArticles {
		if _, err := s.PutArticle(ctx, storetest.SyntheticArticle(i, crashEvents)); err != nil {
			t.Fatal(err)
		}
		if i == 20 {
			os.WriteFile(path+".started", nil, 0o600)
		}
	}
	select {} // wait to be killed
}

// TestKilledWriter kills a writer with SIGKILL in the middle of its work, then
// checks that the file is sound, that every stored article has all its events, and
// that writing the whole corpus again completes it with nothing stored twice.
func TestKilledWriter(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("inside the writer")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, err := os.Stat(path + ".started"); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("writer did not start")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(time.Duration(50+time.Now().UnixNano()%100) * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d articles", st.Articles)
	if st.Articles < 21 || st.Events != st.Articles*crashEvents || st.Claims != 0 {
		t.Errorf("after the kill: %+v, want whole articles of %d events each", st, crashEvents)
	}
	for i := range int(st.Articles) {
		b := storetest.SyntheticArticle(i, crashEvents)
		page, err := s.Events(ctx, store.EventFilter{ArticleID: b.Article.ID, Duplicates: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Events) != crashEvents {
			t.Errorf("article %d has %d events stored, want %d", i, len(page.Events), crashEvents)
		}
	}
	created := 0
	for i := range crashArticles {
		res, err := s.PutArticle(ctx, storetest.SyntheticArticle(i, crashEvents))
		if err != nil {
			t.Fatalf("rerun, article %d: %v", i, err)
		}
		if res.Created {
			created++
		}
	}
	if want := crashArticles - int(st.Articles); created != want {
		t.Errorf("rerun created %d articles, want %d", created, want)
	}
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != crashArticles || st.Events != crashArticles*crashEvents {
		t.Errorf("after the rerun: %+v, want %d articles, %d events", st, crashArticles, crashArticles*crashEvents)
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}
