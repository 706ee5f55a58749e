package agreement

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordRuleMatch checks the indexed matcher on every form of rule word: whole
// words, stems, phrases, "x!y" exceptions, and all cue kinds found in one pass.
func TestWordRuleMatch(t *testing.T) {
	w := NewWordRule(nil, []string{"truce", "withdr*", "will not", "pull back*", "required!by"})
	for _, tc := range []struct {
		text string
		want int
	}{
		{"the truce held", 1},
		{"troops withdrew on friday", 1},
		{"troops withdraw", 1},
		{"the with drawn", -1},
		{"they will not comply", 1},
		{"they will comply", -1},
		{"forces pull backwards", 1},
		{"it is required by law", -1},
		{"it is required now", 2},
		{"nothing here", -1},
	} {
		if got := w.MatchAny(strings.Fields(tc.text)); got != tc.want {
			t.Errorf("MatchAny(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
	if !w.MatchWord("required") || w.MatchWord("withd") {
		t.Error("MatchWord: an exception holds only before its word; a stem needs all of itself")
	}
	// A literal rule, compiled on use, matches as a compiled one does.
	if (WordRule{Words: []string{"ceasefire*"}}).MatchAny([]string{"the", "ceasefires"}) != 1 {
		t.Error("a literal rule does not match")
	}

	r := &Rules{Cues: map[string]WordRule{
		"negative": NewWordRule(nil, []string{"not", "failed"}),
		"complete": NewWordRule(nil, []string{"last", "completed"}),
		"time":     NewWordRule(nil, []string{"week"}),
		"intent":   NewWordRule(nil, []string{"will", "plans to"}),
	}}
	c := r.cuesOf(strings.Fields("the army plans to finish what it has not completed"))
	if !c["negative"] || !c["complete"] || !c["intent"] || c["time"] || len(c) != 3 {
		t.Errorf("cues = %v, want negative, complete and intent", c)
	}
}

// TestStemHeads: looking a word's prefixes up only as far as a stem may start it
// finds every stem a plain look-up of each prefix finds, for every stem of the
// table's cue index and every word that starts or nearly starts with one.
func TestStemHeads(t *testing.T) {
	r := DefaultRules()
	r.cueOnce.Do(r.compileCues)
	if len(r.cueIndex.stems) == 0 {
		t.Fatal("the cue index holds no stems")
	}
	long := strings.Repeat("x", 70) // longer than the lengths' bits tell one by one
	check := func(ix *wordIndex, words []string) {
		for _, w := range words {
			var want ruleBits
			for k := 0; k <= len(w); k++ {
				want = want.or(ix.stems[w[:k]])
			}
			if got := ix.stemBits(w); got != want {
				t.Errorf("stemBits(%q) = %v, want %v", w, got, want)
			}
		}
	}
	for s := range r.cueIndex.stems {
		check(r.cueIndex, []string{s, s + "ed", s + "ing", s[:len(s)-1], "un" + s, s[:len(s)-1] + "xion"})
	}
	check(compile([]string{"ab*", "abcdef*", long + "*", long + "yz*"}),
		[]string{"ab", "abc", "abcdefg", long, long + "x", long + "yzz", long[:69], "zz", ""})
	if !r.cueIndex.stemBits("zzz").empty() || !r.cueIndex.stemBits("").empty() {
		t.Error("a word no stem starts has stem bits")
	}
}

// TestManyCueKinds: the table holds more cue kinds than one machine word has bits,
// each found on its own, and refuses more than ruleBits holds.
func TestManyCueKinds(t *testing.T) {
	table := func(n int) string {
		var b strings.Builder
		for k := range n {
			fmt.Fprintf(&b, "cue\tkind%03d\t-\tword%03d\n", k, k)
		}
		return b.String()
	}
	r, err := ParseRules(table(100), "many.tsv")
	if err != nil {
		t.Fatal(err)
	}
	c := r.cuesOf(strings.Fields("word003 and word070 and word099"))
	if !c["kind003"] || !c["kind070"] || !c["kind099"] || len(c) != 3 {
		t.Errorf("cues = %v, want kind003, kind070 and kind099", c)
	}
	if _, err := ParseRules(table(maxRuleBits+1), "too-many.tsv"); err == nil {
		t.Errorf("%d cue kinds accepted, want an error", maxRuleBits+1)
	}
}
