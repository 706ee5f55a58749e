package eval

import (
	"fmt"

	"github.com/peacewatch/peacewatch/agreement"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText prints the agreements report as aligned tables: agreement, provision and
// conflict detection, status accuracy per gold class and macro-averaged, level and
// overdue accuracy, then each case's figures; verbose adds each case's misses, extras
// and wrong statuses.
func (r *AgreementReport) WriteText(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	mode := "extracted"
	if r.GoldProvisions {
		mode = "gold provisions given"
	}
	fmt.Fprintf(tw, "%d cases (%s)\tgold\tpredicted\tmatched\tP\tR\tF1\n", r.Cases, mode)
	row := func(label string, t Tally) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", label, t.Gold, t.Predicted, t.Matched, t.Precision(), t.Recall(), t.F1())
	}
	row("agreements", r.Agreements)
	row("provisions", r.Provisions)
	row("conflicts", r.Conflicts)
	fmt.Fprintf(tw, "\nstatus (matched provisions)\tcorrect\tchecked\taccuracy\n")
	for _, v := range statusClasses(r.Status) {
		if a, ok := r.Status[v]; ok {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\n", v, a.Correct, a.Checked, a.Rate())
		}
	}
	all := r.StatusAccuracy()
	fmt.Fprintf(tw, "all\t%d\t%d\t%.3f\n", all.Correct, all.Checked, all.Rate())
	macro, classes := r.StatusMacro()
	fmt.Fprintf(tw, "macro (%d classes)\t\t\t%.3f\n", classes, macro)
	fmt.Fprintf(tw, "level\t%d\t%d\t%.3f\n", r.Level.Correct, r.Level.Checked, r.Level.Rate())
	fmt.Fprintf(tw, "overdue flag\t%d\t%d\t%.3f\n", r.Overdue.Correct, r.Overdue.Checked, r.Overdue.Rate())

	if len(r.MissedBy) > 0 {
		fmt.Fprintf(tw, "\nmissed provisions by cause\tcount\n")
		for _, k := range []string{CauseNoEvidence, CauseObligor, CauseAction, CauseQuantity, CauseDeadline, CauseTaken} {
			if n := r.MissedBy[k]; n > 0 {
				fmt.Fprintf(tw, "%s\t%d\n", k, n)
			}
		}
		fmt.Fprintf(tw, "(a provision whose nearest prediction differs in several fields counts under each)\n")
	}

	fmt.Fprintf(tw, "\nby case\tagreements\tprovisions P\tR\tF1\tstatus\tconflicts\n")
	for _, c := range r.Results {
		var st Accuracy
		for _, a := range c.Status {
			st.Checked += a.Checked
			st.Correct += a.Correct
		}
		fmt.Fprintf(tw, "%s\t%d/%d/%d\t%.3f\t%.3f\t%.3f\t%d/%d\t%d/%d/%d\n", c.Name,
			c.Agreements.Matched, c.Agreements.Gold, c.Agreements.Predicted,
			c.Provisions.Precision(), c.Provisions.Recall(), c.Provisions.F1(),
			st.Correct, st.Checked,
			c.Conflicts.Matched, c.Conflicts.Gold, c.Conflicts.Predicted)
	}
	fmt.Fprintf(tw, "(agreements and conflicts: matched/gold/predicted; status: correct/checked)\n")
	if err := tw.Flush(); err != nil {
		return err
	}
	if !verbose {
		return nil
	}
	var b strings.Builder
	r.writeConfusion(&b)
	for _, c := range r.Results {
		if len(c.Missed)+len(c.Extra)+len(c.WrongStatus)+len(c.Near) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", c.Name)
		for _, s := range c.Missed {
			fmt.Fprintf(&b, "  missed  %s\n", s)
		}
		for _, s := range c.Extra {
			fmt.Fprintf(&b, "  extra   %s\n", s)
		}
		for _, s := range c.Near {
			fmt.Fprintf(&b, "  near    %s\n", s)
		}
		for _, s := range c.WrongStatus {
			fmt.Fprintf(&b, "  status  %s\n", s)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeConfusion prints the status confusion table: a row per gold status, a column
// per predicted status, on matched provisions.
func (r *AgreementReport) writeConfusion(w io.Writer) {
	if len(r.Confusion) == 0 {
		return
	}
	seen := map[agreement.StatusValue]bool{}
	for _, row := range r.Confusion {
		for v := range row {
			seen[v] = true
		}
	}
	var cols []agreement.StatusValue
	for _, v := range statusClasses[int](nil) {
		if seen[v] {
			cols = append(cols, v)
		}
	}
	if seen["none"] {
		cols = append(cols, "none")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\nstatus confusion (gold \\ predicted)\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c)
	}
	fmt.Fprintln(tw)
	for _, g := range statusClasses(r.Confusion) {
		row, ok := r.Confusion[g]
		if !ok {
			continue
		}
		fmt.Fprintf(tw, "%s\t", g)
		for _, c := range cols {
			fmt.Fprintf(tw, "%d\t", row[c])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
