package agreement

import (
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// envoyWords name a person a state sends to another state or to an organisation:
// "Djibouti's ambassador to the United Nations" speaks for Djibouti.
var envoyWords = map[string]bool{"ambassador": true, "envoy": true, "representative": true,
	"delegate": true, "emissary": true, "ambassadors": true, "envoys": true, "representatives": true}

// sentBy returns the actor that sends the envoy whose post names the speaker found
// at [start, end) of text: when the words just before start are an envoy's word and
// "to" ("Djibouti's ambassador to the United Nations, Mohamed Siad Doualeh, said"),
// the speaker is the envoy, named by the coded mention ending at that word, not the
// organisation or state the envoy is sent to.
func sentBy(text string, ms []event.Mention, start int) (event.Mention, bool) {
	before := strings.TrimRight(text[:start], " ")
	before, ok := strings.CutSuffix(before, " to")
	if !ok {
		return event.Mention{}, false
	}
	i := strings.LastIndexFunc(before, unicode.IsSpace)
	if !envoyWords[strings.ToLower(before[i+1:])] {
		return event.Mention{}, false
	}
	for _, m := range ms {
		if m.Code != "" && !m.Place && m.Span.End == len(before) && !international(m.Code) {
			return m, true
		}
	}
	return event.Mention{}, false
}

// armOf returns the code of the arm of a government an apposition's role names
// ("the Pakistani military's spokesman": MIL) in place of the government's own code
// that the dictionaries give the role's noun ("spokesman"): the speaker speaks for
// the army, the police or the rebels the apposition names, not for the government.
func armOf(code, role string) string {
	if len(code) == 6 && strings.HasSuffix(code, "GOV") && (role == "MIL" || role == "COP") {
		return code[:3] + role
	}
	return code
}

// placedPerson reports whether mention m, in the subject of sentence s that opens
// with a person's name, is a capital or country named as where the person is ("Chin
// Peng, now in his eighties and living in Bangkok, says", "President X, speaking in
// Moscow, said"): a place after "in", which says where the speaker lives or
// speaks, not whom the speaker speaks for. A body's seat says whose body it is ("the
// home ministry in Kuala Lumpur"), and is not one.
func placedPerson(s text.Sentence, m event.Mention) bool {
	return opensWithName(s) && afterIn(s.Tokens, m.Span.Start)
}

// opensWithName reports whether s opens with two capitalised words, neither an
// article nor a pronoun: a person's name ("Chin Peng", "President Vieira").
func opensWithName(s text.Sentence) bool {
	if len(s.Tokens) < 2 {
		return false
	}
	for _, t := range s.Tokens[:2] {
		if t.Text == "" || !unicode.IsUpper(rune(t.Text[0])) || t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || isPronoun(t.Lower) {
			return false
		}
	}
	return true
}

// afterIn reports whether the token starting at byte start follows "in".
func afterIn(toks []text.Token, start int) bool {
	for k, t := range toks {
		if t.Start == start {
			return k > 0 && toks[k-1].Lower == "in"
		}
	}
	return false
}

// subjectActor is the last actor named in the subject [start, end) of sentence s of
// doc, leaving out a place where the person the subject names is (placedPerson) and
// what an envoy is sent to (sentBy).
func subjectActor(doc string, s text.Sentence, ms []event.Mention, start, end int) (event.Mention, bool) {
	return lastActorWhere(ms, start, end, func(m event.Mention) bool {
		_, sent := sentBy(doc, ms, m.Span.Start)
		return !sent && !placedPerson(s, m)
	})
}
