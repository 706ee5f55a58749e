package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// The output formats of the events command.
const (
	formatTable = "table"
	formatJSONL = "jsonl"
	formatCSV   = "csv"
)

func runEvents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		db      dbFlag
		filters filterFlags
		limit   int
		cursor  string
		format  string
	)
	fs := newFlags("events", "[flags]",
		"Events prints one page of the stored events that pass every filter given, ordered\n"+
			"by date (undated first), then as stored. When more pages follow, the cursor of the\n"+
			"next one is printed on stderr: pass it back with --cursor. The CSV has a header row;\n"+
			"its columns are listed in docs/reading.md. Events of near-duplicate articles (wire\n"+
			"copies) are left out unless --duplicates.", stderr)
	db.register(fs)
	filters.register(fs)
	fs.IntVar(&limit, "limit", store.DefaultLimit, fmt.Sprintf("events per page, 1 to %d", store.MaxLimit))
	fs.StringVar(&cursor, "cursor", "", "start at the page this `CURSOR` names (printed by the previous page)")
	fs.StringVar(&format, "format", formatTable, "output format: table, jsonl or csv")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return badFlag(fs, fmt.Errorf("unexpected argument %q (filters are flags)", fs.Arg(0)))
	}
	f, err := filters.filter()
	if err != nil {
		return badFlag(fs, err)
	}
	if limit < 1 || limit > store.MaxLimit {
		return badFlag(fs, fmt.Errorf("--limit %d: want 1 to %d", limit, store.MaxLimit))
	}
	f.Limit, f.Cursor = limit, cursor
	ew, err := newStoredEventWriter(format, stdout)
	if err != nil {
		return badFlag(fs, err)
	}
	st, err := db.openExisting(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	page, err := st.Events(ctx, f)
	if errors.Is(err, store.ErrInvalid) && cursor != "" {
		return badFlag(fs, fmt.Errorf("--cursor %q: not a cursor this command printed", cursor))
	}
	if err != nil {
		return fmt.Errorf("events from %s: %w", db.name(), err)
	}
	for _, e := range page.Events {
		if err := ew.write(e); err != nil {
			return err
		}
	}
	if err := ew.flush(); err != nil {
		return err
	}
	if page.Next != "" {
		fmt.Fprintf(stderr, "peacewatch events: more events: --cursor %s\n", page.Next)
	}
	return nil
}

// storedEventWriter writes stored events one at a time in one of the formats of the
// events and export commands; flush ends the output.
type storedEventWriter interface {
	write(event.Event) error
	flush() error
}

// newStoredEventWriter returns the writer of format: table, jsonl or csv.
func newStoredEventWriter(format string, w io.Writer) (storedEventWriter, error) {
	bw := bufio.NewWriter(w)
	switch format {
	case formatTable:
		return &tableWriter{w: bw}, nil
	case formatJSONL:
		return &jsonlWriter{w: bw, enc: json.NewEncoder(bw)}, nil
	case formatCSV:
		return &bufferedCSV{csvWriter: newCSVWriter(bw), w: bw}, nil
	}
	return nil, fmt.Errorf("--format %q: want table, jsonl or csv", format)
}

// tableWriter prints events as the code command's table, with the article id.
type tableWriter struct {
	w      *bufio.Writer
	header bool
}

func (t *tableWriter) write(e event.Event) error {
	if !t.header {
		t.header = true
		if err := writeTableHeader(t.w); err != nil {
			return err
		}
	}
	return writeTableRow(t.w, e)
}

func (t *tableWriter) flush() error {
	if !t.header {
		if _, err := fmt.Fprintln(t.w, "No events."); err != nil {
			return err
		}
	}
	return t.w.Flush()
}

// jsonlWriter prints one event record per line.
type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) write(e event.Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) flush() error              { return j.w.Flush() }

// bufferedCSV is a csvWriter over a buffered writer it flushes.
type bufferedCSV struct {
	*csvWriter
	w *bufio.Writer
}

func (b *bufferedCSV) flush() error {
	if err := b.csvWriter.flush(); err != nil {
		return err
	}
	return b.w.Flush()
}
