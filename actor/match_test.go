package actor

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// tokens splits test text the way the text package does for these examples: on
// spaces, with "'s" and punctuation already written apart.
func tokens(s string) (words, lower []string) {
	words = strings.Fields(s)
	for _, w := range words {
		lower = append(lower, lowerWord(w))
	}
	return words, lower
}

func loadGood(tb testing.TB) *Dictionary {
	tb.Helper()
	d := New()
	if err := d.LoadPath(filepath.Join("testdata", "good"), FormatPeacewatch); err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestMatch(t *testing.T) {
	d := loadGood(t)
	tests := []struct {
		name, text string
		want       string // "start-end:name" for each mention
	}{
		{"possessive split", "Chad 's troops crossed", "0-1:Chad 2-3:troops"},
		{"lower-case common noun is not a country", "a hanging chad and a roast turkey", ""},
		{"capitalised country", "Turkey and Georgia signed", "0-1:Turkey 2-3:Georgia"},
		{"all-caps phrase needs exact case", "US envoy told us", "0-1:United States 1-2:Envoy"},
		{"abbreviation with periods", "U.S. troops left", "0-1:United States 1-2:troops"},
		{"us pronoun at sentence start", "Us and them", ""},
		{"IS exact case only", "IS claimed it . It is over", "0-1:Islamic State"},
		{"longest match wins", "The UN Security Council met", "1-4:UN Security Council"},
		{"shorter match when longer fails", "The UN Security forces", "1-2:United Nations 2-4:security forces"},
		{"person beats agent by length", "President Trump met troops", "0-2:Donald Trump 3-4:troops"},
		{"agent any case", "SECURITY FORCES and Security Forces", "0-2:security forces 3-5:security forces"},
		{"lower-case phrase matches either case", "Al-Qaeda and al-Qaida", "0-1:al-Qaeda 2-3:al-Qaeda"},
		{"multi-word group", "Islamic State fighters", "0-2:Islamic State"},
		{"apostrophe name", "N’Djamena said", "0-1:N'Djamena"},
		{"lower-case first word", "united nations and UN", "3-4:United Nations"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, lower := tokens(tt.text)
			var got []string
			for _, m := range d.Match(words, lower) {
				got = append(got, fmt.Sprintf("%d-%d:%s", m.Start, m.End, m.Entry.Name))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("Match(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestMatchKindPriority(t *testing.T) {
	src := "[place]\nGeorgia | USA\n[country]\nGeorgia | GEO\n[agent]\ngeorgia | GOV\n"
	d := New()
	if err := d.Load(strings.NewReader(src), "k.actors"); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]Kind{"Georgia": Country, "georgia": Agent} {
		words, lower := tokens(text)
		ms := d.Match(words, lower)
		if len(ms) != 1 || ms[0].Entry.Kind != want {
			t.Errorf("Match(%q) = %v, want one %s", text, ms, want)
		}
	}
}

func TestMatchConcurrent(t *testing.T) {
	d := loadGood(t)
	words, lower := tokens("President Trump said U.S. troops and the UN Security Council")
	want := len(d.Match(words, lower))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := len(d.Match(words, lower)); got != want {
					t.Errorf("concurrent Match found %d mentions, want %d", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestMatchAllocations(t *testing.T) {
	d := syntheticDictionary(t, 10000)
	words, lower := benchSentence(d)
	if n := testing.AllocsPerRun(100, func() { d.Match(words, lower) }); n > 1 {
		t.Errorf("Match allocates %.0f times, want at most 1", n)
	}
	buf := make([]Mention, 0, 16)
	if n := testing.AllocsPerRun(100, func() { buf = d.MatchAppend(buf[:0], words, lower) }); n != 0 {
		t.Errorf("MatchAppend allocates %.0f times, want 0", n)
	}
}

// syntheticDictionary builds n entries of one to four made-up words, of mixed kinds.
func syntheticDictionary(tb testing.TB, n int) *Dictionary {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []string{"country", "person", "group", "igo", "place", "agent"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[%s]\n", kinds[i%len(kinds)])
		nw := 1 + r.IntN(4)
		var ws []string
		for range nw {
			ws = append(ws, synthWord(r))
		}
		code := "ABC"
		if kinds[i%len(kinds)] != "agent" && kinds[i%len(kinds)] != "place" {
			code = "ABCGOV"
		}
		fmt.Fprintf(&b, "%s | %s\n", strings.Join(ws, " "), code)
	}
	d := New()
	if err := d.Load(strings.NewReader(b.String()), "synthetic.actors"); err != nil {
		tb.Fatal(err)
	}
	return d
}

func synthWord(r *rand.Rand) string {
	const letters = "abcdefghiklmnoprstuvz"
	w := []byte{byte('A' + r.IntN(26))}
	for range 3 + r.IntN(6) {
		w = append(w, letters[r.IntN(len(letters))])
	}
	return string(w)
}

// benchSentence is 20 tokens: common words, three dictionary phrases, and a word
// that starts a phrase without completing it.
func benchSentence(d *Dictionary) (words, lower []string) {
	es := d.Entries()
	text := "On Monday , " + es[10].Name + " said that " + es[20].Name + " forces had attacked " +
		es[30].Name + " near the border , officials said ."
	words, lower = tokens(text)
	for len(words) < 20 {
		words, lower = append(words, "calm"), append(lower, "calm")
	}
	return words[:20], lower[:20]
}

func BenchmarkMatch(b *testing.B) {
	d := syntheticDictionary(b, 10000)
	words, lower := benchSentence(d)
	b.ReportAllocs()
	for b.Loop() {
		d.Match(words, lower)
	}
}

// BenchmarkMatchAhoCorasick measures the alternative DESIGN names: one automaton over
// the lower-cased phrases, run on the sentence joined with spaces. It still needs the
// byte offsets mapped back to tokens and the case rules checked, which this leaves out.
func BenchmarkMatchAhoCorasick(b *testing.B) {
	d := syntheticDictionary(b, 10000)
	var pats []string
	for _, e := range d.Entries() {
		pats = append(pats, e.Phrases...)
	}
	builder := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{
		AsciiCaseInsensitive: false, MatchOnlyWholeWords: true,
		MatchKind: ahocorasick.LeftMostLongestMatch, DFA: true,
	})
	ac := builder.Build(pats)
	_, lower := benchSentence(d)
	b.ReportAllocs()
	for b.Loop() {
		ac.FindAll(strings.Join(lower, " "))
	}
}
