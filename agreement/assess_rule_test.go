package agreement_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// ev is a coded event of article "art" (published on pub) dated on date.
type ev struct {
	cameo, src, tgt, date, text string
	mod                         event.Modality
	qty                         float64
	unit                        string
	art, pub                    string
}

func (e ev) event(i int) event.Event {
	out := event.Event{
		ID: e.text, ArticleID: e.art, Sentence: i, Span: event.Span{Start: i * 100, End: i*100 + 50}, Text: e.text,
		Date:  event.Date{Value: e.date, Granularity: "day", Basis: event.BasisExplicit},
		Cameo: e.cameo, Modality: e.mod, Source: []event.Actor{{Code: e.src}},
	}
	if out.Modality == "" {
		out.Modality = event.Asserted
	}
	if e.tgt != "" {
		out.Target = []event.Actor{{Code: e.tgt}}
	}
	if e.qty != 0 {
		out.Quantities = []event.Quantity{{Value: e.qty, Unit: e.unit}}
	}
	return out
}

func recordOf(evs ...ev) agreement.Record {
	rec := agreement.Record{Published: map[string]time.Time{}}
	for i, e := range evs {
		if e.art == "" {
			e.art = "art-" + e.date
		}
		if e.pub == "" {
			e.pub = e.date
		}
		rec.Events = append(rec.Events, e.event(i))
		rec.Published[e.art] = day(e.pub)
	}
	return rec
}

func deadline(d string) *agreement.Deadline {
	return &agreement.Deadline{Date: d, Relative: "by " + d, Anchor: "absolute"}
}

// deal is a hand-built agreement between USA and AFGREB signed on 2020-02-29.
func deal(ps ...agreement.Provision) []agreement.Agreement {
	for i := range ps {
		ps[i].Evidence = agreement.Evidence{ArticleID: "terms", Start: i, End: i + 1, Text: "term " + ps[i].ID}
	}
	return []agreement.Agreement{{ID: "a1", Name: "test deal", Signed: "2020-02-29", Parties: []string{"USA", "AFGREB"}, Provisions: ps}}
}

var (
	reduction = agreement.Provision{ID: "p1", Obligor: []string{"USA"}, Action: agreement.Reduce, Object: "troops",
		FromQuantity: num(13000), Quantity: num(8600), Unit: "troops", Deadline: deadline("2020-07-13")}
	release = agreement.Provision{ID: "p2", Obligor: []string{"AFGGOV"}, Action: agreement.Release, Object: "prisoners",
		Quantity: num(5000), Unit: "prisoners", Deadline: deadline("2020-03-10")}
	ceasefire = agreement.Provision{ID: "p3", Obligor: []string{"USA", "AFGREB"}, Action: agreement.CeaseFire, Object: "hostilities"}
	talks     = agreement.Provision{ID: "p4", Obligor: []string{"AFGREB", "AFGGOV"}, Action: agreement.Negotiate, Object: "talks",
		Deadline: deadline("2020-03-20"), DependsOn: []string{"p2"}}
)

// TestAssessRules checks each rule of docs/assessment.md on hand-built provisions and
// events.
func TestAssessRules(t *testing.T) {
	for _, tc := range []struct {
		name    string
		p       []agreement.Provision
		rec     agreement.Record
		asOf    string
		id      string
		want    agreement.StatusValue
		overdue bool
		reason  string // a word the reason must hold
	}{
		{"target reached by the deadline is met", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USAMIL", date: "2020-07-10", text: "US troops were cut to 8,600.", qty: 8600, unit: "troops"}),
			"2020-07-20", "p1", agreement.Met, false, "target"},
		{"target reached after the deadline is met_late", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-08-01", text: "US troops were cut to 8,600.", qty: 8600, unit: "troops"}),
			"2020-08-05", "p1", agreement.MetLate, false, "deadline"},
		{"progress before the deadline is in_progress", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-05-01", text: "US troops were cut to 10,000.", qty: 10000, unit: "troops"}),
			"2020-05-05", "p1", agreement.InProgress, false, "progress"},
		{"progress only, deadline passed, is partially_met", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-05-01", text: "US troops were cut to 10,000.", qty: 10000, unit: "troops"}),
			"2020-08-01", "p1", agreement.PartiallyMet, false, "partly"},
		{"deadline passed without evidence is pending and overdue", []agreement.Provision{release},
			recordOf(ev{cameo: "190", src: "AFGREB", tgt: "AFGSEC", date: "2020-03-02", text: "Fighting resumed."}),
			"2020-03-15", "p2", agreement.Pending, true, "deadline"},
		{"refusal by the obligor is at_risk", []agreement.Provision{release},
			recordOf(ev{cameo: "1243", src: "AFGGOV", date: "2020-03-01", mod: event.Refused, text: "The government refused to release the prisoners."}),
			"2020-03-03", "p2", agreement.AtRisk, false, "AFGGOV"},
		{"refusal by someone else is nothing", []agreement.Provision{release},
			recordOf(ev{cameo: "1243", src: "PAKGOV", date: "2020-03-01", mod: event.Refused, text: "Pakistan refused to release the prisoners."}),
			"2020-03-03", "p2", agreement.Pending, false, ""},
		{"attack by a party during a ceasefire is breached", []agreement.Provision{ceasefire},
			recordOf(ev{cameo: "190", src: "AFGREB", tgt: "USAMIL", date: "2020-03-02", text: "Taliban fighters attacked a US base."}),
			"2020-03-03", "p3", agreement.Breached, false, "forbids"},
		{"attack before the signing breaches nothing", []agreement.Provision{ceasefire},
			recordOf(ev{cameo: "190", src: "AFGREB", tgt: "USAMIL", date: "2020-02-20", text: "Taliban fighters attacked a US base."}),
			"2020-03-03", "p3", agreement.InProgress, false, "no breach"},
		{"dependency on an at-risk provision", []agreement.Provision{release, talks},
			recordOf(ev{cameo: "1243", src: "AFGGOV", date: "2020-03-01", mod: event.Refused, text: "The government refused to release the prisoners."}),
			"2020-03-03", "p4", agreement.AtRisk, false, "p2"},
		{"nothing dated after as_of is used", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-07-10", text: "US troops were cut to 8,600.", qty: 8600, unit: "troops"}),
			"2020-07-01", "p1", agreement.Pending, false, ""},
		{"nothing published after as_of is used", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-06-10", pub: "2020-07-10", text: "US troops were cut to 8,600.", qty: 8600, unit: "troops"}),
			"2020-07-01", "p1", agreement.Pending, false, ""},
		{"a truce that ran its term unbroken is met", []agreement.Provision{ceasefire},
			recordOf(ev{cameo: "0871", src: "AFGREB", date: "2020-09-01", text: "The truce lapsed on Sunday after six months ."}),
			"2020-09-02", "p3", agreement.Met, false, "term"},
		{"a denied attack breaches nothing", []agreement.Provision{ceasefire},
			recordOf(ev{cameo: "190", src: "AFGREB", tgt: "USAMIL", date: "2020-03-02", mod: event.Denied, text: "The Taliban denied attacking a US base."}),
			"2020-03-03", "p3", agreement.InProgress, false, "denies"},
		{"a negated release is not done", []agreement.Provision{release},
			recordOf(ev{cameo: "0841", src: "AFGGOV", date: "2020-03-02", mod: event.Negated, text: "The government has not freed the prisoners."}),
			"2020-03-03", "p2", agreement.Pending, false, "not done"},
		{"a promise is not implementation", []agreement.Provision{reduction},
			recordOf(ev{cameo: "0874", src: "USA", date: "2020-05-01", mod: event.Future, text: "The US will cut its troops to 8,600.", qty: 8600, unit: "troops"}),
			"2020-05-05", "p1", agreement.Pending, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := agreement.Assess(deal(tc.p...), tc.rec, day(tc.asOf))
			st := statusOf(t, got, tc.id)
			if st.Value != tc.want || st.Overdue != tc.overdue || !strings.Contains(st.Reason, tc.reason) {
				t.Errorf("status %s overdue %v (%s), want %s overdue %v with %q in the reason", st.Value, st.Overdue, st.Reason, tc.want, tc.overdue, tc.reason)
			}
			if st.AsOf != tc.asOf {
				t.Errorf("as_of %s, want %s", st.AsOf, tc.asOf)
			}
			// A status decided on an event cites the event's sentence: every
			// conclusion is linked to what supports it.
			if st.Value != agreement.Pending && !strings.Contains(st.Reason, "no breach") {
				text := tc.rec.Events[0].Text
				if !slices.ContainsFunc(st.Evidence, func(e agreement.Evidence) bool { return e.Text == text }) {
					t.Errorf("%s (%s) cites %v, not %q", st.Value, st.Reason, st.Evidence, text)
				}
			}
		})
	}
}

// TestAssessHistory checks that the history lists each change, oldest first, and that
// recomputing for a past date gives that date's status.
func TestAssessHistory(t *testing.T) {
	rec := recordOf(
		ev{cameo: "0874", src: "USA", date: "2020-04-01", text: "US troops were cut to 11,000.", qty: 11000, unit: "troops"},
		ev{cameo: "0874", src: "USA", date: "2020-07-10", text: "US troops were cut to 8,600.", qty: 8600, unit: "troops"},
	)
	got := agreement.Assess(deal(reduction), rec, day("2020-08-01"))
	var hist []string
	for _, h := range got[0].Provisions[0].History {
		hist = append(hist, h.AsOf+" "+string(h.Value))
	}
	want := "2020-02-29 pending,2020-04-01 in_progress,2020-07-10 met"
	if strings.Join(hist, ",") != want {
		t.Errorf("history %v, want %s", hist, want)
	}
	for _, h := range got[0].Provisions[0].History {
		past := statusOf(t, agreement.Assess(deal(reduction), rec, day(h.AsOf)), "p1")
		if past.Value != h.Value {
			t.Errorf("as of %s: %s, history says %s", h.AsOf, past.Value, h.Value)
		}
	}
	if deal(reduction)[0].Provisions[0].Status != nil {
		t.Error("Assess changed its input")
	}
}

// TestParseRulesErrors checks that a bad rules line is reported with its line number.
func TestParseRulesErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"implement\twithdraw\t087\n", "rules.tsv:1: want 4 tab-separated fields"},
		{"# c\nfrobnicate\tx\t-\t-\n", "rules.tsv:2: unknown rule kind"},
		{"stage\tdeploy\t-\t5\n", "rules.tsv:1: stage"},
		{"modality\tasserted\t-\tmaybe\n", "rules.tsv:1: modality"},
	} {
		_, err := agreement.ParseRules(tc.src, "rules.tsv")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseRules(%q) = %v, want %q", tc.src, err, tc.want)
		}
	}
	if r := agreement.DefaultRules(); len(r.Implement) == 0 || len(r.Forbid) == 0 {
		t.Error("the embedded rules are empty")
	}
}

// TestStands checks the matching of coded actors to a provision's parties.
func TestStands(t *testing.T) {
	r := agreement.DefaultRules()
	for _, tc := range []struct {
		party, actor string
		want         bool
	}{
		{"ISR", "ISRMIL", true}, {"ISRMIL", "ISR", true}, {"ISRGOV", "ISRMIL", true},
		{"AFG", "AFGREB", false}, {"AFGREB", "AFGGOV", false}, {"AFGREB", "AFGREB", true},
		{"IGOUNO", "IGOUNOSEC", true}, {"USA", "AFG", false}, {"COL", "COLCVL", false},
	} {
		if got := r.Stands(tc.party, tc.actor); got != tc.want {
			t.Errorf("Stands(%s, %s) = %v, want %v", tc.party, tc.actor, got, tc.want)
		}
	}
}
