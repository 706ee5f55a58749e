package coder_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

var (
	sharedOnce  sync.Once
	sharedCoder *coder.Coder
	sharedErr   error
)

func newCoder(tb testing.TB) *coder.Coder {
	tb.Helper()
	sharedOnce.Do(func() { sharedCoder, sharedErr = coder.New(coder.Config{}) })
	if sharedErr != nil {
		tb.Fatal(sharedErr)
	}
	return sharedCoder
}

// line renders an event compactly for golden files.
func line(e event.Event) string {
	codes := func(as []event.Actor) string {
		var s []string
		for _, a := range as {
			s = append(s, a.Code)
		}
		if len(s) == 0 {
			return "-"
		}
		return strings.Join(s, "+")
	}
	out := fmt.Sprintf("%s %s %s %s %s", codes(e.Source), e.Cameo, codes(e.Target), e.Modality, e.Date.Value)
	if e.Attribution != nil {
		out += " said:" + e.Attribution.Speaker.Code
	}
	for _, q := range e.Quantities {
		out += fmt.Sprintf(" n:%g %s", q.Value, q.Unit)
	}
	return out
}

// TestGolden codes each testdata/*.txtar's article (with an optional "date" section
// giving the publication date) and compares the events with the want section.
func TestGolden(t *testing.T) {
	c := newCoder(t)
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sections := map[string]string{}
			for _, s := range ar.Files {
				sections[s.Name] = string(s.Data)
			}
			a := article.Article{ID: "t", Text: sections["article"]}
			if d := strings.TrimSpace(sections["date"]); d != "" {
				if a.Date, err = time.Parse("2006-01-02", d); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, e := range c.Code(a).Events {
				got = append(got, line(e))
			}
			gotText := strings.Join(got, "\n") + "\n"
			if *update {
				for i := range ar.Files {
					if ar.Files[i].Name == "want" {
						ar.Files[i].Data = []byte(gotText)
					}
				}
				if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := sections["want"]; gotText != want {
				t.Errorf("events differ\n got:\n%s\nwant:\n%s", gotText, want)
			}
		})
	}
}
