package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/agreement"
)

// writeBoard prints the status board of ags as of asOf ("" when nothing is
// recorded): per agreement a heading and one aligned line per provision (status and
// level, obligor, action, what, deadline, why), with the status history under each
// provision when history is set. It is the one place the status and demo commands
// render the board, so that it can be replaced by the report package's.
func writeBoard(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	ew := &errWriter{w: w}
	ew.printf("%s\n", boardSummary(ags, asOf))
	if len(ags) == 0 {
		ew.printf("\nNo agreement stored.\n")
	}
	for i, ag := range ags {
		ew.printf("\n%d. %s  [%s]\n", i+1, agreementName(ag), ag.ID)
		if h := agreementHeading(ag); h != "" {
			ew.printf("   %s\n", h)
		}
		if len(ag.Provisions) == 0 {
			ew.printf("   (no provisions)\n")
			continue
		}
		rows := [][]string{{"#", "STATUS", "OBLIGOR", "ACTION", "WHAT", "DEADLINE", "WHY"}}
		under := [][]string{nil}
		for j, p := range ag.Provisions {
			rows = append(rows, []string{
				fmt.Sprintf("%d.%d", i+1, j+1), statusLabel(p.Status), listText(p.Obligor), string(p.Action),
				provisionWhat(p), deadlineLabel(p.Deadline), excerpt(statusReason(p.Status), 60),
			})
			var lines []string
			if history {
				if p.Status != nil {
					for _, ev := range p.Status.Evidence {
						lines = append(lines, fmt.Sprintf("evidence: %q (article %s, bytes %d-%d)", excerpt(ev.Text, 100), ev.ArticleID, ev.Start, ev.End))
					}
				}
				for _, st := range p.History {
					lines = append(lines, fmt.Sprintf("%s  %s  %s", orDash(st.AsOf), statusLabel(&st), excerpt(st.Reason, 80)))
				}
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
				if c == len(r)-1 {
					b.WriteString(cell)
					break
				}
				b.WriteString(cell + strings.Repeat(" ", widths[c]-utf8.RuneCountInString(cell)+2))
			}
			ew.printf("   %s\n", strings.TrimRight(b.String(), " "))
			for _, l := range under[k] {
				ew.printf("        %s\n", l)
			}
		}
	}
	return ew.err
}

// writeBoardMarkdown prints the board of writeBoard as Markdown: a heading per
// agreement and a table of its provisions, with the history as a list under it.
func writeBoardMarkdown(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	ew := &errWriter{w: w}
	ew.printf("# Status board\n\n%s\n", boardSummary(ags, asOf))
	if len(ags) == 0 {
		ew.printf("\nNo agreement stored.\n")
	}
	for i, ag := range ags {
		ew.printf("\n## %d. %s\n\n", i+1, mdText(agreementName(ag)))
		ew.printf("Id `%s`", ag.ID)
		if h := agreementHeading(ag); h != "" {
			ew.printf("; %s", mdText(h))
		}
		ew.printf(".\n")
		if len(ag.Provisions) == 0 {
			ew.printf("\nNo provisions.\n")
			continue
		}
		ew.printf("\n| # | Status | Obligor | Action | What | Deadline | Why |\n|---|---|---|---|---|---|---|\n")
		for j, p := range ag.Provisions {
			ew.printf("| %d.%d | %s | %s | %s | %s | %s | %s |\n", i+1, j+1, mdText(statusLabel(p.Status)), mdText(listText(p.Obligor)),
				mdText(string(p.Action)), mdText(provisionWhat(p)), mdText(deadlineLabel(p.Deadline)), mdText(statusReason(p.Status)))
		}
		if !history {
			continue
		}
		for j, p := range ag.Provisions {
			if len(p.History) == 0 {
				continue
			}
			ew.printf("\nHistory of %d.%d:\n\n", i+1, j+1)
			for _, st := range p.History {
				ew.printf("- %s: %s", orDash(st.AsOf), mdText(statusLabel(&st)))
				if st.Reason != "" {
					ew.printf(": %s", mdText(st.Reason))
				}
				ew.printf("\n")
			}
		}
	}
	return ew.err
}

// boardSummary is the board's first line: the date and what it holds.
func boardSummary(ags []agreement.Agreement, asOf string) string {
	n := 0
	for _, ag := range ags {
		n += len(ag.Provisions)
	}
	date := "as of " + asOf
	if asOf == "" {
		date = "(no status recorded)"
	}
	return fmt.Sprintf("Status board %s: %d agreement(s), %d provision(s)", date, len(ags), n)
}

func agreementName(ag agreement.Agreement) string {
	if ag.Name == "" {
		return "Unnamed agreement"
	}
	return ag.Name
}

// agreementHeading is "signed 2020-02-29 in Doha; parties USA, AFGREB; ...".
func agreementHeading(ag agreement.Agreement) string {
	var parts []string
	switch {
	case ag.Signed != "" && ag.Place != "":
		parts = append(parts, fmt.Sprintf("signed %s in %s", ag.Signed, ag.Place))
	case ag.Signed != "":
		parts = append(parts, "signed "+ag.Signed)
	case ag.Place != "":
		parts = append(parts, "signed in "+ag.Place)
	}
	for _, l := range []struct {
		name  string
		codes []string
	}{{"parties", ag.Parties}, {"witnesses", ag.Witnesses}, {"guarantors", ag.Guarantors}} {
		if len(l.codes) > 0 {
			parts = append(parts, l.name+" "+strings.Join(l.codes, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// statusLabel is "in_progress (1)", with "overdue" when the deadline has passed.
func statusLabel(s *agreement.Status) string {
	if s == nil || s.Value == "" {
		return "unassessed"
	}
	l := fmt.Sprintf("%s (%d)", s.Value, s.Level)
	if s.Overdue {
		l += " overdue"
	}
	return l
}

func statusReason(s *agreement.Status) string {
	if s == nil {
		return ""
	}
	return s.Reason
}

// provisionWhat is the object with its quantities: "troops 13,000 → 8,600".
func provisionWhat(p agreement.Provision) string {
	var parts []string
	if p.Object != "" {
		parts = append(parts, p.Object)
	}
	switch {
	case p.FromQuantity != nil && p.Quantity != nil:
		parts = append(parts, quantityText(*p.FromQuantity)+" → "+quantityText(*p.Quantity))
	case p.Quantity != nil:
		parts = append(parts, quantityText(*p.Quantity))
	}
	if p.Unit != "" && p.Unit != p.Object && p.Quantity != nil {
		parts = append(parts, p.Unit)
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
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

func listText(codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	return strings.Join(codes, ", ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// mdText escapes the characters that would break a Markdown table cell or start
// markup, and keeps the text on one line.
func mdText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", "[", `\[`).Replace(s)
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
