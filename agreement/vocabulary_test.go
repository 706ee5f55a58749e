package agreement

import (
	"slices"
	"testing"
)

func TestVocabularyNumbersEachWordOnce(t *testing.T) {
	var v vocabulary
	a := v.numbers([]string{"the", "truce", "held"})
	b := v.numbers([]string{"held", "the", "line"})
	if a[0] != b[1] || a[2] != b[0] {
		t.Errorf("the same words got different numbers: %v and %v", a, b)
	}
	if all := append(slices.Clone(a), b[2]); len(slices.Compact(slices.Sorted(slices.Values(all)))) != 4 {
		t.Errorf("four words got numbers %v", all)
	}
	if got := v.numbers(nil); len(got) != 0 {
		t.Errorf("no words got numbers %v", got)
	}
}
