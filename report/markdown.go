package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown prints the status board of WriteText as Markdown: a heading and a
// table of provisions per agreement, a table of conflicting claims, and, when
// opt.Events, a table of events. Table cells are escaped, so text holding '|' or line
// breaks cannot break a table.
func WriteMarkdown(w io.Writer, r Report, opt BoardOptions) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# %s\n", md(summary(r)))
	if len(r.Agreements) == 0 {
		fmt.Fprintf(bw, "\nNo agreement found.\n")
	}
	lbl := labels(r)
	for i, a := range r.Agreements {
		name := a.Name
		if name == "" {
			name = "Unnamed agreement"
		}
		fmt.Fprintf(bw, "\n## %d. %s\n\n%s\n", i+1, md(name), md(heading(a)))
		if len(a.Provisions) == 0 {
			fmt.Fprintf(bw, "\nNo provisions.\n")
			continue
		}
		cols := []string{"#", "Status", "Obligor", "Action", "What", "Deadline", "Evidence"}
		if opt.History {
			cols = append(cols, "Terms", "Reason", "History")
		}
		tableHeader(bw, cols)
		for _, p := range a.Provisions {
			rw := provisionRow(p, r.AsOf, lbl)
			cells := []string{rw.label, rw.status, rw.obligor, rw.action, rw.what, rw.deadline, rw.evidence}
			if opt.History {
				reason := ""
				if p.Status != nil {
					reason = p.Status.Reason
				}
				cells = append(cells, strings.Join(rw.terms, "; "), reason, strings.Join(rw.history, "; "))
			}
			tableRow(bw, cells)
		}
	}
	if len(r.ClaimsInConflict) > 0 {
		fmt.Fprintf(bw, "\n## Conflicting claims\n")
		tableHeader(bw, []string{"#", "About", "Speaker A", "Claim A", "Speaker B", "Claim B", "Reason"})
		for i, c := range r.ClaimsInConflict {
			tableRow(bw, []string{fmt.Sprint(i + 1), conflictTopic(r, c, lbl), speakerText(c.A.Speaker), c.A.Text,
				speakerText(c.B.Speaker), c.B.Text, c.Reason})
		}
	}
	if opt.Events && len(r.Events) > 0 {
		fmt.Fprintf(bw, "\n## Events\n")
		tableHeader(bw, []string{"Date", "Source", "CAMEO", "Target", "Modality", "Text"})
		for _, e := range r.Events {
			tableRow(bw, []string{orDash(e.Date.Value), actorsText(e.Source), e.Cameo, actorsText(e.Target),
				string(e.Modality), excerpt(e.Text, excerptLen)})
		}
	}
	return bw.Flush()
}

func tableHeader(w io.Writer, cols []string) {
	fmt.Fprintf(w, "\n")
	tableRow(w, cols)
	seps := make([]string, len(cols))
	for i := range seps {
		seps[i] = "---"
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(seps, "|"))
}

func tableRow(w io.Writer, cells []string) {
	esc := make([]string, len(cells))
	for i, c := range cells {
		esc[i] = " " + mdCell(c) + " "
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(esc, "|"))
}

// mdCell is s on one line with '|' escaped, for a table cell.
func mdCell(s string) string {
	s = md(oneLine(s))
	if s == "" {
		return " "
	}
	return strings.ReplaceAll(s, "|", `\|`)
}

// mdEscaper escapes the characters that would make text Markdown markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)

func md(s string) string { return mdEscaper.Replace(s) }
