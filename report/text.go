package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// WriteText prints r as a status board a person reads at a glance: a summary line;
// per agreement a heading (name, signing date and place, parties) and one aligned line
// per provision (status and level, obligor, action, object and quantities, deadline
// with the days left or overdue, evidence excerpt), with its status history when
// opt.History; then the conflicting claims with both speakers and sentences; then the
// events, listed when opt.Events and otherwise counted.
func WriteText(w io.Writer, r Report, opt BoardOptions) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, summary(r))
	if len(r.Agreements) == 0 {
		fmt.Fprintln(bw, "\nNo agreement found.")
	}
	lbl := labels(r)
	for i, a := range r.Agreements {
		name := a.Name
		if name == "" {
			name = "Unnamed agreement"
		}
		fmt.Fprintf(bw, "\n%d. %s\n%s\n", i+1, name, heading(a))
		if len(a.Provisions) == 0 {
			fmt.Fprintln(bw, "  (no provisions)")
			continue
		}
		rows := [][]string{{"#", "STATUS", "OBLIGOR", "ACTION", "WHAT", "DEADLINE", "EVIDENCE"}}
		var extra [][]string // lines under each row: reason and history
		extra = append(extra, nil)
		for _, p := range a.Provisions {
			rw := provisionRow(p, r.AsOf, lbl)
			rows = append(rows, []string{rw.label, rw.status, rw.obligor, rw.action, rw.what, rw.deadline, rw.evidence})
			var under []string
			if opt.History {
				under = append(under, rw.terms...)
				if p.Status != nil && p.Status.Reason != "" && len(rw.history) == 0 {
					under = append(under, "why: "+p.Status.Reason)
				}
				under = append(under, rw.history...)
			}
			extra = append(extra, under)
		}
		widths := columnWidths(rows)
		for i, cells := range rows {
			writeColumns(bw, "  ", cells, widths)
			for _, l := range extra[i] {
				fmt.Fprintf(bw, "        %s\n", l)
			}
		}
	}
	if len(r.ClaimsInConflict) > 0 {
		fmt.Fprintf(bw, "\nConflicting claims\n")
		for i, c := range r.ClaimsInConflict {
			fmt.Fprintf(bw, "  %d.", i+1)
			if t := conflictTopic(r, c, lbl); t != "" {
				fmt.Fprintf(bw, " on %s", t)
			}
			if c.Reason != "" {
				fmt.Fprintf(bw, ": %s", c.Reason)
			}
			fmt.Fprintf(bw, "\n     %s: “%s”\n     %s: “%s”\n", speakerText(c.A.Speaker), oneLine(c.A.Text),
				speakerText(c.B.Speaker), oneLine(c.B.Text))
		}
	}
	if err := writeTextEvents(bw, r.Events, opt.Events); err != nil {
		return err
	}
	return bw.Flush()
}

func writeTextEvents(w io.Writer, events []event.Event, list bool) error {
	if !list || len(events) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nEvents\n")
	rows := [][]string{{"DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "TEXT"}}
	for _, e := range events {
		rows = append(rows, []string{orDash(e.Date.Value), actorsText(e.Source), e.Cameo,
			actorsText(e.Target), string(e.Modality), excerpt(e.Text, excerptLen)})
	}
	widths := columnWidths(rows)
	for _, cells := range rows {
		writeColumns(w, "  ", cells, widths)
	}
	return nil
}

// columnWidths is the widest cell of each column in characters.
func columnWidths(rows [][]string) []int {
	var w []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(w) {
				w = append(w, 0)
			}
			w[i] = max(w[i], utf8.RuneCountInString(c))
		}
	}
	return w
}

// writeColumns prints cells padded to widths, two spaces apart, the last unpadded.
func writeColumns(w io.Writer, indent string, cells []string, widths []int) {
	var b strings.Builder
	b.WriteString(indent)
	for i, c := range cells {
		b.WriteString(c)
		if i < len(cells)-1 {
			b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
		}
	}
	fmt.Fprintln(w, b.String())
}

func actorsText(as []event.Actor) string {
	codes := make([]string, len(as))
	for i, a := range as {
		codes[i] = a.Code
	}
	return codesText(codes)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
