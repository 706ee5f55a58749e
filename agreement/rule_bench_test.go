package agreement

import (
	"strings"
	"testing"
)

// BenchmarkCueIndex finds the cue kinds of a report's words, as cuesWith does
// for every claim a Filter is asked of.
func BenchmarkCueIndex(b *testing.B) {
	words := strings.Fields(strings.ToLower("Government troops withdrew from three positions near the river on Tuesday , " +
		"the monitoring mission said , but rebel commanders accused the army of shelling villages " +
		"in violation of the truce and said they would not hand over their weapons until the " +
		"prisoners held since last year are released . The ministry denied the reports and " +
		"insisted that the ceasefire was holding across the region despite sporadic clashes ."))
	r := DefaultRules()
	r.cueOnce.Do(r.compileCues)
	b.ResetTimer()
	for range b.N {
		for i := range words {
			r.cueIndex.matchWordAt(words, i)
		}
	}
}
