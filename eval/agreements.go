package eval

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/report"
)

// Tally counts gold and predicted items and how many were paired, for precision and
// recall.
type Tally struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Matched   int `json:"matched"`
}

// Add returns the sum of two tallies.
func (t Tally) Add(o Tally) Tally {
	return Tally{t.Gold + o.Gold, t.Predicted + o.Predicted, t.Matched + o.Matched}
}

// Precision is Matched/Predicted: 1 when nothing was predicted and nothing was gold,
// 0 when nothing was predicted but something was gold.
func (t Tally) Precision() float64 { return ratio(t.Matched, t.Predicted, t.Gold == 0) }

// Recall is Matched/Gold: 1 when nothing was gold and nothing predicted.
func (t Tally) Recall() float64 { return ratio(t.Matched, t.Gold, t.Predicted == 0) }

// F1 is the harmonic mean of precision and recall.
func (t Tally) F1() float64 {
	p, r := t.Precision(), t.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MarshalJSON writes the counts with precision, recall and F1.
func (t Tally) MarshalJSON() ([]byte, error) {
	type plain Tally
	return json.Marshal(struct {
		plain
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{plain(t), t.Precision(), t.Recall(), t.F1()})
}

// MarshalJSON writes the counts with the rate.
func (a Accuracy) MarshalJSON() ([]byte, error) {
	type plain Accuracy
	return json.Marshal(struct {
		plain
		Rate float64 `json:"rate"`
	}{plain(a), a.Rate()})
}

// CaseResult is how one case of the agreements set fared.
type CaseResult struct {
	Name       string `json:"name"`
	Agreements Tally  `json:"agreements"`
	Provisions Tally  `json:"provisions"`
	Conflicts  Tally  `json:"conflicts"`
	// Status counts, by gold status value, the matched provisions whose predicted value
	// is the gold one.
	Status  map[agreement.StatusValue]Accuracy `json:"status"`
	Level   Accuracy                           `json:"level"`
	Overdue Accuracy                           `json:"overdue"`
	// Missed and Extra describe the unmatched gold and predicted items; WrongStatus the
	// matched provisions whose status differs ("p3 withdraw ISRMIL: want x, got y").
	Missed      []string `json:"missed,omitempty"`
	Extra       []string `json:"extra,omitempty"`
	WrongStatus []string `json:"wrong_status,omitempty"`
	// Near pairs each missed gold provision with the unmatched predicted one whose
	// evidence overlaps it most, naming the fields that kept them apart.
	Near []string `json:"near,omitempty"`
	// MissedBy counts the missed gold provisions by cause (CauseNoEvidence, ...).
	MissedBy map[string]int `json:"missed_by,omitempty"`
}

// AgreementReport aggregates the scores of the agreements evaluation set. The zero
// value is empty and ready; add cases with Add.
type AgreementReport struct {
	// GoldProvisions says the chain was given the gold agreements (statuses stripped)
	// instead of extracting them, so only statuses and conflicts are really scored.
	GoldProvisions bool                               `json:"gold_provisions"`
	Cases          int                                `json:"cases"`
	Agreements     Tally                              `json:"agreements"`
	Provisions     Tally                              `json:"provisions"`
	Conflicts      Tally                              `json:"conflicts"`
	Status         map[agreement.StatusValue]Accuracy `json:"status"`
	Level          Accuracy                           `json:"level"`
	Overdue        Accuracy                           `json:"overdue"`
	// Confusion counts matched provisions by gold status, then predicted status
	// ("none" when unassessed).
	Confusion map[agreement.StatusValue]map[agreement.StatusValue]int `json:"confusion"`
	// MissedBy counts the missed gold provisions by cause, over all cases.
	MissedBy map[string]int `json:"missed_by"`
	Results  []CaseResult   `json:"results"`
}

// BuildOptions are the report.Build options a case is run with: its as-of date, and,
// with goldProvisions, its gold agreements without their statuses and no extraction.
func (c Case) BuildOptions(goldProvisions bool) report.Options {
	opt := report.Options{AsOf: c.AsOf}
	if goldProvisions {
		opt.NoExtract = true
		for _, a := range c.Agreements {
			a.Provisions = slices.Clone(a.Provisions)
			for i := range a.Provisions {
				a.Provisions[i].Status = nil
				a.Provisions[i].History = nil
			}
			opt.Manual = append(opt.Manual, a)
		}
	}
	return opt
}

// Add scores the report built for one case and adds it to the totals.
func (r *AgreementReport) Add(c Case, rep report.Report) CaseResult {
	if r.Status == nil {
		r.Status = map[agreement.StatusValue]Accuracy{}
	}
	res := CaseResult{Name: c.Name, Status: map[agreement.StatusValue]Accuracy{}, MissedBy: map[string]int{}}

	pa := MatchAgreements(c.Agreements, rep.Agreements)
	res.Agreements = Tally{len(c.Agreements), len(rep.Agreements), len(pa)}
	ga, pg := unpaired(pa, len(c.Agreements), len(rep.Agreements))
	for _, i := range ga {
		res.Missed = append(res.Missed, "agreement "+describeAgreement(c.Agreements[i]))
	}
	for _, j := range pg {
		res.Extra = append(res.Extra, "agreement "+describeAgreement(rep.Agreements[j]))
	}

	gold, pred := provisions(c.Agreements), provisions(rep.Agreements)
	pp := MatchProvisions(gold, pred)
	res.Provisions = Tally{len(gold), len(pred), len(pp)}
	for _, p := range pp {
		g, got := gold[p.Expected], pred[p.Got]
		want := g.Status
		if want == nil {
			continue
		}
		var have agreement.Status
		if got.Status != nil {
			have = *got.Status
		}
		if r.Confusion == nil {
			r.Confusion = map[agreement.StatusValue]map[agreement.StatusValue]int{}
		}
		if r.Confusion[want.Value] == nil {
			r.Confusion[want.Value] = map[agreement.StatusValue]int{}
		}
		r.Confusion[want.Value][orNone(have.Value)]++
		acc := res.Status[want.Value]
		acc.Checked++
		res.Level.Checked++
		res.Overdue.Checked++
		if have.Value == want.Value {
			acc.Correct++
		} else {
			res.WrongStatus = append(res.WrongStatus, fmt.Sprintf("%s: want %s, got %s", describeProvision(g), want.Value, orNone(have.Value)))
		}
		res.Status[want.Value] = acc
		if have.Level == want.Level {
			res.Level.Correct++
		}
		if have.Overdue == want.Overdue {
			res.Overdue.Correct++
		}
	}
	gp, pu := unpaired(pp, len(gold), len(pred))
	for _, i := range gp {
		res.Missed = append(res.Missed, "provision "+describeProvision(gold[i]))
		j, diffs := nearest(gold[i], pred, pu)
		if j < 0 {
			res.MissedBy[CauseNoEvidence]++
			continue
		}
		why := make([]string, len(diffs))
		for k, d := range diffs {
			why[k] = d.String()
			res.MissedBy[d.cause]++
		}
		res.Near = append(res.Near, fmt.Sprintf("%s ~ %s: %s", describeProvision(gold[i]), describeProvision(pred[j]), strings.Join(why, ", ")))
	}
	for _, j := range pu {
		res.Extra = append(res.Extra, "provision "+describeProvision(pred[j]))
	}

	pc := MatchConflicts(c.Conflicts, rep.ClaimsInConflict)
	res.Conflicts = Tally{len(c.Conflicts), len(rep.ClaimsInConflict), len(pc)}
	gc, pcu := unpaired(pc, len(c.Conflicts), len(rep.ClaimsInConflict))
	for _, i := range gc {
		g := c.Conflicts[i]
		res.Missed = append(res.Missed, fmt.Sprintf("conflict %s %q / %s %q", g.A.Speaker, excerptOf(g.A.Evidence.Text), g.B.Speaker, excerptOf(g.B.Evidence.Text)))
	}
	for _, j := range pcu {
		p := rep.ClaimsInConflict[j]
		res.Extra = append(res.Extra, fmt.Sprintf("conflict %s %q / %s %q", p.A.Speaker.Code, excerptOf(p.A.Text), p.B.Speaker.Code, excerptOf(p.B.Text)))
	}

	if r.MissedBy == nil {
		r.MissedBy = map[string]int{}
	}
	for k, n := range res.MissedBy {
		r.MissedBy[k] += n
	}
	r.Cases++
	r.Agreements = r.Agreements.Add(res.Agreements)
	r.Provisions = r.Provisions.Add(res.Provisions)
	r.Conflicts = r.Conflicts.Add(res.Conflicts)
	for v, a := range res.Status {
		t := r.Status[v]
		r.Status[v] = Accuracy{t.Checked + a.Checked, t.Correct + a.Correct}
	}
	r.Level = Accuracy{r.Level.Checked + res.Level.Checked, r.Level.Correct + res.Level.Correct}
	r.Overdue = Accuracy{r.Overdue.Checked + res.Overdue.Checked, r.Overdue.Correct + res.Overdue.Correct}
	r.Results = append(r.Results, res)
	return res
}

// StatusAccuracy is the overall share of matched provisions with the right status.
func (r *AgreementReport) StatusAccuracy() Accuracy {
	var t Accuracy
	for _, a := range r.Status {
		t.Checked += a.Checked
		t.Correct += a.Correct
	}
	return t
}

// StatusMacro is the status accuracy averaged over the gold status classes that have
// at least one matched provision, and how many classes that is.
func (r *AgreementReport) StatusMacro() (float64, int) {
	sum, n := 0.0, 0
	for _, v := range statusClasses(r.Status) { // in order, so the sum is the same each run
		if a := r.Status[v]; a.Checked > 0 {
			sum += a.Rate()
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

// MarshalJSON adds the overall and macro-averaged status accuracy.
func (r *AgreementReport) MarshalJSON() ([]byte, error) {
	type plain AgreementReport
	macro, classes := r.StatusMacro()
	return json.Marshal(struct {
		*plain
		StatusAccuracy Accuracy `json:"status_accuracy"`
		StatusMacro    float64  `json:"status_macro"`
		StatusClasses  int      `json:"status_classes"`
	}{(*plain)(r), r.StatusAccuracy(), macro, classes})
}

// statusClasses is the status vocabulary in DESIGN.md's order, then any other value
// of m by name.
func statusClasses[V any](m map[agreement.StatusValue]V) []agreement.StatusValue {
	order := []agreement.StatusValue{agreement.Pending, agreement.InProgress, agreement.AtRisk,
		agreement.Disputed, agreement.Met, agreement.MetLate, agreement.PartiallyMet,
		agreement.Breached, agreement.Superseded, agreement.Unknown}
	for _, v := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(order, v) {
			order = append(order, v)
		}
	}
	return order
}

func orNone(v agreement.StatusValue) agreement.StatusValue {
	if v == "" {
		return "none"
	}
	return v
}

// nearest finds, among the predicted provisions at indexes free, the one whose
// evidence overlaps g's most, and says which matching fields differ (Cause names
// them); -1 when none overlaps.
func nearest(g agreement.Provision, pred []agreement.Provision, free []int) (int, []fieldDiff) {
	best, bestOv := -1, 0.0
	for _, j := range free {
		p := pred[j]
		for _, ev := range append([]agreement.Evidence{p.Evidence}, p.Sources...) {
			if ov := jaccard(g.Evidence, ev); ov > bestOv {
				best, bestOv = j, ov
			}
		}
	}
	if best < 0 {
		return -1, nil
	}
	p := pred[best]
	var diffs []fieldDiff
	if !SameRoots(g.Obligor, p.Obligor) {
		diffs = append(diffs, fieldDiff{CauseObligor, strings.Join(rootSet(g.Obligor), "+") + " vs " + strings.Join(rootSet(p.Obligor), "+")})
	}
	if g.Action != p.Action {
		diffs = append(diffs, fieldDiff{CauseAction, fmt.Sprintf("%s vs %s", g.Action, p.Action)})
	}
	if !SameQuantity(g.Quantity, p.Quantity) {
		diffs = append(diffs, fieldDiff{CauseQuantity, quantityText(g.Quantity) + " vs " + quantityText(p.Quantity)})
	}
	if !SameDeadline(g.Deadline, p.Deadline) {
		diffs = append(diffs, fieldDiff{CauseDeadline, orDash(deadlineDate(g.Deadline)) + " vs " + orDash(deadlineDate(p.Deadline))})
	}
	if len(diffs) == 0 {
		// Every field agrees: the predicted one went to another gold provision.
		diffs = append(diffs, fieldDiff{CauseTaken, ""})
	}
	return best, diffs
}

// Causes of a missed gold provision, for AgreementReport.MissedBy: no predicted
// provision shares its evidence, or the one sharing most differs in these fields
// (a provision may count under several), or it matched another gold provision.
const (
	CauseNoEvidence = "no predicted provision on its sentence"
	CauseObligor    = "obligor"
	CauseAction     = "action"
	CauseQuantity   = "quantity"
	CauseDeadline   = "deadline"
	CauseTaken      = "fields agree; taken by another gold provision"
)

// fieldDiff is a cause of a miss and what differs ("13000 vs 8600").
type fieldDiff struct{ cause, what string }

func (d fieldDiff) String() string {
	if d.what == "" {
		return d.cause
	}
	return d.cause + " " + d.what
}

func quantityText(q *float64) string {
	if q == nil {
		return "none"
	}
	return strconv.FormatFloat(*q, 'f', -1, 64)
}

func orDash(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func provisions(ags []agreement.Agreement) []agreement.Provision {
	var ps []agreement.Provision
	for _, a := range ags {
		ps = append(ps, a.Provisions...)
	}
	return ps
}

// unpaired returns the indexes of gold and predicted items that no pair uses.
func unpaired(pairs []Pair, nGold, nPred int) (gold, pred []int) {
	usedG, usedP := make([]bool, nGold), make([]bool, nPred)
	for _, p := range pairs {
		usedG[p.Expected], usedP[p.Got] = true, true
	}
	for i, u := range usedG {
		if !u {
			gold = append(gold, i)
		}
	}
	for j, u := range usedP {
		if !u {
			pred = append(pred, j)
		}
	}
	return gold, pred
}

func describeAgreement(a agreement.Agreement) string {
	signed := a.Signed
	if signed == "" {
		signed = "?"
	}
	return fmt.Sprintf("%q signed %s by %s", a.Name, signed, strings.Join(a.Parties, "+"))
}

func describeProvision(p agreement.Provision) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %s", p.ID, strings.Join(p.Obligor, "+"), p.Action, p.Object)
	if p.Quantity != nil {
		fmt.Fprintf(&b, " %s", quantityText(p.Quantity))
	}
	if d := deadlineDate(p.Deadline); d != "" {
		fmt.Fprintf(&b, " by %s", d)
	}
	return b.String()
}

// excerptOf is s on one line, cut to 60 bytes at a word boundary with an ellipsis.
func excerptOf(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= 60 {
		return s
	}
	cut := strings.LastIndexByte(s[:60], ' ')
	if cut <= 0 {
		cut = 60
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}
