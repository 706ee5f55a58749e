package coder

import (
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// warnedThat finds the warning that governs trigger t: "X warned (Y) that ... t",
// "X vowed that ... t". It returns the warning verb's token and whom it addressed.
func (s *sent) warnedThat(t *trigger) (int, []ref, bool) {
	that := -1
	for j := t.tok - 1; j >= 0 && j >= t.tok-8; j-- {
		w := s.lower[j]
		if w == "that" {
			that = j
			break
		}
		if boundaries[w] || w == "," || s.isTriggerVerb(j) {
			return 0, nil, false
		}
	}
	if that < 1 {
		return 0, nil, false
	}
	k := that - 1
	for k > 0 && timeWords[s.lower[k]] || k > 0 && s.lower[k] == "on" {
		k--
	}
	var obj []ref
	if p := s.at[k]; p >= 0 && !s.isLocation(p) {
		obj = s.compoundLeft(p)
		k = s.compoundStart(p) - 1
	}
	if k < 0 || !warnings[s.lower[k]] {
		return 0, nil, false
	}
	return k, obj, true
}

// threatening reports whether an act can be threatened: force, sanctions, coercion.
func threatening(code string) bool {
	r := event.Root(code)
	return event.QuadClass(code) == 4 || r == "16" || r == "13"
}

// coordinatedReport is, for a verb at token k joined by "and" to an earlier reporting
// verb ("Trump said ... and warned"), that reporting verb; else k itself.
func (s *sent) coordinatedReport(k int) int {
	if k < 1 || s.lower[k-1] != "and" {
		return k
	}
	for j := k - 2; j >= 0; j-- {
		if text.IsReportingVerb(s.lower[j]) {
			return j
		}
	}
	return k
}

// triggersBefore counts the triggers before token v, so that subject(v, n) sees the
// last of them as the verb v may be coordinated with.
func (s *sent) triggersBefore(v int) int {
	n := 0
	for n < len(s.trig) && s.trig[n].tok < v {
		n++
	}
	return n
}
