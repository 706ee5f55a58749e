package main

import (
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/report"
)

// writeBoard prints the status board of ags as of asOf ("" when unknown), with each
// provision's status history when history is set: the report package's board, the
// one renderer `report`, `status` and `demo` share.
func writeBoard(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	return report.WriteText(w, report.Report{AsOf: asOf, Agreements: ags}, report.BoardOptions{History: history})
}

// writeBoardMarkdown is writeBoard as Markdown tables.
func writeBoardMarkdown(w io.Writer, ags []agreement.Agreement, asOf string, history bool) error {
	return report.WriteMarkdown(w, report.Report{AsOf: asOf, Agreements: ags}, report.BoardOptions{History: history})
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
