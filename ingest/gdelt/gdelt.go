// Package gdelt reads GDELT event export files into peacewatch events: GDELT 2.0
// (61 tab-separated columns) and GDELT 1.0 (57 columns in the historical backfiles,
// 58 with SOURCEURL in the daily files), without a header row, plain or compressed
// (zip as GDELT ships them, or gzip). The column tables come from the GDELT event
// codebooks (data/columns.tsv); FIPS 10-4 country codes are mapped to ISO 3166-1
// alpha-3 (data/fips.tsv).
//
// Each row becomes one event: id "gdelt:" + GLOBALEVENTID; Actor1 and Actor2 codes
// and names as source and target; EventCode as the CAMEO code (leading zeros kept),
// with its PLOVER type from peacewatch's codebook; GoldsteinScale and QuadClass as
// given; the SQLDATE as an explicit day; modality asserted; ActionGeo's country and
// full name as the location; article id from SOURCEURL (see ArticleID); and the
// record's provenance (GLOBALEVENTID, SOURCEURL, NumMentions, NumSources,
// NumArticles, AvgTone, IsRootEvent, DATEADDED, ActionGeo coordinates).
package gdelt

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// ctxEvery is how many rows pass between checks of the context.
const ctxEvery = 1024

// Read reads GDELT event rows from r and calls fn with each event, in file order.
// name names the input in errors. r may be plain, gzip or zip (every member of the
// archive is read, named "name(member)"); it is read as a stream, so memory stays
// bounded whatever the size.
//
// A malformed row (wrong column count, bad date or number, invalid UTF-8, a line over
// 1 MiB) is skipped: it is counted in Stats.Skipped, kept in Stats.Errors (the first
// dataset.MaxErrors) and passed to opts.OnError as a *dataset.RowError with the file
// name and line, and reading goes on. Empty lines are ignored, and so is a first line
// naming the columns (GLOBALEVENTID, SQLDATE, ...), which GDELT's files lack but some
// exports add.
//
// The error is non-nil when reading cannot go on: the context is done, fn returned an
// error (returned as is), or the input cannot be read (a truncated or corrupt
// compressed stream: a *dataset.RowError naming the line where the data ends, whose
// partial row, if any, is counted as skipped). The Stats count what was done so far.
func Read(ctx context.Context, r io.Reader, name string, fn func(event.Event) error, opts dataset.Options) (dataset.Stats, error) {
	var st dataset.Stats
	err := dataset.Members(r, name, func(m dataset.Member) error {
		ms, err := readMember(ctx, m, fn, opts)
		st.Add(ms)
		return err
	})
	return st, err
}

func readMember(ctx context.Context, m dataset.Member, fn func(event.Event) error, opts dataset.Options) (st dataset.Stats, err error) {
	lines := dataset.NewLines(m.R)
	defer func() { st.Bytes = lines.Bytes() }()
	var p rowParser
	for rows := 0; ; rows++ {
		if rows%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return st, err
			}
		}
		b, n, err := lines.Next()
		switch {
		case err == io.EOF:
			return st, nil
		case err == dataset.ErrLineTooLong:
			st.Skip(opts, &dataset.RowError{File: m.Name, Line: n, Err: err})
			continue
		case err != nil:
			if len(b) > 0 {
				st.Skipped++
			}
			return st, &dataset.RowError{File: m.Name, Line: n, Err: fmt.Errorf("read: %w", err)}
		case len(b) == 0:
			continue
		case n == 1 && bytes.HasPrefix(b, []byte("GLOBALEVENTID\t")):
			continue // a header row naming the columns, as some exports add
		}
		e, perr := p.parse(string(b))
		if perr != nil {
			st.Skip(opts, &dataset.RowError{File: m.Name, Line: n, Err: perr})
			continue
		}
		st.Read++
		if err := fn(e); err != nil {
			return st, err
		}
	}
}
