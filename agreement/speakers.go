package agreement

import (
	"slices"
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// Speakers remembers the speakers of the earlier articles of one report by surname,
// so that a follow-up naming "Colonel Juan Ruiz" or "Ruiz" without
// his title speaks for the side the first article gave him. The zero value is
// empty and ready to use; it is not safe for concurrent use.
type Speakers struct {
	bySurname map[string]remembered
	// short maps the short forms of the actors the earlier articles name to
	// their codes (see shortNamed).
	short map[string]string
	// country is the main country of the latest earlier article that names one
	// (see mainCountry), which a follow-up naming none is still about.
	country string
}

// remembered is a speaker's code and whether the article coded it from the office
// it gave the speaker (an apposition or a title) rather than from a dictionary.
type remembered struct {
	code   string
	titled bool
}

// add remembers the speaker named name with code; a titled code is never
// replaced by one from a dictionary.
func (s *Speakers) add(name, code string, titled bool) {
	sur := personSurname(name)
	if sur == "" || code == "" {
		return
	}
	if s.bySurname == nil {
		s.bySurname = map[string]remembered{}
	}
	if old, ok := s.bySurname[sur]; ok && old.titled && !titled {
		return
	}
	s.bySurname[sur] = remembered{code: code, titled: titled}
}

// addCountry remembers the main country of the article whose mentions are ms,
// when it names one.
func (s *Speakers) addCountry(ms []event.Mention) {
	if c := mainCountry(ms); c != "" {
		s.country = c
	}
}

// earlierCountry is the main country of the latest earlier article that names
// one, "" when none did or s is nil.
func (s *Speakers) earlierCountry() string {
	if s == nil {
		return ""
	}
	return s.country
}

// lookup returns what s remembers of the speaker named name (a full name or a
// surname, after an optional honorific).
func (s *Speakers) lookup(name string) (remembered, bool) {
	if s == nil || s.bySurname == nil {
		return remembered{}, false
	}
	f := strings.Fields(name)
	if len(f) == 2 && honorifics[strings.TrimSuffix(f[0], ".")] {
		f = f[1:]
	}
	if len(f) == 0 {
		return remembered{}, false
	}
	w := strings.TrimRight(f[len(f)-1], ",.")
	if !hasUpper(w) || isPronoun(w) {
		return remembered{}, false
	}
	r, ok := s.bySurname[w]
	return r, ok
}

// personSurname is the last word of a name of at least two words whose last two
// words are capitalised ("Juan Ruiz", "Omar al-Hakim"), else "": "a U.S.
// military spokesman" and "the Sadr movement" name no person.
func personSurname(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	last, prev := strings.TrimRight(f[len(f)-1], ",."), f[len(f)-2]
	if !hasUpper(last) || !startsUpper(prev) || strings.HasSuffix(prev, "'s") || strings.ContainsAny(last, ".") {
		return ""
	}
	return last
}

func hasUpper(w string) bool { return strings.IndexFunc(w, unicode.IsUpper) >= 0 }

// addRoles remembers, for each person the article src names with an apposition
// giving the group he holds a post in ("Chin Peng, the party's secretary-general,"
// after "the Communist Party of Malaya"; "Ali Musa, a leader of the Sudan Liberation
// Army,"), that group's code, as from his office: a later sentence naming him
// without the apposition ("Chin Peng says") speaks for that group.
func (s *Speakers) addRoles(src Source) {
	for _, sent := range src.Doc.Sentences {
		toks := sent.Tokens
		for k := 2; k < len(toks) && k <= 6; k++ {
			if toks[k].Text != "," {
				continue
			}
			name := src.Doc.Text[toks[0].Start:toks[k-1].End]
			if personSurname(name) == "" || !opensWithName(sent) {
				break
			}
			if code := postHeldIn(src, toks[k+1:], sent.Start); code != "" {
				s.add(name, code, true)
			}
			break
		}
	}
}

// postHeldIn returns the code of the group an apposition's tokens (up to the next
// comma, at most eight) name the post of: a coded group named in it ("a leader of
// the Sudan Liberation Army"), or one a possessive noun refers back to ("the party's
// secretary-general": the last group named before the sentence at off whose name
// holds the noun); "" for a state's post or a place.
func postHeldIn(src Source, toks []text.Token, off int) string {
	end := -1
	for i, t := range toks {
		if t.Text == "," {
			end = i
			break
		}
	}
	if end < 2 || end > 8 || toks[0].Lower != "the" && toks[0].Lower != "a" && toks[0].Lower != "an" {
		return ""
	}
	if m, ok := lastActorIn(src.Mentions, toks[0].Start, toks[end-1].End); ok {
		return groupCode(m.Code)
	}
	// "the party's": one token or the noun and "'s", as the tokenizer splits it
	noun, own := strings.CutSuffix(toks[1].Lower, "'s")
	if noun == "" || !own && toks[2].Lower != "'s" {
		return ""
	}
	code := ""
	for _, m := range src.Mentions {
		if m.Span.End > off || m.Code == "" || m.Place {
			continue
		}
		if slices.Contains(strings.Fields(strings.ToLower(m.Name)), noun) {
			code = groupCode(m.Code)
		}
	}
	return code
}

// groupCode is code when it names a group of a country or an organisation (a
// party, a movement, an army), "" for a state or its government, whose office
// holders the article names by their titles.
func groupCode(code string) string {
	if len(code) < 6 || strings.HasSuffix(code, "GOV") {
		return ""
	}
	return code
}
