package coder

import (
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// findingLemmas open a finding: "determined that", "concluded that", "found that".
var findingLemmas = set("determine", "conclude", "find")

// finding reports whether a finding at trigger t charges its object with an act of
// force or a crime ("a UN commission determined that Israel had committed genocide"):
// it is then an accusation (112, 1124 for war crimes) and the act charged is no event
// of its own. A finding about anything else ("found that the truce held") is none.
func (s *sent) finding(t *trigger) bool {
	if !findingLemmas[t.pat.Lemma] || len(t.tgt) == 0 {
		return false
	}
	charged := s.mentions(t, warCrimes) || s.mentionsPhrase(t, "war", "crimes")
	for k := range s.trig {
		u := &s.trig[k]
		if u.tok <= t.tok || u.tok > t.end+10 || u.code == "-" || event.QuadClass(u.pat.Code) != 4 {
			continue
		}
		charged = true
		u.code = "-" // the act charged is what the finding is about
	}
	return charged
}

// lastWord is the lower-case last word of a name.
func lastWord(name string) string {
	if i := strings.LastIndexAny(name, " -"); i >= 0 {
		name = name[i+1:]
	}
	return strings.ToLower(name)
}
