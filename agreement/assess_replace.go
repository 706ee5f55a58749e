package agreement

import (
	"strings"
	"unicode"
)

// dealReplacements are the sentences of rec that tell agreement a replaced, in
// whole, by a later deal: a word of supersession followed within six words by a
// word of a's name and a word for a deal ("sign the National Pact, which replaces
// the Tamanrasset accord"), or preceded by them when passive ("the Tamanrasset
// accord was superseded by the 1992 pact"), dated after a's signing, neither planned
// nor supposed nor negated. The name word must be one a's name spells with a
// capital and no deal word: "the accord" alone could be any.
func (r *Rules) dealReplacements(a Agreement, rec Record) []replacement {
	signed := parseDate(a.Signed)
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
		if r.Cues["pact"].MatchAny(span) < 0 || !namesAny(span, names) {
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
