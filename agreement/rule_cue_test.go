package agreement

import (
	"strings"
	"testing"
)

// TestObjectPluralInIes: an object's plural in -ies names its singular too ("share
// ministries" is named by "no ministry had been promised"), and still its plural.
func TestObjectPluralInIes(t *testing.T) {
	r := DefaultRules()
	w := r.objectWords(Provision{Object: "share ministries"})
	for _, s := range []string{"no ministry had been promised", "the ministries were shared"} {
		if w.MatchAny(strings.Fields(s)) < 0 {
			t.Errorf("%q: object words %v do not name it", s, w.Words)
		}
	}
	if w.MatchAny(strings.Fields("the minister spoke")) >= 0 {
		t.Errorf("object words %v name the minister", w.Words)
	}
}

// TestObjectHeadBeforeAmong: "among" opens a prepositional phrase as "between" does:
// the head of "share ministries among the parties" is "ministries".
func TestObjectHeadBeforeAmong(t *testing.T) {
	if h := objectHeadWord("share ministries among the parties, rebels included"); h != "ministries" {
		t.Errorf("head %q, want ministries", h)
	}
}
