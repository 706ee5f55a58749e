package agreement

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// dealReplacements are the sentences of rec that tell agreement a replaced, in
// whole, by a later deal: a word of supersession followed within six words by a
// word of a's name and a word for a deal ("sign the National Pact, which replaces
// the Tamanrasset accord"), or preceded by them when passive ("the Tamanrasset
// accord was superseded by the 1992 pact"), dated after a's signing, neither planned
// nor supposed nor negated. The name word must be one a's name spells with a
// capital and no deal word: "the accord" alone could be any. A year the words name
// beside it that is not a's signing year names another deal: "the treaty replaces
// the 2006 treaty on maritime arrangements" does not replace the treaty signed in
// 2018 whose name holds "maritime". An agreement with no signing date is held from
// the day before the first article that states one of its provisions.
func (r *Rules) dealReplacements(a Agreement, rec Record) []replacement {
	signed := parseDate(a.Signed)
	dated := !signed.IsZero()
	if !dated {
		signed = firstStated(a, rec)
	}
	names := nameWords(r, a.Name)
	if signed.IsZero() || len(names) == 0 {
		return nil
	}
	var out []replacement
	for _, c := range rec.Claims {
		words := c.Prop.Words
		if !c.Prop.Date.After(signed) {
			continue
		}
		i := r.Cues["supersede"].MatchAny(words)
		if i < 0 || r.negatedAt(words, i) || r.Cues["intent"].MatchAny(words[max(0, i-3):i]) >= 0 || r.Cues["hypothetical"].MatchAny(words[:i]) >= 0 {
			continue
		}
		span := words[i+1 : min(len(words), i+7)]
		if i > 0 && (words[i-1] == "was" || words[i-1] == "been" || words[i-1] == "is" || words[i-1] == "were") {
			span = words[max(0, i-7):i]
		}
		if r.Cues["pact"].MatchAny(span) < 0 || !namesAny(span, names) || dated && namesOtherYear(span, signed.Year()) {
			continue
		}
		known := c.Prop.Date
		if pub, ok := rec.Published[c.ArticleID]; ok && pub.After(known) {
			known = pub
		}
		out = append(out, replacement{signed: known, by: "a later agreement", ev: Evidence{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Text: c.Text}, whole: true})
	}
	return out
}

// firstStated is the day before the earliest publication of an article of rec that
// states one of a's provisions, or the zero time when none is known.
func firstStated(a Agreement, rec Record) time.Time {
	var first time.Time
	for _, p := range a.Provisions {
		if t := effective(a, p, rec); !t.IsZero() && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	return first
}

// namesOtherYear reports whether words hold a year ("2006") other than year.
func namesOtherYear(words []string, year int) bool {
	for _, w := range words {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y > 1000 && y != year {
			return true
		}
	}
	return false
}

// nameWords are the lower-case words of name written with a capital that are no
// word for a deal and longer than three letters ("Tamanrasset" of "Tamanrasset
// Accords").
func nameWords(r *Rules, name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		lw := strings.ToLower(w)
		if len(w) > 3 && startsUpper(w) && !r.Cues["pact"].MatchWord(lw) && !r.Cues["agree"].MatchWord(lw) {
			out = append(out, lw)
		}
	}
	return out
}

func namesAny(words, names []string) bool {
	for _, w := range words {
		for _, n := range names {
			if w == n || strings.TrimSuffix(w, "'s") == n {
				return true
			}
		}
	}
	return false
}

// replacedWhole reports whether st, decided before a whole-deal replacement, gives
// way to it: what was done or broken stays so.
func replacedWhole(st Status) bool {
	switch st.Value {
	case Met, MetLate, Breached, PartiallyMet:
		return false
	}
	return true
}
