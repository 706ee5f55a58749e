package actor

import (
	"slices"
	"strings"
	"unicode"
)

// Match finds the dictionary phrases in one sentence. words are its tokens as written,
// lower the same tokens lower-cased with straight apostrophes (text.Token.Text and
// Lower). Matches are whole tokens, leftmost-longest and non-overlapping, all kinds in
// one pass; a phrase shared by several entries names the most specific kind (person,
// group, IGO, capital, country, place, agent) and, within a kind, the entry loaded last;
// the other entries of that kind that differ in country or dates are in Mention.Alt.
// Case rules: a word written in capitals ("US", "U.S.") matches only that spelling; a
// phrase written with a capital first letter needs a capitalised first token ("Chad"
// does not match "chad"); agents and Phoenix phrases match in any case.
// It allocates only the result, and is safe for concurrent use with other readers.
func (d *Dictionary) Match(words, lower []string) []Mention {
	return d.MatchAppend(nil, words, lower)
}

// A person's surname alone does not name him after another given name: "Chancellor
// Julius Raab" is not Dominic Raab. Words that may stand before a surname are spared:
// those that begin a dictionary phrase ("President", "Foreign Minister") unless they
// are only a person's given name ("Walter" of Walter Scheel: "Walter Kohl" is not
// Helmut Kohl), titles (titleWords), and names of days and months; so is a spelling
// of the entry's own given name ("Mahmud Abbas" for Mahmoud Abbas).
//
// MatchAppend is Match appending to dst, for callers that reuse a buffer.
func (d *Dictionary) MatchAppend(dst []Mention, words, lower []string) []Mention {
	n := min(len(words), len(lower))
	root := d.root.next
	for i := 0; i < n; {
		nd := root[lower[i]]
		if nd == nil {
			i++
			continue
		}
		end, best, alt := 0, (*Entry)(nil), []*Entry(nil)
		for j := i; ; {
			if len(nd.terms) > 0 {
				if e, a := nd.pick(words[i : j+1]); e != nil {
					end, best, alt = j+1, e, a
				}
			}
			j++
			if j >= n || nd.next == nil {
				break
			}
			if nd = nd.next[lower[j]]; nd == nil {
				break
			}
		}
		if best == nil || end == i+1 && (d.otherBearer(best, alt, words, lower, i) || continental(words, lower, i)) {
			i++
			continue
		}
		if dst == nil {
			dst = make([]Mention, 0, 8)
		}
		dst = append(dst, Mention{Start: i, End: end, Entry: best, Alt: alt})
		i = end
	}
	return dst
}

// continental reports whether the word at i names the continent of America, not the
// United States: "the Central American presidents", "Latin America", "South
// Americans".
func continental(words, lower []string, i int) bool {
	if i == 0 || words[i-1] == "" || words[i-1][0] < 'A' || words[i-1][0] > 'Z' {
		return false
	}
	switch lower[i] {
	case "america", "american", "americans":
		return continentParts[lower[i-1]]
	}
	return false
}

// continentParts are the words that make of America a continent or a part of one.
var continentParts = map[string]bool{"central": true, "latin": true, "south": true, "north": true, "pan": true}

// otherBearer reports whether the one-word person phrase at token i follows a given name
// that none of its entries bears (see Match).
func (d *Dictionary) otherBearer(best *Entry, alt []*Entry, words, lower []string, i int) bool {
	if best.Kind != Person || i == 0 || !givenNameShape(words[i-1]) {
		return false
	}
	prev := lower[i-1]
	if nd := d.root.next[prev]; nd != nil && (len(nd.terms) > 0 || !d.given[prev]) || titleWords[prev] {
		return false
	}
	bears := func(e *Entry) bool {
		first, _, ok := strings.Cut(e.Name, " ")
		return !ok || closeSpelling(strings.ToLower(first), prev)
	}
	return !bears(best) && !slices.ContainsFunc(alt, bears)
}

// givenNameShape reports whether w is written as a name: a capital, then at least one
// lower-case letter and nothing else.
func givenNameShape(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(w) > 1
}

// closeSpelling reports whether a and b are within two edits of each other, as
// transliterations of one name are ("Muammar", "Moammar").
func closeSpelling(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > 2 || d < -2 {
		return false
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			sub := prev[j-1]
			if x[i-1] != y[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)] <= 2
}

// titleWords are words that stand before a surname without beginning a dictionary
// phrase, with the names of days and months, which open clauses ("On Monday Putin").
var titleWords = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "dame": true, "lord": true,
	"lady": true, "sheikh": true, "imam": true, "mullah": true, "ayatollah": true,
	"cardinal": true, "bishop": true, "archbishop": true, "pope": true, "father": true,
	"queen": true, "prince": true, "princess": true, "senator": true, "congressman": true,
	"congresswoman": true, "judge": true, "justice": true, "mayor": true, "speaker": true,
	"king": true, "emperor": true, "marshal": true, "admiral": true, "colonel": true, "captain": true, "major": true,
	"lieutenant": true, "sergeant": true, "brigadier": true, "commander": true,
	"comrade": true, "chairman": true, "chairwoman": true, "deputy": true, "acting": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}
