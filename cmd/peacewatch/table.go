package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// tableFormat is the row layout of the event table: fixed widths, so rows can be
// written as they come without holding the table.
const tableFormat = "%-10s  %-14s  %-5s  %-14s  %-12s  %s\n"

// excerptLen is how many characters of an event's text the table shows.
const excerptLen = 72

func writeTableHeader(w io.Writer) error {
	_, err := fmt.Fprintf(w, tableFormat, "DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "TEXT")
	return err
}

func writeTableRow(w io.Writer, e event.Event) error {
	date := e.Date.Value
	if date == "" {
		date = "?"
	}
	_, err := fmt.Fprintf(w, tableFormat, date, actorCodes(e.Source), e.Cameo, actorCodes(e.Target), e.Modality, excerpt(e.Text, excerptLen))
	return err
}

// actorCodes joins the codes of actors with "+", or "-" when there are none.
func actorCodes(as []event.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	codes := make([]string, len(as))
	for i, a := range as {
		codes[i] = a.Code
	}
	return strings.Join(codes, "+")
}

// excerpt is s on one line, cut to n characters with an ellipsis.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n - 1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}
