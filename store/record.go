package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/peacewatch/peacewatch/event"
)

// timeLayout is how adapters keep a publication time: UTC, fixed width, so that the
// text sorts in time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

// FormatTime returns t as adapters store it, "" for the zero time.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// ParseTime reads a time written by FormatTime.
func ParseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, ok := utcTime(s); ok {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// EventRecord returns the JSON adapters keep for e: the event record without its
// text, which they keep in an indexed column of its own.
func EventRecord(e event.Event) ([]byte, error) {
	return appendEventRecord(make([]byte, 0, 1024), e)
}

// appendEventRecord is EventRecord appended to dst, which is returned; where
// the record is not written by appendEvent it is a new slice.
func appendEventRecord(dst []byte, e event.Event) ([]byte, error) {
	e.Text = ""
	if b, ok := appendEvent(dst, e); ok {
		return b, nil
	}
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encode event %s: %w", e.ID, err)
	}
	return b, nil
}

// DecodeEvent rebuilds an event from what EventRecord or PackedRecord and the
// columns beside it kept.
func DecodeEvent(record []byte, text string, trigger event.Span, lemma string) (event.Event, error) {
	if len(record) > 0 && record[0] == packedVersion {
		return decodeEvent(string(record), text, trigger, lemma, nil)
	}
	if bytes.HasPrefix(record, []byte(`{"id":`)) { // as EventRecord writes it, not as PostgreSQL's jsonb
		return decodeEvent(string(record), text, trigger, lemma, nil)
	}
	var e event.Event
	if err := json.Unmarshal(record, &e); err != nil {
		return event.Event{}, fmt.Errorf("decode stored event: %w", err)
	}
	e.Text, e.Trigger, e.Lemma = text, trigger, lemma
	return e, nil
}

// RecordReader decodes the records a store reads back, as DecodeEvent and
// DecodeProposition do, keeping one copy of the strings they repeat (codes, names,
// words) for all: an adapter uses one for the rows of a query, so that what it
// returns holds no copy of the records. It is not safe for concurrent use.
type RecordReader struct {
	strs strTable
}

// Event is DecodeEvent of a record read as a string.
func (d *RecordReader) Event(record string, text string, trigger event.Span, lemma string) (event.Event, error) {
	return decodeEvent(record, text, trigger, lemma, &d.strs)
}

func decodeEvent(record string, text string, trigger event.Span, lemma string, strs *strTable) (event.Event, error) {
	var e event.Event
	if len(record) > 0 && record[0] == packedVersion {
		if !unpackEvent(record, strs, &e) {
			return event.Event{}, fmt.Errorf("decode stored event: a packed record is malformed")
		}
	} else if !readEvent(&reader{s: record, strs: strs}, &e) {
		e = event.Event{}
		if err := json.Unmarshal([]byte(record), &e); err != nil {
			return event.Event{}, fmt.Errorf("decode stored event: %w", err)
		}
	}
	e.Text, e.Trigger, e.Lemma = text, trigger, lemma
	return e, nil
}

// Check returns an ErrInvalid error when b cannot be stored: no article id, an
// event without an id, of another article, or whose date is neither "" nor a day,
// month or year (YYYY-MM-DD, YYYY-MM, YYYY), the forms whose text sorts as time
// does.
func (b Batch) Check() error {
	id := b.Article.ID
	if id == "" {
		return fmt.Errorf("article %q has no id: %w", b.Article.Name, ErrInvalid)
	}
	for i, e := range b.Events {
		if e.ID == "" {
			return fmt.Errorf("article %s: event %d has no id: %w", id, i, ErrInvalid)
		}
		if e.ArticleID != id {
			return fmt.Errorf("article %s: event %s belongs to article %q: %w", id, e.ID, e.ArticleID, ErrInvalid)
		}
		if !eventDate(e.Date.Value) {
			return fmt.Errorf("article %s: event %s: date %q is not a day, month or year: %w", id, e.ID, e.Date.Value, ErrInvalid)
		}
	}
	return nil
}

// eventDate reports whether v is "" or a valid YYYY-MM-DD, YYYY-MM or YYYY.
func eventDate(v string) bool {
	var layout string
	switch len(v) {
	case 0:
		return true
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = time.DateOnly
	default:
		return false
	}
	_, err := time.Parse(layout, v)
	return err == nil
}

// ArticleDateRead returns the date of article id from what a backend's query for its
// stored date gave: date and the query's err, with missing telling that the err
// means no row (each driver has its own).
func ArticleDateRead(id, date string, err error, missing bool) (time.Time, error) {
	if missing {
		return time.Time{}, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("article %s: %w", id, err)
	}
	t, err := ParseTime(date)
	if err != nil {
		return time.Time{}, fmt.Errorf("article %s: %w", id, err)
	}
	return t, nil
}
