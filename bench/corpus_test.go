package bench

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/article"
)

func TestGeneratorDeterministic(t *testing.T) {
	a, b, c := NewGenerator(7).Article(30), NewGenerator(7).Article(30), NewGenerator(8).Article(30)
	if a != b {
		t.Error("same seed gave different text")
	}
	if a == c {
		t.Error("different seeds gave the same text")
	}
	if strings.Contains(a, "{") || strings.Contains(a, "}") {
		t.Errorf("unexpanded template slot in %q", a)
	}
}

func TestSentenceShape(t *testing.T) {
	g := NewGenerator(1)
	const n = 2000
	var words, bytes int
	for range n {
		s := g.Sentence()
		if !strings.HasSuffix(s, ".") {
			t.Fatalf("sentence %q does not end with a full stop", s)
		}
		words += len(strings.Fields(s))
		bytes += len(s)
	}
	if w := float64(words) / n; w < 15 || w > 23 {
		t.Errorf("mean words per sentence = %.1f, want about 19", w)
	}
	if b := float64(bytes) / n; b < 95 || b > 150 {
		t.Errorf("mean bytes per sentence = %.1f, want about 120", b)
	}
}

func TestCorpus(t *testing.T) {
	var sizes []int
	for a := range Corpus(3, 45, 20) {
		if a.ID == "" || a.Date.IsZero() || a.Text == "" {
			t.Errorf("incomplete article %+v", a)
		}
		sizes = append(sizes, strings.Count(a.Text, ".")-strings.Count(a.Text, "..."))
	}
	if len(sizes) != 3 || sizes[2] != 5 {
		t.Errorf("sentences per article = %v, want [20 20 5]", sizes)
	}
}

func TestRun(t *testing.T) {
	var seen int
	st, err := Run(context.Background(), func(a article.Article) int { seen++; return 2 }, Options{Sentences: 100, PerArticle: 30, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 4 || seen != 4 || st.Sentences != 100 || st.Events != 8 || st.Bytes == 0 || st.PeakHeap == 0 {
		t.Errorf("stats = %+v, coded %d", st, seen)
	}
	var out strings.Builder
	if err := st.Write(&out); err != nil || !strings.Contains(out.String(), "workers 1: 100 sentences") {
		t.Errorf("Write = %q, %v", out.String(), err)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var coded int
	st, err := Run(ctx, func(article.Article) int {
		coded++
		cancel()
		return 0
	}, Options{Sentences: 1_000_000, Workers: 1})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
	if st.Articles > 3 {
		t.Errorf("%d articles queued after cancel, want it to stop at once", st.Articles)
	}
}
