package agreement

import (
	"slices"
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/event"
)

// shortNamed returns the actor that a speaker named by a short form of an actor's
// earlier name stands for: the initials of its capitalised words ("The NRA said"
// after "the National Resistance Army"), its last word ("the Front said" after "the
// Mizo National Front"), or the word naming what the actor is before "of" ("The
// Republic said" after "the Republic of Indonesia"). The earlier name is a coded
// mention of src before off, else one of the report's earlier articles (Speakers).
// A word giving a role ("the Army", "the Government") is no short form: it names
// the role, whoever holds it.
func shortNamed(src Source, off int, name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) == 2 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) != 1 || len(f[0]) < 2 || !unicode.IsUpper(rune(f[0][0])) || isPronoun(f[0]) || roleWord(strings.ToLower(f[0])) {
		return "", false
	}
	code := ""
	var forms []string // reused for each mention: a claim may follow hundreds
	for _, m := range src.Mentions {
		if m.Span.End > off {
			continue
		}
		forms = appendShortForms(forms[:0], src.Doc.Text, m)
		if slices.Contains(forms, f[0]) {
			code = m.Code
		}
	}
	if code != "" {
		return code, true
	}
	if src.Speakers != nil {
		code, ok := src.Speakers.short[f[0]]
		return code, ok
	}
	return "", false
}

// appendShortForms appends to dst the short forms of mention m of text that a
// later sentence may name it by (see shortNamed); none for a place or an uncoded
// mention. It reads the words in place: shortNamed asks it of every mention before
// a speaker's.
func appendShortForms(dst []string, text string, m event.Mention) []string {
	if m.Code == "" || m.Place {
		return dst
	}
	initials := make([]byte, 0, 16) // on the stack: a name has few words
	capitalised, words, last := 0, 0, ""
	for w := range strings.FieldsSeq(text[m.Span.Start:m.Span.End]) {
		words++
		last = w
		switch {
		case w == "of" || w == "and" || w == "for" || w == "the":
		case w[0] >= 'A' && w[0] <= 'Z':
			initials = append(initials, w[0])
			capitalised++
		default:
			initials = initials[:0]
			capitalised = -1 << 30 // a lower-case word: a phrase, not a name
		}
	}
	if capitalised >= 2 {
		dst = append(dst, string(initials))
		if !roleWord(strings.ToLower(last)) {
			dst = append(dst, last)
		}
	}
	// "the Republic of Indonesia": the word before "of" that opens the name.
	if head, of := lastTwoWords(text[max(0, m.Span.Start-40):m.Span.Start]); of == "of" && head != "" &&
		unicode.IsUpper(rune(head[0])) && !roleWord(strings.ToLower(head)) {
		dst = append(dst, head)
	}
	return dst
}

// lastTwoWords returns the last two of the words strings.Fields finds in s, ""
// for each that s lacks.
func lastTwoWords(s string) (string, string) {
	prev, last := "", ""
	for w := range strings.FieldsSeq(s) {
		prev, last = last, w
	}
	return prev, last
}

// roleWord reports whether w names a role its holder is known by, not one actor: a
// government's, an army's, a rebel movement's or a town's ("army", "council").
func roleWord(w string) bool {
	c := DefaultRules().Cues
	return c["office"].MatchWord(w) || c["military"].MatchWord(w) || c["insurgent"].MatchWord(w) || c["local"].MatchWord(w)
}

// addShort remembers the short forms of the coded mentions ms of text.
func (s *Speakers) addShort(text string, ms []event.Mention) {
	for _, m := range ms {
		for _, form := range appendShortForms(nil, text, m) {
			if s.short == nil {
				s.short = map[string]string{}
			}
			s.short[form] = m.Code
		}
	}
}
