package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestTermsPastAnAside checks terms whose subject an aside set off by commas follows
// (a phrase with no verb: where the subject stands, since when, who chairs it), terms
// that keep something out of a place, bans on what a verb would begin, payments made,
// and observers that watch a line; the near misses state no such term.
func TestTermsPastAnAside(t *testing.T) {
	const signed = "BUENOS AIRES - Bolivia and Paraguay signed a truce protocol on Wednesday. Each army is to be cut to five thousand men within ninety days. "
	for _, tc := range []struct {
		name, text, evidence string
		action               agreement.Action
		obligor              []string // nil: no provision of the action on the evidence
	}{
		{"a time aside after a subject naming no side", signed + "The state of siege, in force since 1932, is to be lifted within ten days.",
			"The state of siege", agreement.Other, []string{"BOL", "PRY"}},
		{"a place aside", signed + "The Bolivian garrison at Villamontes, near Tarija, will leave the fort within two weeks.",
			"The Bolivian garrison", agreement.Withdraw, []string{"BOL"}},
		{"a chairman aside is no obligor of the body", signed + "A mixed commission of Bolivian and Paraguayan officers, with an Argentine chairman, will supervise the pullback.",
			"A mixed commission", agreement.Establish, []string{"BOL", "PRY"}},
		{"a return told with the departure is the departure", signed + "The Paraguayan regiment at Ingavi, north of Asuncion, will leave with its arms and return to Paraguay.",
			"The Paraguayan regiment", agreement.Other, nil},
		{"the pronoun of a part still binds", signed + "Paraguay, for its part, will free its Bolivian prisoners by July 1.",
			"Paraguay, for", agreement.Release, []string{"PRY"}},
		{"kept outside a place", signed + "Paraguay will keep its cavalry outside the neutral zone.",
			"Paraguay will keep", agreement.Prohibit, []string{"PRY"}},
		{"kept out of a place", signed + "Bolivia undertook to keep its aircraft out of the skies over the Chaco.",
			"Bolivia undertook", agreement.Prohibit, []string{"BOL"}},
		{"kept in a place is no ban", signed + "Paraguay will keep its cavalry in the neutral zone.",
			"Paraguay will keep", agreement.Prohibit, nil},
		{"a ban on entering into a pact", signed + "Bolivia may not enter into any military alliance against Paraguay.",
			"Bolivia may not", agreement.Prohibit, []string{"BOL"}},
		{"entering into a pact with no negation is no ban", signed + "Bolivia will enter into talks with Paraguay on the frontier.",
			"Bolivia will enter", agreement.Prohibit, nil},
		{"payments made", signed + "Ex gratia payments will be made to the families of the soldiers killed at Boqueron.",
			"Ex gratia payments", agreement.Pay, []string{"BOL", "PRY"}},
		{"payments a side makes", signed + "Paraguay will make payments to the families of the Bolivian dead.",
			"Paraguay will make", agreement.Pay, []string{"PRY"}},
		{"progress made is no payment", signed + "Paraguay will make progress on the frontier question.",
			"Paraguay will make", agreement.Pay, nil},
		{"observers that watch the border", "ADDIS ABABA - Sudan and South Sudan signed an agreement on Abyei on Monday. Troops of both sides are to leave the area, and peacekeepers of the United Nations will watch the border.",
			"Troops of both sides", agreement.Deploy, []string{"IGOUNO"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			date := "1935-06-12"
			if !strings.HasPrefix(tc.text, signed) {
				date = "2011-06-21"
			}
			got := provisionsOn(t, tc.name, date, tc.text, tc.action, tc.evidence)
			if tc.obligor == nil {
				if len(got) > 0 {
					t.Errorf("got %+v, want no %s", got, tc.action)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d %s provisions on %q, want 1: %+v", len(got), tc.action, tc.evidence, got)
			}
			if o := agreement.ActorRoots(got[0].Obligor); !slices.Equal(slices.Sorted(slices.Values(o)), tc.obligor) {
				t.Errorf("got obligor %v, want %v", got[0].Obligor, tc.obligor)
			}
		})
	}
}

// TestCountOpenedSubject checks that a subject opened by "up to" or "as many as"
// before its count is still the subject undergoing the act, with the count read; a
// ceiling with "up to" stays a ceiling.
func TestCountOpenedSubject(t *testing.T) {
	const signed = "BUENOS AIRES - Bolivia and Paraguay signed a truce protocol on Wednesday. Each army is to be cut to five thousand men within ninety days. "
	for _, tc := range []struct {
		name, text, evidence string
		action               agreement.Action
		qty                  float64
	}{
		{"up to", signed + "Up to 2,000 of the demobilised soldiers are to be absorbed into the frontier police.", "Up to", agreement.Other, 2000},
		{"as many as", signed + "As many as 2,000 demobilised soldiers are to be absorbed into the frontier police.", "As many as", agreement.Other, 2000},
		{"a ceiling with up to", signed + "Each side may keep up to 900 machine guns.", "Each side may", agreement.Reduce, 900},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := provisionsOn(t, tc.name, "1935-06-12", tc.text, tc.action, tc.evidence)
			if len(got) != 1 || got[0].Quantity == nil || *got[0].Quantity != tc.qty {
				t.Fatalf("got %+v, want one %s of %v", got, tc.action, tc.qty)
			}
		})
	}
}

// provisionsOn returns the provisions of action extracted from text whose evidence
// starts with evidence.
func provisionsOn(tb testing.TB, name, date, text string, action agreement.Action, evidence string) []agreement.Provision {
	tb.Helper()
	var got []agreement.Provision
	for _, ag := range extractText(tb, name, date, text) {
		for _, p := range ag.Provisions {
			if p.Action == action && strings.HasPrefix(p.Evidence.Text, evidence) {
				got = append(got, p)
			}
		}
	}
	return got
}
