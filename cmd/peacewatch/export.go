package main

import (
	"context"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/event"
)

// formatTSV is export's GDELT 2.0 event format.
const formatTSV = "tsv"

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		db      dbFlag
		filters filterFlags
		format  string
	)
	fs := newFlags("export", "[flags]",
		"Export streams every stored event that passes the filters (those of 'peacewatch\n"+
			"events'), in event order, as JSON Lines, CSV (the columns of 'peacewatch events')\n"+
			"or tsv: GDELT 2.0's 61-column event format without a header, as GDELT ships it,\n"+
			"so that tools written for GDELT read it (docs/reading.md tells what fills each\n"+
			"column). Events GDELT's format cannot hold (no date, no CAMEO code) are left out\n"+
			"of the tsv and counted on stderr. Memory stays bounded whatever the store's size.", stderr)
	db.register(fs)
	filters.register(fs)
	fs.StringVar(&format, "format", formatJSONL, "output format: jsonl, csv or tsv")
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
	if format != formatJSONL && format != formatCSV && format != formatTSV {
		return badFlag(fs, fmt.Errorf("--format %q: want jsonl, csv or tsv", format))
	}
	st, err := db.openExisting(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	var (
		write func(event.Event) error
		flush func() error
	)
	var tsv *tsvWriter
	if format == formatTSV {
		tsv, err = newTSVWriter(stdout, newArticleCache(st))
		if err != nil {
			return err
		}
		write = func(e event.Event) error { return tsv.write(ctx, e) }
		flush = tsv.flush
	} else {
		ew, err := newStoredEventWriter(format, stdout)
		if err != nil {
			return err
		}
		write, flush = ew.write, ew.flush
	}
	err = st.EachEvent(ctx, f, write)
	if ferr := flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("export from %s: %w", db.name(), err)
	}
	if tsv != nil && tsv.skipped > 0 {
		fmt.Fprintf(stderr, "peacewatch export: %d event(s) written, %d without a date or a CAMEO code left out of the tsv\n", tsv.written, tsv.skipped)
	}
	return nil
}
