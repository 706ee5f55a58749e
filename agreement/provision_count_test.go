package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestNestedCount leaves out numbers that count a noun nested in the object (its
// owners, what comes with it, an age) and keeps those that count the object.
func TestNestedCount(t *testing.T) {
	const signed = "VIENNA - Austria and the four occupying powers, the Soviet Union, the United States, Britain and France, signed a treaty on Sunday. "
	for _, tc := range []struct {
		name, text string
		action     agreement.Action
		want       float64 // 0: no quantity
	}{
		{"owners of the forces", "The forces of the four powers shall be withdrawn from Austria within ninety days.", agreement.Withdraw, 0},
		{"owners after all", "The soldiers of all three armies will be disarmed by UN peacekeepers.", agreement.Disarm, 0},
		{"what comes with the thing handed over", "The Soviet Union will hand over the airfield at Wiener Neustadt, with its two hangars, by September 30.", agreement.Transfer, 0},
		{"an age", "The two sides will exchange all prisoners aged 18 to 25.", agreement.Exchange, 0},
		{"a group of a count", "Austria will release a first group of 50 prisoners.", agreement.Release, 50},
		{"a part of a whole", "The Soviet Union will free 50 of the 100 prisoners it holds.", agreement.Release, 50},
		{"the remains of a count", "The Soviet Union will hand over the remains of the 28 soldiers buried near Linz.", agreement.Transfer, 28},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, tc.name, "1955-05-16", signed+tc.text), tc.action)
			switch {
			case tc.want == 0 && p.Quantity != nil:
				t.Errorf("quantity %v %q, want none", *p.Quantity, p.Unit)
			case tc.want != 0 && (p.Quantity == nil || *p.Quantity != tc.want):
				t.Errorf("quantity %v, want %v", p.Quantity, tc.want)
			}
		})
	}
}

// TestSuspendedFighting reads a side suspending its own fighting as a ceasefire, and
// anything else suspended as a ban.
func TestSuspendedFighting(t *testing.T) {
	const signed = "SKOPJE - Yugoslavia and NATO signed a military agreement on Wednesday. "
	for _, tc := range []struct {
		name, text string
		want       agreement.Action
	}{
		{"its bombing", "NATO will suspend its bombing once the pullout has begun.", agreement.CeaseFire},
		{"its air strikes", "The alliance is to suspend its air strikes on Serbia within a day.", agreement.CeaseFire},
		{"a programme", "Yugoslavia will suspend its enrichment programme.", agreement.Prohibit},
		{"one kind of act against each other", "Both armies will suspend offensive operations against each other.", agreement.Prohibit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "1999-06-09", signed+tc.text)
			if len(ags) != 1 || len(ags[0].Provisions) == 0 {
				t.Fatalf("got %+v, want one agreement with a provision", ags)
			}
			if got := ags[0].Provisions[0].Action; got != tc.want {
				t.Errorf("action %s, want %s", got, tc.want)
			}
		})
	}
}

// TestAfterTheTruceBegins counts "within N days after that" from the day the
// ceasefire stated just before begins, which is its start and no deadline.
func TestAfterTheTruceBegins(t *testing.T) {
	const signed = "ADDIS ABABA - The government of South Sudan and the rebels signed a peace accord on Monday. "
	for _, tc := range []struct{ name, text, want string }{
		{"after the truce's start", "A ceasefire is to take effect within 30 days of the signing. Ugandan troops are to leave South Sudan within 60 days after that.", "2021-08-08"},
		{"a truce with no start counts from nothing", "A ceasefire is to hold across the country. Ugandan troops are to leave South Sudan within 60 days after that.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := dealProvision(t, extractText(t, tc.name, "2021-05-11", signed+tc.text), agreement.Withdraw)
			got := ""
			if p.Deadline != nil {
				got = p.Deadline.Date
			}
			if got != tc.want {
				t.Errorf("deadline %q, want %q (%+v)", got, tc.want, p.Deadline)
			}
		})
	}
}

// TestWhenSomethingWasDone reads "in YEAR" after a participle describing a noun ("the
// sanctions imposed in 1990") as when that was done, no deadline; "to be held in
// 1999" stays one.
func TestWhenSomethingWasDone(t *testing.T) {
	const signed = "BAGHDAD - Iraq and the United Nations signed a memorandum of understanding on Monday. "
	for _, tc := range []struct{ name, text, want string }{
		{"a participle after a noun", "In return, the UN will bring to the Council's attention Iraq's call that the sanctions imposed in 1990 be lifted.", ""},
		{"a passive duty", "The UN will raise with the Council the lifting of the sanctions, and elections are to be held in 1999.", "1999-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, "1998-02-24", signed+tc.text)
			if len(ags) != 1 {
				t.Fatalf("got %d agreements, want 1", len(ags))
			}
			got := ""
			for _, p := range ags[0].Provisions {
				if p.Deadline != nil && p.Deadline.Date != "" {
					got = p.Deadline.Date
				}
			}
			if got != tc.want {
				t.Errorf("deadline %q, want %q (%+v)", got, tc.want, ags[0].Provisions)
			}
		})
	}
}
