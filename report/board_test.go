package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/board")

func num(f float64) *float64 { return &f }

// sampleReport is a hand-made report: a deal with provisions in every state a board
// shows (in progress with days left, overdue, met, unassessed, no deadline, a phrase
// without a date), a deal without provisions, a conflicting claim and two events.
func sampleReport() Report {
	prov := "p5"
	ev := func(s string) agreement.Evidence {
		return agreement.Evidence{ArticleID: "art1", Start: 10, End: 10 + len(s), Text: s}
	}
	return Report{
		AsOf:     "2020-03-03",
		Articles: []ArticleInfo{{ID: "art1", Title: "Deal signed", Date: "2020-03-02", Name: "deal.txt"}},
		Agreements: []agreement.Agreement{{
			ID: "a1", Name: "US–Taliban agreement", Signed: "2020-02-29", Place: "Doha",
			Parties: []string{"USA", "AFGREB"}, Witnesses: []string{"USAGOV"}, Articles: []string{"art1"},
			Provisions: []agreement.Provision{
				{ID: "p1", Obligor: []string{"USA"}, Action: agreement.Reduce, Object: "troops",
					FromQuantity: num(13000), Quantity: num(8600), Unit: "troops",
					Deadline: &agreement.Deadline{Date: "2020-07-13", Relative: "within 135 days", Anchor: "signing"},
					Evidence: ev("Washington is to bring its forces down from 13,000 to 8,600 in the first 135 days."),
					Status:   &agreement.Status{Value: agreement.InProgress, AsOf: "2020-03-03", Level: 1, Reason: "the drawdown was approved"},
					History: []agreement.Status{
						{Value: agreement.Pending, AsOf: "2020-02-29", Level: 0, Reason: "signed"},
						{Value: agreement.InProgress, AsOf: "2020-03-02", Level: 1, Reason: "the drawdown was approved"},
					}},
				{ID: "p2", Obligor: []string{"USA", "IGOWSTNAT"}, Action: agreement.Withdraw, Object: "remaining troops",
					Deadline:   &agreement.Deadline{Relative: "within 14 months", Anchor: "signing"},
					Evidence:   ev("All other foreign forces would leave later."),
					Conditions: []string{"if the insurgents keep their word"}, DependsOn: []string{"p7"},
					Status: &agreement.Status{Value: agreement.Pending, Level: 0}},
				{ID: "p5", Obligor: []string{"AFGREB", "AFGGOV"}, Action: agreement.Exchange, Object: "prisoners",
					Quantity: num(5000), Unit: "prisoners",
					Deadline: &agreement.Deadline{Date: "2020-03-01", Relative: "by March 1", Anchor: "absolute"},
					Evidence: ev("Up to 5,000 prisoners held by Kabul | and 1,000 held by the insurgents were to be freed."),
					Status:   &agreement.Status{Value: agreement.AtRisk, Level: 0, Overdue: true, Reason: "Kabul refuses"}},
				{ID: "p6", Obligor: []string{"USA"}, Action: agreement.Pay, Object: "reconstruction fund",
					Quantity: num(6e9), Unit: "usd", Evidence: ev("A fund of $6 billion was promised.")},
				{ID: "p7", Obligor: []string{"AFGREB"}, Action: agreement.Prohibit, Object: "safe haven for armed groups",
					Evidence: ev("The movement pledged not to let any group use its land to threaten others."),
					Status:   &agreement.Status{Value: agreement.Met, Level: 3, Reason: "no report of a haven"}},
			}},
			{ID: "a2", Name: "Joint declaration", Parties: []string{"USA", "AFG"}, Manual: true},
		},
		Events: []event.Event{
			{ArticleID: "art1", Date: event.Date{Value: "2020-03-02"}, Source: []event.Actor{{Code: "AFGREB"}},
				Target: []event.Actor{{Code: "AFGSEC"}}, Cameo: "190", Modality: event.Asserted, Text: "The insurgents attacked army posts."},
			{ArticleID: "art1", Source: []event.Actor{{Code: "AFGGOV"}}, Cameo: "128", Modality: event.Refused, Text: "Kabul refused to free anyone."},
		},
		ClaimsInConflict: []agreement.Conflict{{
			A:           agreement.Claim{Speaker: agreement.Speaker{Code: "AFGGOV", Name: "Ashraf Ghani"}, Text: "There is no promise to free 5,000 prisoners.", ArticleID: "art1"},
			B:           agreement.Claim{Speaker: agreement.Speaker{Code: "AGREEMENT", Name: "US–Taliban agreement"}, Text: "Up to 5,000 prisoners held by Kabul | and 1,000 held by the insurgents were to be freed.", ArticleID: "art1"},
			ProvisionID: &prov, Reason: "denies the exchange the deal sets",
		}},
	}
}

func TestBoards(t *testing.T) {
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer, Report) error
	}{
		{"text.golden", func(b *bytes.Buffer, r Report) error { return WriteText(b, r, BoardOptions{}) }},
		{"text-history-events.golden", func(b *bytes.Buffer, r Report) error {
			return WriteText(b, r, BoardOptions{History: true, Events: true})
		}},
		{"markdown.golden", func(b *bytes.Buffer, r Report) error {
			return WriteMarkdown(b, r, BoardOptions{History: true, Events: true})
		}},
		{"empty.golden", func(b *bytes.Buffer, r Report) error {
			return WriteText(b, Report{Articles: []ArticleInfo{}, Agreements: []agreement.Agreement{}}, BoardOptions{})
		}},
		{"json.golden", func(b *bytes.Buffer, r Report) error {
			enc := json.NewEncoder(b)
			enc.SetIndent("", "  ")
			return enc.Encode(r)
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, sampleReport()); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "board", tc.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.file, diff)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	for f, want := range map[float64]string{13000: "13,000", 8600: "8,600", 3.67: "3.67", 300: "300",
		6e9: "6 billion", 1.5e6: "1.5 million", 1234567: "1,234,567", 19000: "19,000", -4500: "-4,500", 0: "0"} {
		if got := number(f); got != want {
			t.Errorf("number(%v) = %q, want %q", f, got, want)
		}
	}
}

func TestWhatAndDeadline(t *testing.T) {
	for _, tc := range []struct {
		p         agreement.Provision
		what, due string
	}{
		{agreement.Provision{Object: "enriched uranium", FromQuantity: num(10000), Quantity: num(300), Unit: "kg"}, "enriched uranium: 10,000 → 300 kg", "-"},
		{agreement.Provision{Object: "Taliban prisoners", Quantity: num(5000), Unit: "prisoners"}, "5,000 Taliban prisoners", "-"},
		{agreement.Provision{Quantity: num(3.67), Unit: "percent"}, "3.67 percent", "-"},
		{agreement.Provision{Object: "troops", FromQuantity: num(13000)}, "from 13,000 troops", "-"},
		{agreement.Provision{Deadline: &agreement.Deadline{Date: "2020-03-04"}}, "-", "2020-03-04 (1 day left)"},
		{agreement.Provision{Deadline: &agreement.Deadline{Date: "2020-03-03"}}, "-", "2020-03-03 (due today)"},
		{agreement.Provision{Deadline: &agreement.Deadline{Date: "2020-03-02"}}, "-", "2020-03-02 (overdue 1 day)"},
		{agreement.Provision{Deadline: &agreement.Deadline{Date: "2020-03-02"}, Status: &agreement.Status{Value: agreement.MetLate}}, "-", "2020-03-02"},
		{agreement.Provision{Deadline: &agreement.Deadline{Date: "someday"}}, "-", "someday"},
	} {
		if got := whatText(tc.p); got != tc.what {
			t.Errorf("what %q, want %q", got, tc.what)
		}
		if got := deadlineText(tc.p, "2020-03-03"); got != tc.due {
			t.Errorf("deadline %q, want %q", got, tc.due)
		}
	}
}
