// Package acled reads ACLED event exports (CSV with a header row, plain or gzip or
// zip) into peacewatch events. Columns are found by their header names in any order,
// so the 31-column exports since 2023 (event_id_cnty ... tags, timestamp) and the
// older ones (with data_id, event_id_no_cnty, iso3, ally_actor_*) both read.
//
// Each row becomes one event: id "acled:" + event_id_cnty; event_type and
// sub_event_type mapped to a CAMEO code by data/types.tsv (PLOVER type, Goldstein and
// quad class from the CAMEO codebook); actor1 and actor2 with their associated actors
// as source and target, coded with the actor dictionary and the ACLED actor type
// (data/inter.tsv); event_date with the granularity of time_precision (a week is
// dated by its Monday, a month by its 1st, as the coder dates them); modality
// asserted; the country from iso (numeric ISO 3166-1), iso3 or the country name, and
// the place as "location, admin1, country"; fatalities as a quantity of people
// killed; and the record's provenance (event_id_cnty, source, notes, timestamp,
// coordinates). ACLED's actor1 and actor2 do not say who acted on whom; the event
// keeps ACLED's order.
package acled

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// ctxEvery is how many records pass between checks of the context.
const ctxEvery = 1024

// Reader reads ACLED exports, coding actors with a dictionary.
type Reader struct {
	dict *actor.Dictionary
}

// NewReader returns a reader that codes actor names with dict (actor.Default(), with
// the user's dictionaries loaded); with a nil dict actors are coded from their ACLED
// type and the countries the ISO codes give only.
func NewReader(dict *actor.Dictionary) *Reader {
	return &Reader{dict: dict}
}

// Read reads the ACLED export r and calls fn with each event, in file order. name
// names the input in errors. r may be plain, gzip or zip (each member of an archive
// is a CSV file with its own header, named "name(member)"); it is read as a stream.
//
// A malformed row (a column count unlike the header's, a bad date or number, an
// unknown event type, broken quotes, invalid UTF-8) is skipped: it is counted in
// Stats.Skipped, kept in Stats.Errors (the first dataset.MaxErrors) and passed to
// opts.OnError as a *dataset.RowError with the file name and the line the row starts
// on, and reading goes on at the next line.
//
// The error is non-nil when reading cannot go on: the context is done, fn returned an
// error (returned as is), or the input cannot be read (a truncated or corrupt
// compressed stream: a *dataset.RowError naming the line where the data ends). It is
// also non-nil when the input, or a member of an archive, has no ACLED header row:
// such a member is skipped, the archive's other members are read, and the error joins
// one *dataset.RowError per skipped member. The Stats count what was done. Read may be
// called from several goroutines at once.
func (rd *Reader) Read(ctx context.Context, r io.Reader, name string, fn func(event.Event) error, opts dataset.Options) (dataset.Stats, error) {
	var st dataset.Stats
	var headerErrs []error
	err := dataset.Members(r, name, func(m dataset.Member) error {
		ms, err := rd.readMember(ctx, m, fn, opts)
		st.Add(ms)
		var he *headerError
		if errors.As(err, &he) {
			// This member is not an ACLED export; the archive's others may be.
			headerErrs = append(headerErrs, he.RowError)
			return nil
		}
		return err
	})
	if err != nil {
		return st, err
	}
	return st, errors.Join(headerErrs...)
}

// headerError marks a member that is not an ACLED export, so Read can go on with the
// archive's next member.
type headerError struct{ *dataset.RowError }

func (rd *Reader) readMember(ctx context.Context, m dataset.Member, fn func(event.Event) error, opts dataset.Options) (st dataset.Stats, err error) {
	lines := dataset.NewLines(m.R)
	defer func() { st.Bytes = lines.Bytes() }()
	recs := newRecords(lines)
	var mapper *rowMapper
	for rows := 0; ; rows++ {
		if rows%ctxEvery == 0 {
			if err := ctx.Err(); err != nil {
				return st, err
			}
		}
		f, n, err := recs.next()
		switch {
		case err == io.EOF:
			if mapper == nil {
				return st, &headerError{&dataset.RowError{File: m.Name, Line: 1, Err: errors.New("empty: no ACLED header row")}}
			}
			return st, nil
		case errors.Is(err, dataset.ErrLineTooLong) || errors.Is(err, errQuote) || errors.Is(err, errUnclosed) || errors.Is(err, errLongRecord):
			if mapper == nil {
				return st, &headerError{&dataset.RowError{File: m.Name, Line: n, Err: fmt.Errorf("header: %w", err)}}
			}
			st.Skip(opts, &dataset.RowError{File: m.Name, Line: n, Err: err})
			continue
		case err != nil:
			st.Skipped += len(recs.queue)
			return st, &dataset.RowError{File: m.Name, Line: n, Err: fmt.Errorf("read: %w", err)}
		}
		if mapper == nil {
			cols, err := parseHeader(f)
			if err != nil {
				return st, &headerError{&dataset.RowError{File: m.Name, Line: n, Err: err}}
			}
			mapper = &rowMapper{cols: cols, actors: newActorCoder(rd.dict)}
			continue
		}
		e, perr := mapper.event(f)
		if perr != nil {
			if recs.lastLines() > 1 {
				recs.resync()
				perr = fmt.Errorf("%w (the row spans lines: a stray quote? reading on at the next line)", perr)
			}
			st.Skip(opts, &dataset.RowError{File: m.Name, Line: n, Err: perr})
			continue
		}
		st.Read++
		if err := fn(e); err != nil {
			return st, err
		}
	}
}
