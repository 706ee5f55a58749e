package text

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func tokenTexts(d *Doc) [][]string {
	var out [][]string
	for _, s := range d.Sentences {
		var ws []string
		for _, t := range s.Tokens {
			ws = append(ws, t.Text)
		}
		out = append(out, ws)
	}
	return out
}

func TestAnalyzeTokens(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{"abbreviations", "The U.S. envoy met Gen. Abdel Fattah al-Burhan on Jan. 5.",
			[][]string{{"The", "U.S.", "envoy", "met", "Gen.", "Abdel", "Fattah", "al-Burhan", "on", "Jan.", "5", "."}}},
		{"numbers", "Troops fell from 13,000 to 8,600, a cut of 8.6 percent.",
			[][]string{{"Troops", "fell", "from", "13,000", "to", "8,600", ",", "a", "cut", "of", "8.6", "percent", "."}}},
		{"hyphens and possessive", "The Hamas-run ministry’s cease-fire count and Russia's al-Qaeda claim.",
			[][]string{{"The", "Hamas-run", "ministry", "’s", "cease-fire", "count", "and", "Russia", "'s", "al-Qaeda", "claim", "."}}},
		{"quotes and dashes", `He said "no" — then “yes.” Kyiv's mayor didn't.`,
			[][]string{{"He", "said", `"`, "no", `"`, "—", "then", "“", "yes", ".", "”"}, {"Kyiv", "'s", "mayor", "did", "n't", "."}}},
		{"sentence after initials", "Aid left the U.S. The convoy reached Port Sudan.",
			[][]string{{"Aid", "left", "the", "U.S."}, {"The", "convoy", "reached", "Port", "Sudan", "."}}},
		{"blank line", "Myanmar junta bombs Sagaing\n\nAirstrikes hit a school.",
			[][]string{{"Myanmar", "junta", "bombs", "Sagaing"}, {"Airstrikes", "hit", "a", "school", "."}}},
		{"question in quote", `“Why now?” he asked. Nobody answered.`,
			[][]string{{"“", "Why", "now", "?", "”", "he", "asked", "."}, {"Nobody", "answered", "."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := a.Analyze(tt.text)
			if diff := cmp.Diff(tt.want, tokenTexts(d)); diff != "" {
				t.Errorf("Analyze(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			checkOffsets(t, d)
		})
	}
}

func checkOffsets(tb testing.TB, d *Doc) {
	tb.Helper()
	prev := 0
	for i, s := range d.Sentences {
		if s.Index != i || len(s.Tokens) == 0 || s.Start < prev || s.End > len(d.Text) {
			tb.Fatalf("sentence %d: index %d, %d tokens, span [%d,%d) after %d", i, s.Index, len(s.Tokens), s.Start, s.End, prev)
		}
		for _, t := range s.Tokens {
			if t.Start < s.Start || t.End > s.End || d.Text[t.Start:t.End] != t.Text || t.Tag == "" {
				tb.Fatalf("token %+v does not locate its text in sentence [%d,%d)", t, s.Start, s.End)
			}
		}
		prev = s.End
	}
}

func TestAnalyzeLowerAndTags(t *testing.T) {
	a := newTestAnalyzer(t)
	d := a.Analyze("Ethiopia’s army said “nothing”.")
	got := map[string]string{}
	for _, tk := range d.Sentences[0].Tokens {
		got[tk.Text] = tk.Lower + "/" + tk.Tag
	}
	want := map[string]string{"Ethiopia": "ethiopia/NNP", "’s": "'s/POS", "army": "army/NN", "said": "said/VBD", "“": `"/` + "``", "nothing": "nothing/NN", "”": `"/''`, ".": "./."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lower/tag mismatch (-want +got):\n%s", diff)
	}
}

func TestAnalyzeBoundsLongRuns(t *testing.T) {
	a := newTestAnalyzer(t)
	long := strings.Repeat("rebels shelled the town and ", 40000) + strings.Repeat("x", 5000) + "\xff\xfe"
	d := a.Analyze(long)
	checkOffsets(t, d)
	for _, s := range d.Sentences {
		if len(s.Tokens) > maxSentenceTokens || s.End-s.Start > maxSentenceBytes+maxTokenBytes {
			t.Fatalf("sentence %d has %d tokens and %d bytes", s.Index, len(s.Tokens), s.End-s.Start)
		}
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := newTestAnalyzer(t)
	const text = "Sudanese army jets struck Nyala on Monday. The RSF said 12 civilians died."
	want := tokenTexts(a.Analyze(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				if diff := cmp.Diff(want, tokenTexts(a.Analyze(text))); diff != "" {
					t.Errorf("concurrent Analyze differs:\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestSeedArticle(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seed article in ../../shared/seeds")
	}
	body, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	a := newTestAnalyzer(t)
	d := a.Analyze(string(body))
	checkOffsets(t, d)
	covered := 0
	for _, s := range d.Sentences {
		covered += s.End - s.Start
	}
	if nonSpace := len(strings.Join(strings.Fields(d.Text), "")); covered < nonSpace {
		t.Errorf("sentences cover %d bytes, text has %d non-space bytes", covered, nonSpace)
	}
	pub := day("2020-03-03")
	found := map[string]time.Time{}
	for _, s := range d.Sentences {
		for _, m := range FindDates(s, pub) {
			found[strings.ToLower(m.Text)] = m.Value
		}
	}
	for text, want := range map[string]string{"on monday": "2020-03-02", "by march 10": "2020-03-10"} {
		if got, ok := found[text]; !ok || !got.Equal(day(want)) {
			t.Errorf("%q resolved to %v (found %v), want %s", text, got, ok, want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("The U.S. said “no.” Mr. Smith's 13,000-strong\xffforce left—at 3 p.m.")
	a := newTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := a.Analyze(s)
		checkOffsets(t, d)
		FindQuotes(d)
	})
}

const benchSentence = "Russian forces fired 12 missiles at Kharkiv on Monday, killing at least five civilians, Ukrainian officials said. "

func BenchmarkAnalyze(b *testing.B) {
	a := newTestAnalyzer(b)
	const n = 50
	text := strings.Repeat(benchSentence, n)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(text)
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkFindDates(b *testing.B) {
	a := newTestAnalyzer(b)
	pub := day("2020-03-03")
	for _, c := range []struct{ name, text string }{
		{"with dates", benchSentence},
		{"without", "Hamas released three hostages to the Red Cross in Gaza City, the group said."},
	} {
		s := firstSentence(b, a, c.text)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				FindDates(s, pub)
			}
		})
	}
}

func BenchmarkFindQuantities(b *testing.B) {
	a := newTestAnalyzer(b)
	s := firstSentence(b, a, benchSentence)
	b.ReportAllocs()
	for b.Loop() {
		FindQuantities(s)
	}
}

func BenchmarkFindQuotes(b *testing.B) {
	a := newTestAnalyzer(b)
	d := a.Analyze(strings.Repeat(benchSentence, 50))
	b.ReportAllocs()
	for b.Loop() {
		FindQuotes(d)
	}
}

func TestLowerHasPrefixSuffix(t *testing.T) {
	for _, s := range []string{"", "s", "since", "Since Monday", "SINCE", "SİNCE 2019", "sİnce", "Sınce",
		"days after", "Days AFTER", "afterwards", "AFTER", "\xffsince", "since\xff", "two days afteR", "aftİr", "é after"} {
		for _, fix := range []string{"since", "after", "s", ""} {
			if got, want := LowerHasPrefix(s, fix), strings.HasPrefix(strings.ToLower(s), fix); got != want {
				t.Errorf("LowerHasPrefix(%q, %q) = %v, want %v", s, fix, got, want)
			}
			if got, want := LowerHasSuffix(s, fix), strings.HasSuffix(strings.ToLower(s), fix); got != want {
				t.Errorf("LowerHasSuffix(%q, %q) = %v, want %v", s, fix, got, want)
			}
		}
	}
}
