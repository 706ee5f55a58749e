package agreement

import (
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/event"
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
