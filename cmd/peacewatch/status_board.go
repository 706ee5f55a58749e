package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/agreement"
)

// writeBoard prints the status board of ags as of asOf ("" when unknown): a summary
// line; per agreement a heading (name; signing date and place, parties, id) and one
// aligned line per provision (status and level, obligor, action, what, deadline,
// evidence), with the status history under each provision when history is set. It
// follows the conventions of the report package's board and is the one place the
// status and demo commands render it, so that the report package's renderer can
// replace it.
func writeBoard(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	ew := &errWriter{w: w}
	ew.printf("%s\n", boardSummary(ags, asOf))
	if len(ags) == 0 {
		ew.printf("\nNo agreement found.\n")
	}
	for i, ag := range ags {
		ew.printf("\n%d. %s\n%s\n", i+1, agreementName(ag), agreementHeading(ag))
		if len(ag.Provisions) == 0 {
			ew.printf("  (no provisions)\n")
			continue
		}
		rows := [][]string{{"#", "STATUS", "OBLIGOR", "ACTION", "WHAT", "DEADLINE", "EVIDENCE"}}
		under := [][]string{nil}
		for j, p := range ag.Provisions {
			rows = append(rows, provisionCells(i, j, p))
			var lines []string
			if history {
				lines = historyLines(p)
			}
			under = append(under, lines)
		}
		widths := make([]int, len(rows[0]))
		for _, r := range rows {
			for c, cell := range r {
				widths[c] = max(widths[c], utf8.RuneCountInString(cell))
			}
		}
		for k, r := range rows {
			var b strings.Builder
			for c, cell := range r {
				b.WriteString(cell)
				if c < len(r)-1 {
					b.WriteString(strings.Repeat(" ", widths[c]-utf8.RuneCountInString(cell)+2))
				}
			}
			ew.printf("  %s\n", b.String())
			for _, l := range under[k] {
				ew.printf("        %s\n", l)
			}
		}
	}
	return ew.err
}

// writeBoardMarkdown prints the board of writeBoard as Markdown: the summary as a
// heading, a section and a table of provisions per agreement, with the reason and
// history as columns of their own when history is set.
func writeBoardMarkdown(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	ew := &errWriter{w: w}
	ew.printf("# %s\n", mdText(boardSummary(ags, asOf)))
	if len(ags) == 0 {
		ew.printf("\nNo agreement found.\n")
	}
	for i, ag := range ags {
		ew.printf("\n## %d. %s\n\n%s\n", i+1, mdText(agreementName(ag)), mdText(agreementHeading(ag)))
		if len(ag.Provisions) == 0 {
			ew.printf("\nNo provisions.\n")
			continue
		}
		cols := []string{"#", "Status", "Obligor", "Action", "What", "Deadline", "Evidence"}
		if history {
			cols = append(cols, "Reason", "History")
		}
		ew.printf("\n|%s|\n|%s\n", mdRow(cols), strings.Repeat("---|", len(cols)))
		for j, p := range ag.Provisions {
			cells := provisionCells(i, j, p)
			if history {
				cells = append(cells, statusReason(p.Status), strings.Join(historyLines(p), "; "))
			}
			ew.printf("|%s|\n", mdRow(cells))
		}
	}
	return ew.err
}

// provisionCells are the board's cells of the j-th provision of the i-th agreement.
func provisionCells(i, j int, p agreement.Provision) []string {
	ev := "-"
	if t := excerpt(p.Evidence.Text, excerptLen); t != "" {
		ev = "“" + t + "”"
	}
	action := string(p.Action)
	if action == "" {
		action = "?"
	}
	return []string{fmt.Sprintf("%d.%d", i+1, j+1), statusLabel(p.Status), listText(p.Obligor), action,
		provisionWhat(p), deadlineLabel(p.Deadline), ev}
}

// historyLines are "2020-03-02 in_progress L1: reason", oldest first.
func historyLines(p agreement.Provision) []string {
	lines := make([]string, 0, len(p.History))
	for _, st := range p.History {
		l := orDash(st.AsOf) + " " + statusLabel(&st)
		if st.Reason != "" {
			l += ": " + st.Reason
		}
		lines = append(lines, l)
	}
	return lines
}

// boardSummary is the board's first line: the date and what it holds.
func boardSummary(ags []agreement.Agreement, asOf string) string {
	n := 0
	for _, ag := range ags {
		n += len(ag.Provisions)
	}
	if asOf == "" {
		asOf = "an unknown date"
	}
	return fmt.Sprintf("Status board as of %s · %s · %s", asOf, plural(len(ags), "agreement"), plural(n, "provision"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func agreementName(ag agreement.Agreement) string {
	if ag.Name == "" {
		return "Unnamed agreement"
	}
	return ag.Name
}

// agreementHeading is "signed 2020-02-29 in Doha · parties USA, AFGREB · id ...".
func agreementHeading(ag agreement.Agreement) string {
	signed := "signing date unknown"
	if ag.Signed != "" {
		signed = "signed " + ag.Signed
	}
	if ag.Place != "" {
		signed += " in " + ag.Place
	}
	parts := []string{signed}
	for _, l := range []struct {
		name  string
		codes []string
	}{{"parties", ag.Parties}, {"witnesses", ag.Witnesses}, {"guarantors", ag.Guarantors}} {
		if len(l.codes) > 0 {
			parts = append(parts, l.name+" "+strings.Join(l.codes, ", "))
		}
	}
	return strings.Join(append(parts, "id "+ag.ID), " · ")
}

// statusLabel is "in_progress L1", "unassessed" without a status.
func statusLabel(s *agreement.Status) string {
	if s == nil || s.Value == "" {
		return "unassessed"
	}
	return fmt.Sprintf("%s L%d", s.Value, s.Level)
}

func statusReason(s *agreement.Status) string {
	if s == nil {
		return ""
	}
	return s.Reason
}

// provisionWhat is the quantities with their unit, or the object: "13,000 → 8,600
// troops", "grain ships".
func provisionWhat(p agreement.Provision) string {
	q := ""
	switch {
	case p.FromQuantity != nil && p.Quantity != nil:
		q = quantityText(*p.FromQuantity) + " → " + quantityText(*p.Quantity)
	case p.Quantity != nil:
		q = quantityText(*p.Quantity)
	case p.FromQuantity != nil:
		q = "from " + quantityText(*p.FromQuantity)
	}
	unit := p.Unit
	if unit == "" {
		unit = p.Object
	}
	switch {
	case q == "" && p.Object == "":
		return "-"
	case q == "":
		return p.Object
	case unit == "":
		return q
	}
	return q + " " + unit
}

// quantityText writes a number with thousands separators and no needless decimals.
func quantityText(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// deadlineLabel is "2020-07-13 (within 135 days)", "-" without a deadline.
func deadlineLabel(d *agreement.Deadline) string {
	switch {
	case d == nil || (d.Date == "" && d.Relative == ""):
		return "-"
	case d.Date == "":
		return d.Relative
	case d.Relative == "":
		return d.Date
	}
	return fmt.Sprintf("%s (%s)", d.Date, d.Relative)
}

// listText joins actor codes with "+", "-" when there are none.
func listText(codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	return strings.Join(codes, "+")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// mdText escapes the characters that would start Markdown markup, and keeps the
// text on one line.
func mdText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`).Replace(s)
}

// mdRow is the cells of a Markdown table row, escaped so that no cell breaks the
// table.
func mdRow(cells []string) string {
	esc := make([]string, len(cells))
	for i, c := range cells {
		c = strings.ReplaceAll(mdText(c), "|", `\|`)
		if c == "" {
			c = " "
		}
		esc[i] = " " + c + " "
	}
	return strings.Join(esc, "|")
}

// errWriter keeps the first write error, so a board's many writes are checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
