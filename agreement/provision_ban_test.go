package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestNeitherNorBans checks bans worded with "neither" and "nor": "neither" alone or
// after a leading time binds both sides, and "Nor may it ..." binds the subject of
// the sentence before; the object of a list of verbs is what the last one acts on.
// The near misses state no ban.
func TestNeitherNorBans(t *testing.T) {
	const signed = "BUENOS AIRES - Bolivia and Paraguay signed a truce protocol on Wednesday. "
	for _, tc := range []struct {
		name, text, evidence string
		obligor              []string // nil: no ban on the evidence
		object               string
	}{
		{"neither alone before may", signed + "Each army is to be cut to five thousand men within ninety days, and neither may bring new arms into the Chaco.",
			"Each army", []string{"BOL", "PRY"}, "bring new arms"},
		{"neither after a leading time", signed + "For the next six months neither army may move new guns to the front, a neutral commission said.",
			"For the next", []string{"BOL", "PRY"}, "move new guns"},
		{"nor may it after the subject's own sentence", signed + "Paraguay is to cut its army to five thousand men. Nor may it buy, build or lease warplanes, the protocol says.",
			"Nor may", []string{"PRY"}, "warplanes"},
		{"neither in a place's where clause", signed + "Each country is to set up a neutral zone on its side of the river, where neither may station artillery or cavalry.",
			"Each country", []string{"BOL", "PRY"}, "station artillery or cavalry"},
		{"a where clause telling the past is no ban", signed + "Each country is to set up a neutral zone on its side of the river, where neither army had fought.",
			"Each country", nil, ""},
		{"neither inside the subject is no ban", signed + "Paraguay is to cut its army to five thousand men. Officials of neither country may have known of the raid.",
			"Officials", nil, ""},
		{"nor with no modal is no ban", signed + "Paraguay is to cut its army to five thousand men. Nor did it buy warplanes last year, officials said.",
			"Nor did", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bans []agreement.Provision
			for _, ag := range extractText(t, tc.name, "1935-06-12", tc.text) {
				for _, p := range ag.Provisions {
					if p.Action == agreement.Prohibit && strings.HasPrefix(p.Evidence.Text, tc.evidence) {
						bans = append(bans, p)
					}
				}
			}
			if tc.obligor == nil {
				if len(bans) > 0 {
					t.Errorf("got %+v, want no ban", bans)
				}
				return
			}
			if len(bans) != 1 {
				t.Fatalf("got %d bans on %q, want 1: %+v", len(bans), tc.evidence, bans)
			}
			got := slices.Sorted(slices.Values(bans[0].Obligor))
			if !slices.Equal(got, tc.obligor) || bans[0].Object != tc.object {
				t.Errorf("got %v %q, want %v %q", got, bans[0].Object, tc.obligor, tc.object)
			}
		})
	}
}

// TestSameTimeDate checks that a term done "at the same time" is due when the term
// before it is, and that "at the same time" opening a clause (meanwhile) or followed
// by "as" (another event) dates nothing.
func TestSameTimeDate(t *testing.T) {
	const signed = "BUENOS AIRES - Bolivia and Paraguay signed a truce protocol on Wednesday. Bolivia will free its Paraguayan prisoners by July 1"
	for _, tc := range []struct{ name, text, deadline string }{
		{"at the same time", signed + ", and Paraguay will release its Bolivian prisoners at the same time.", "1935-07-01"},
		{"at about the same time", signed + ". Paraguay will hand back the captured forts at about the same time.", "1935-07-01"},
		{"meanwhile", signed + ". At the same time, Paraguay will release its Bolivian prisoners.", ""},
		{"at the same time as another event", signed + ". Paraguay will release its Bolivian prisoners at the same time as the armies are demobilised.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, ag := range extractText(t, tc.name, "1935-06-12", tc.text) {
				for _, p := range ag.Provisions {
					if slices.Equal(p.Obligor, []string{"PRY"}) {
						d := ""
						if p.Deadline != nil {
							d = p.Deadline.Date
						}
						got = append(got, d)
					}
				}
			}
			if len(got) != 1 || got[0] != tc.deadline {
				t.Errorf("got Paraguay's deadlines %q, want [%q]", got, tc.deadline)
			}
		})
	}
}

// TestNumberedPointsApart checks that two talks stated in two points of a numbered
// list stay two provisions, while the same two sentences in prose are one set of
// talks.
func TestNumberedPointsApart(t *testing.T) {
	const signed = "BUENOS AIRES - Bolivia and Paraguay signed a truce protocol on Wednesday."
	const talks, meeting = "The two sides will hold talks on the Chaco frontier at an early date.", "Their Red Cross societies will hold a meeting on the prisoners in early July."
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"two points", signed + " The protocol lists two points:\n\n1. " + talks + "\n\n2. " + meeting, 2},
		{"prose", signed + " " + talks + " " + meeting, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, ag := range extractText(t, tc.name, "1935-06-12", tc.text) {
				for _, p := range ag.Provisions {
					if p.Action == agreement.Negotiate {
						n++
					}
				}
			}
			if n != tc.want {
				t.Errorf("got %d talks, want %d", n, tc.want)
			}
		})
	}
}
