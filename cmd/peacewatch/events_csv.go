package main

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// csvColumns are the columns of the events and export commands' CSV, in order. Lists
// (several source or target actors, several quantities) are joined with "; ".
//
//	id, article_id        the event's and its article's ids
//	date, date_end        date.value and date.end (YYYY-MM-DD, shorter when coarser)
//	granularity, basis    date.granularity and date.basis
//	source_codes, source_names, target_codes, target_names
//	                      the actors' CAMEO codes and names, in the same order
//	cameo, plover_type, plover_mode, goldstein, quad_class, modality
//	speaker_code, speaker_name, speech_verb, quoted
//	                      the attribution, empty when the event is not reported speech
//	quantities            each as VALUE[-MAX] UNIT[/ROLE], VALUE prefixed "~" when
//	                      approximate, ">=" when a minimum: "~5000 prisoners/released"
//	country, place        the location
//	sentence, start, end  the sentence index and byte span of the text in its article
//	text                  the sentence or clause
//	rule, coder_version   the dictionary rule that fired and the coder's version
//	dataset, record_id, url
//	                      the provenance of an imported event (GDELT, ACLED), else empty
var csvColumns = []string{
	"id", "article_id", "date", "date_end", "granularity", "basis",
	"source_codes", "source_names", "target_codes", "target_names",
	"cameo", "plover_type", "plover_mode", "goldstein", "quad_class", "modality",
	"speaker_code", "speaker_name", "speech_verb", "quoted",
	"quantities", "country", "place", "sentence", "start", "end", "text",
	"rule", "coder_version", "dataset", "record_id", "url",
}

// csvWriter writes events as CSV rows of csvColumns, after a header row.
type csvWriter struct {
	w      *csv.Writer
	header bool
	row    []string
}

func newCSVWriter(w io.Writer) *csvWriter {
	return &csvWriter{w: csv.NewWriter(w), row: make([]string, 0, len(csvColumns))}
}

func (cw *csvWriter) write(e event.Event) error {
	if !cw.header {
		cw.header = true
		if err := cw.w.Write(csvColumns); err != nil {
			return err
		}
	}
	r := cw.row[:0]
	end := ""
	if e.Date.End != nil {
		end = *e.Date.End
	}
	r = append(r, e.ID, e.ArticleID, e.Date.Value, end, e.Date.Granularity, e.Date.Basis)
	r = append(r, joinActors(e.Source, true), joinActors(e.Source, false), joinActors(e.Target, true), joinActors(e.Target, false))
	quad := ""
	if e.QuadClass != 0 {
		quad = strconv.Itoa(e.QuadClass)
	}
	r = append(r, e.Cameo, e.Plover.Type, e.Plover.Mode, strconv.FormatFloat(e.Goldstein, 'f', -1, 64), quad, string(e.Modality))
	if a := e.Attribution; a != nil {
		r = append(r, a.Speaker.Code, a.Speaker.Name, a.Verb, strconv.FormatBool(a.Quoted))
	} else {
		r = append(r, "", "", "", "")
	}
	place := ""
	if e.Location.Place != nil {
		place = *e.Location.Place
	}
	r = append(r, quantitiesText(e.Quantities), e.Location.Country, place,
		strconv.Itoa(e.Sentence), strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Text,
		e.Coder.Rule, e.Coder.Version)
	if p := e.Provenance; p != nil {
		r = append(r, p.Dataset, p.RecordID, p.URL)
	} else {
		r = append(r, "", "", "")
	}
	cw.row = r
	return cw.w.Write(r)
}

// flush writes the header if no row was written, then buffered rows; it returns the
// first write error.
func (cw *csvWriter) flush() error {
	if !cw.header {
		cw.header = true
		if err := cw.w.Write(csvColumns); err != nil {
			return err
		}
	}
	cw.w.Flush()
	return cw.w.Error()
}

// joinActors joins the codes (or names) of as with "; ".
func joinActors(as []event.Actor, codes bool) string {
	s := make([]string, len(as))
	for i, a := range as {
		if codes {
			s[i] = a.Code
		} else {
			s[i] = a.Name
		}
	}
	return strings.Join(s, "; ")
}

// quantitiesText flattens quantities as csvColumns describes.
func quantitiesText(qs []event.Quantity) string {
	s := make([]string, len(qs))
	for i, q := range qs {
		var b strings.Builder
		if q.AtLeast {
			b.WriteString(">=")
		}
		if q.Approx {
			b.WriteString("~")
		}
		b.WriteString(strconv.FormatFloat(q.Value, 'f', -1, 64))
		if q.Max != 0 {
			b.WriteString("-" + strconv.FormatFloat(q.Max, 'f', -1, 64))
		}
		if q.Unit != "" {
			b.WriteString(" " + q.Unit)
		}
		if q.Role != "" {
			b.WriteString("/" + q.Role)
		}
		s[i] = b.String()
	}
	return strings.Join(s, "; ")
}
