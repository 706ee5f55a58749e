package agreement

import "strings"

// readConditions sets t's conditions and the cues that make it wait on another
// provision: reciprocity ("in return", "in exchange for ..."), order ("then", "after
// which", "the date which"), preconditions ("once ...", "provided that ...", "if ...",
// "until ...", "as they pull back") and periods ("for 15 years"). whole is the sentence
// span the clause may draw its opening cues from.
func (t *term) readConditions(v *sent, body string, from, to int) {
	w := v.words
	for i := from; i < to; i++ {
		switch {
		case w[i] == "in" && (v.word(i+1) == "return" || v.word(i+1) == "exchange"):
			t.reciprocal = true
			if v.word(i+2) == "for" {
				end := clauseEnd(v, i+3, to)
				t.conditions = append(t.conditions, v.span(body, i, end))
			} else {
				t.conditions = append(t.conditions, v.span(body, i, i+2))
			}
		case w[i] == "then" || w[i] == "after" && v.word(i+1) == "which" || w[i] == "which" && (v.word(i-1) == "date" || v.word(i-1) == "day"):
			t.follows = true
			t.sameDate = w[i] == "which"
		case sameTime(v, i):
			t.sameDate = true
		case w[i] == "once" || w[i] == "provided" && v.word(i+1) == "that" && !providedByDeal(v, i) || w[i] == "until" || w[i] == "if" || w[i] == "unless":
			if w[i] == "once" {
				t.once = true
			}
			end := clauseEnd(v, i+1, to)
			t.conditions = append(t.conditions, v.span(body, i, end))
		case w[i] == "as" && i == 0 && v.tag(i+1) == "PRP":
			end := clauseEnd(v, i+1, to)
			t.conditions = append(t.conditions, v.span(body, i, end))
			t.follows = true
		case w[i] == "for" && t.action == Exchange && (v.tag(i+1) == "CD" || isNumberWord(v.word(i+1))) && !durations[v.word(i+2)]:
			// "the exchange of 5,000 Taliban prisoners for 1,000 captured Afghan security forces"
			end := i + 2
			for end < to && !objectStops[v.word(end)] && v.tag(end) != "CD" {
				end++
			}
			t.conditions = append(t.conditions, v.span(body, i, end))
		case w[i] == "for" && (v.tag(i+1) == "CD" || isNumberWord(v.word(i+1)) || v.word(i+1) == "the" && v.word(i+2) == "first") && i+3 < len(w):
			if k := i + 2 + boolInt(v.word(i+1) == "the"); durations[v.word(k)] || durations[v.word(k+1)] {
				end := min(to, k+2)
				if durations[v.word(k)] && v.word(k+1) == "and" {
					end = min(to, k+1) // "for 72 hours and bound ...": the period ends at its unit
				}
				if (v.word(end-1) == "a" || v.word(end-1) == "per") && durations[v.word(end)] {
					end = min(to, end+1) // "for six hours a day"
				}
				t.conditions = append(t.conditions, strings.TrimRight(v.span(body, i, end), ",;"))
			}
		case w[i] == "for" && v.word(i+1) == "each":
			start := i - 1
			for start > from && v.tag(start) != "CD" {
				start--
			}
			t.conditions = append(t.conditions, v.span(body, start, clauseEnd(v, i+2, to)))
		case w[i] == "at" && (v.word(i+1) == "a" || v.word(i+1) == "the") && strings.HasPrefix(v.word(i+2), "proportion"):
			t.conditions = append(t.conditions, v.span(body, i, clauseEnd(v, i+1, to)))
		}
	}
}

// clauseEnd returns where a subordinate phrase from i ends: at a comma, semicolon or
// the end of the clause.
func clauseEnd(v *sent, i, to int) int {
	for j := i; j < to; j++ {
		if w := v.word(j); w == "," || w == ";" || w == "." || w == ":" {
			return j
		}
	}
	return to
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// providedByDeal reports whether "provided" at i is the deal's verb ("The agreement also
// provided that ..."), not a condition: a deal noun before it, adverbs skipped.
func providedByDeal(v *sent, i int) bool {
	k := i - 1
	for adverbs[v.word(k)] {
		k--
	}
	return loadLexicon().has("deal", v.words, k, k+1)
}

// sameTime reports whether "at the same time" at i dates a term by the one before it
// ("East Germany will free the student at the same time"): after the clause's verb, not
// opening a sentence or an aside, where it only means "meanwhile", and not "at the
// same time as ...", which names another event.
func sameTime(v *sent, i int) bool {
	if v.word(i) != "at" || i <= v.first {
		return false
	}
	k := i + 1
	if v.word(k) == "about" || v.word(k) == "roughly" {
		k++ // "at about the same time"
	}
	if v.word(k) != "the" || v.word(k+1) != "same" || v.word(k+2) != "time" || v.word(k+3) == "as" {
		return false
	}
	p := v.word(i - 1)
	return p != "," && p != "and" && p != "but" && !strings.HasPrefix(v.tag(i-1), "MD")
}
