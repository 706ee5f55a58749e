package agreement

import (
	"sync"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

var (
	fuzzOnce     sync.Once
	fuzzAnalyzer *text.Analyzer
)

// FuzzExtract feeds arbitrary text (with a mention over every capitalised token)
// through Extract: it must not panic, and every provision's evidence must be the
// article's own text at its offsets.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Under the terms of the agreement, Israel will withdraw within 60 days, and Hamas will free 33 hostages in return.",
		"The deal signed on Monday requires Serbia to cut its forces from 4,000 to 1,500 within 45 days of the signing.",
		"Under the accord, Sudan will:\n- pay 300 million dollars by December 31;\n1. A halt to all attacks.",
		"They agreed to. Within of the, will:\n- \n1.",
		"",
	} {
		f.Add(s)
	}
	fuzzOnce.Do(func() {
		a, err := text.NewAnalyzer()
		if err != nil {
			f.Fatal(err)
		}
		fuzzAnalyzer = a
	})
	f.Fuzz(func(t *testing.T, s string) {
		doc := fuzzAnalyzer.Analyze(s)
		var ms []event.Mention
		for _, st := range doc.Sentences {
			for _, tk := range st.Tokens {
				if tk.Text != "" && tk.Text[0] >= 'A' && tk.Text[0] <= 'Z' {
					ms = append(ms, event.Mention{Sentence: st.Index, Span: event.Span{Start: tk.Start, End: tk.End}, Code: "ISR", Name: tk.Text})
				}
			}
		}
		src := Source{Article: article.Article{ID: "x", Text: s, Date: time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)}, Doc: doc, Mentions: ms}
		for _, a := range Merge(Extract(src)) {
			for _, p := range a.Provisions {
				e := p.Evidence
				if e.Start < 0 || e.End > len(s) || e.Start > e.End || s[e.Start:e.End] != e.Text {
					t.Fatalf("evidence %d-%d %q is not the text's", e.Start, e.End, e.Text)
				}
			}
		}
	})
}
