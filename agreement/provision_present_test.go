package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestPresentTenseTerms checks terms a numbered list states in the present tense or
// with no one named: the verb's base form gives the act, a figure hedged by "about" or
// "roughly" is still the count, and what is done jointly binds every party.
func TestPresentTenseTerms(t *testing.T) {
	const text = "LIMA - Peru and Ecuador signed a border treaty in Brasilia on Monday. The main terms are:\n\n" +
		"1. Peru hands the strip along the river, about two thousand hectares, to Ecuador.\n\n" +
		"2. Ecuador gives Peru roughly three thousand hectares in the hills in exchange.\n\n" +
		"3. Peru will pull its troops out of the strip by June 30.\n\n" +
		"4. The fisheries of the river are to be managed jointly, and Peruvian fishermen keep their licences.\n"
	ags := extractText(t, "present tense terms", "2021-05-10", text)
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1", len(ags))
	}
	for _, tc := range []struct {
		evidence string
		action   agreement.Action
		obligor  []string
		qty      float64 // 0: none
	}{
		{"1. Peru hands", agreement.Transfer, []string{"PER"}, 2000},
		{"2. Ecuador gives", agreement.Transfer, []string{"ECU"}, 3000},
		{"4. The fisheries", agreement.Other, []string{"ECU", "PER"}, 0},
	} {
		ps := ags[0].Provisions
		i := slices.IndexFunc(ps, func(p agreement.Provision) bool { return strings.HasPrefix(p.Evidence.Text, tc.evidence) })
		if i < 0 {
			t.Errorf("no provision on %q in %+v", tc.evidence, ps)
			continue
		}
		p := ps[i]
		var qty float64
		if p.Quantity != nil {
			qty = *p.Quantity
		}
		if got := slices.Sorted(slices.Values(p.Obligor)); p.Action != tc.action || !slices.Equal(got, tc.obligor) || qty != tc.qty {
			t.Errorf("%q: got %s %v %v, want %s %v %v", tc.evidence, p.Action, got, qty, tc.action, tc.obligor, tc.qty)
		}
	}
}

// TestPresentTenseReportsNoTerm: outside a list of terms the present tense tells an
// act done, as headlines and live reports do: two releases so told, in a story that
// speaks of talks, are no deal's terms.
func TestPresentTenseReportsNoTerm(t *testing.T) {
	const text = "Hungary releases prisoners held by Serbia as at least 100 families remain trapped in Subotica, according to aid workers.\n\n" +
		"Croatia said it would resume talks in Zagreb next month unless the fighting spread.\n\n" +
		"Serbia releases prisoners held by Croatia as at least 60 trucks remain trapped near Osijek, according to aid workers.\n"
	if ags := extractText(t, "present tense reports", "2024-05-30", text); len(ags) != 0 {
		t.Errorf("got %d agreements (%s), want none", len(ags), ags[0].Name)
	}
}
