package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
)

// jsonlRecords is a reader of n generated JSONL records "r0".."r{n-1}", with a bad
// line every badEvery records when badEvery > 0.
type jsonlRecords struct {
	n, i, badEvery int
	buf            []byte
}

func (g *jsonlRecords) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		if g.badEvery > 0 && g.i%g.badEvery == g.badEvery-1 {
			g.buf = []byte("{not json\n")
		} else {
			g.buf = fmt.Appendf(nil, "{\"id\":\"r%d\",\"text\":\"Record %d attacked.\"}\n", g.i, g.i)
		}
		g.i++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

func TestCodeInputsOrderAndConcurrency(t *testing.T) {
	const n, workers = 2000, 4
	var inFlight, maxInFlight atomic.Int32
	code := func(a article.Article) coder.Result {
		cur := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if cur <= m || maxInFlight.CompareAndSwap(m, cur) {
				break
			}
		}
		if strings.HasSuffix(a.ID, "7") {
			runtime.Gosched()
			time.Sleep(time.Microsecond)
		}
		inFlight.Add(-1)
		return coder.Result{Events: []event.Event{{ArticleID: a.ID}}}
	}
	var got []string
	var bad int
	err := codeInputs(context.Background(), code, []input{{path: "-", format: article.FormatJSONL}}, workers,
		&jsonlRecords{n: n, badEvery: 100}, func(it *item) error {
			if it.err != nil {
				bad++
				return nil
			}
			got = append(got, it.res.Events[0].ArticleID)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if bad != n/100 || len(got) != n-n/100 {
		t.Fatalf("coded %d, bad %d; want %d, %d", len(got), bad, n-n/100, n/100)
	}
	want := 0
	for _, id := range got {
		if want%100 == 99 {
			want++
		}
		if id != fmt.Sprintf("r%d", want) {
			t.Fatalf("got %s where r%d was due: output out of input order", id, want)
		}
		want++
	}
	if m := maxInFlight.Load(); m > workers {
		t.Errorf("%d articles coded at once, want at most %d", m, workers)
	}
}

func TestCodeInputsStopsOnEmitError(t *testing.T) {
	boom := errors.New("broken pipe")
	var emitted int
	err := codeInputs(context.Background(), func(article.Article) coder.Result { return coder.Result{} },
		[]input{{path: "-", format: article.FormatJSONL}}, 2, &jsonlRecords{n: 1_000_000},
		func(*item) error {
			emitted++
			if emitted == 3 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) {
		t.Fatalf("codeInputs = %v, want %v", err, boom)
	}
	if emitted != 3 {
		t.Errorf("emit called %d times after failing, want it to stop at 3", emitted)
	}
}

func TestCodeInputsMissingFile(t *testing.T) {
	var msgs []string
	err := codeInputs(context.Background(), func(article.Article) coder.Result { return coder.Result{} },
		[]input{{path: filepath.Join(t.TempDir(), "nope.txt")}}, 1, nil, func(it *item) error {
			msgs = append(msgs, fmt.Sprint(it.err))
			return nil
		})
	if err != nil || len(msgs) != 1 || !strings.Contains(msgs[0], "nope.txt") {
		t.Errorf("codeInputs = %v, messages %q; want one naming nope.txt", err, msgs)
	}
}
