package agreement

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/event"
)

// TestAppendShortForms lists the short forms of single mentions: the initials and
// last word of a name of two capitalised words or more, the word before "of" that
// opens one; none for a phrase with a lower-case word, a place, an uncoded mention
// or a role word ("Council", "Army"). The forms are appended to what dst holds.
func TestAppendShortForms(t *testing.T) {
	mention := func(text, name, code string, place bool) (string, event.Mention) {
		at := strings.Index(text, name)
		return text, event.Mention{Code: code, Place: place, Span: event.Span{Start: at, End: at + len(name)}}
	}
	for _, c := range []struct {
		text, name, code string
		place            bool
		want             []string
	}{
		{"Talks with the Lakeland Liberation Movement resumed.", "Lakeland Liberation Movement", "XYZREB", false, []string{"LLM", "Movement"}},
		{"Envoys of the Union of Coastal Towns met.", "Coastal Towns", "XYZGOV", false, []string{"CT", "Towns", "Union"}},
		{"Envoys of the union of Coastal Towns met.", "Coastal Towns", "XYZGOV", false, []string{"CT", "Towns"}},
		{"The Hill Peoples Council met.", "Hill Peoples Council", "XYZGOV", false, []string{"HPC"}},
		{"The Lakeland rebels said.", "Lakeland rebels", "XYZREB", false, nil},
		{"Fighting near Port Arden went on.", "Port Arden", "XYZ", true, nil},
		{"The Lakeland Liberation Movement met.", "Lakeland Liberation Movement", "", false, nil},
		{"Sudan talked.", "Sudan", "SDN", false, nil},
	} {
		text, m := mention(c.text, c.name, c.code, c.place)
		got := appendShortForms([]string{"kept"}, text, m)
		if want := append([]string{"kept"}, c.want...); !slices.Equal(got, want) {
			t.Errorf("appendShortForms(%q in %q) = %q, want %q", c.name, c.text, got, want)
		}
	}
}
