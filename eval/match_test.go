package eval

import (
	"math"
	"strings"
	"testing"
)

// triples reads "SRC>TGT:CODE" items separated by spaces; TGT may be empty.
func triples(s string) []Triple {
	var out []Triple
	for _, f := range strings.Fields(s) {
		st, code, _ := strings.Cut(f, ":")
		src, tgt, _ := strings.Cut(st, ">")
		out = append(out, Triple{Source: src, Target: tgt, Code: code})
	}
	return out
}

func TestScore(t *testing.T) {
	tests := []struct {
		name          string
		expected, got string
		want          Counts
		fullF1        float64
		rootF1        float64
	}{
		{"both empty", "", "", Counts{}, 1, 1},
		{"empty expected, extras", "", "USA>AFG:190", Counts{Got: 1}, 0, 0},
		{"nothing coded", "USA>AFG:190", "", Counts{Expected: 1}, 0, 0},
		{"exact", "USA>AFGREB:057 AFGREB>USA:057", "AFGREB>USA:057 USA>AFGREB:057", Counts{2, 2, 2, 2}, 1, 1},
		{"root only", "USA>AFGREB:057", "USA>AFGREB:051", Counts{1, 1, 0, 1}, 0, 1},
		{"actor wrong", "USA>AFGREB:057", "USA>AFG:057", Counts{1, 1, 0, 0}, 0, 0},
		{"no target", "AFGREB>:190", "AFGREB>:190", Counts{1, 1, 1, 1}, 1, 1},
		{"target missing in coding", "AFGREB>AFGSEC:190", "AFGREB>:190", Counts{1, 1, 0, 0}, 0, 0},
		{"duplicate coded once expected", "ISR>PSEREB:190", "ISR>PSEREB:190 ISR>PSEREB:190", Counts{1, 2, 1, 1}, 2.0 / 3, 2.0 / 3},
		{"duplicate expected coded once", "ISR>PSEREB:190 ISR>PSEREB:190", "ISR>PSEREB:190", Counts{2, 1, 1, 1}, 2.0 / 3, 2.0 / 3},
		// The full pass runs first, so the exact 057 is not spent on the root match of 051.
		{"tie: full match wins over earlier root match", "USA>AFGREB:051 USA>AFGREB:057", "USA>AFGREB:057 USA>AFGREB:050",
			Counts{2, 2, 1, 2}, 0.5, 1},
		{"root differs", "RUS>UKR:190", "RUS>UKR:180", Counts{1, 1, 0, 0}, 0, 0},
		{"short code", "RUS>UKR:1", "RUS>UKR:1", Counts{1, 1, 1, 1}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(triples(tt.expected), triples(tt.got))
			if got != tt.want {
				t.Fatalf("Score = %+v, want %+v", got, tt.want)
			}
			if f := got.F1(Full); math.Abs(f-tt.fullF1) > 1e-9 {
				t.Errorf("full F1 = %v, want %v", f, tt.fullF1)
			}
			if f := got.F1(RootLevel); math.Abs(f-tt.rootF1) > 1e-9 {
				t.Errorf("root F1 = %v, want %v", f, tt.rootF1)
			}
			if got.Missed(Full) != got.Expected-got.FullMatch || got.Extra(RootLevel) != got.Got-got.RootMatch {
				t.Errorf("missed/extra inconsistent: %+v", got)
			}
		})
	}
}

func TestMatchOneToOne(t *testing.T) {
	exp := triples("A>B:190 A>B:190 A>B:193")
	got := triples("A>B:193 A>B:190 A>B:191")
	full, root := Match(exp, got)
	want := "full [{0 1} {2 0}] root [{1 2}]"
	if s := strings.Join([]string{"full", fmtPairs(full), "root", fmtPairs(root)}, " "); s != want {
		t.Errorf("Match = %s, want %s", s, want)
	}
}

func fmtPairs(ps []Pair) string {
	var b strings.Builder
	b.WriteString("[")
	for i, p := range ps {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString("{" + string(rune('0'+p.Expected)) + " " + string(rune('0'+p.Got)) + "}")
	}
	return b.String() + "]"
}
