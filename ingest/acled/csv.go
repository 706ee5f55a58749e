package acled

import (
	"errors"
	"io"
	"strings"

	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// maxRecordLines is how many lines a quoted field may span before the record is
// taken for a broken quote.
const maxRecordLines = 64

// Errors of CSV records.
var (
	errQuote      = errors.New("broken quotes: a quoted field must end with a quote followed by a comma or the end of the line")
	errUnclosed   = errors.New("broken quotes: a quoted field is not closed")
	errLongRecord = errors.New("record longer than 1 MiB")
)

// line is a physical line read ahead.
type line struct {
	text    string
	n       int
	tooLong bool
}

// records splits a member into CSV records (RFC 4180: commas, double quotes, "" for a
// quote, line breaks inside quoted fields). After a broken record only its first line
// is dropped: reading starts again at the next line, so one stray quote costs one row.
type records struct {
	lines   *dataset.Lines
	queue   []line // lines read but not consumed
	last    []line // the lines of the record returned last
	readErr error  // the read error met while reading ahead, after the queue
	errLine int
	fields  []string
}

func newRecords(l *dataset.Lines) *records {
	return &records{lines: l}
}

// fill reads lines until the queue holds k of them; false at the end of the input or
// at a read error.
func (r *records) fill(k int) bool {
	for len(r.queue) < k {
		if r.readErr != nil {
			return false
		}
		b, n, err := r.lines.Next()
		switch {
		case err == io.EOF:
			r.readErr = io.EOF
			return false
		case errors.Is(err, dataset.ErrLineTooLong):
			r.queue = append(r.queue, line{n: n, tooLong: true})
		case err != nil:
			r.readErr, r.errLine = err, n
			if len(b) > 0 {
				r.queue = append(r.queue, line{text: string(b), n: n})
			}
			return false
		default:
			r.queue = append(r.queue, line{text: string(b), n: n})
		}
	}
	return true
}

// next returns the fields of the next record and the line it starts on; the slice is
// reused by the next call. Empty lines between records are skipped. A broken record
// returns its error and line; reading may go on. At the end it returns io.EOF; after a
// read error, the read error with the line it stopped at.
func (r *records) next() ([]string, int, error) {
	for {
		if !r.fill(1) {
			if r.readErr == io.EOF {
				return nil, 0, io.EOF
			}
			return nil, r.errLine, r.readErr
		}
		first := r.queue[0]
		if first.tooLong {
			r.consume(1)
			return nil, first.n, dataset.ErrLineTooLong
		}
		if first.text == "" {
			r.consume(1)
			continue
		}
		text := first.text
		for k := 1; ; k++ {
			fields, err := splitRecord(text, r.fields[:0])
			if err == nil {
				r.fields = fields
				r.consume(k)
				return fields, first.n, nil
			}
			if err == errUnclosed && k < maxRecordLines && len(text) < dataset.MaxLine && r.fill(k+1) && !r.queue[k].tooLong {
				text += "\n" + r.queue[k].text
				continue
			}
			if err == errUnclosed && r.readErr != nil && r.readErr != io.EOF && len(r.queue) == k {
				// The record was cut by the read error: report that instead.
				r.consume(k)
				return nil, r.errLine, r.readErr
			}
			if len(text) >= dataset.MaxLine {
				err = errLongRecord
			}
			r.consume(1)
			return nil, first.n, err
		}
	}
}

// consume drops k lines from the queue, keeping them as the last record's.
func (r *records) consume(k int) {
	r.last = append(r.last[:0], r.queue[:k]...)
	n := copy(r.queue, r.queue[k:]) // the queue is short: rarely more than one line
	r.queue = r.queue[:n]
}

// resync puts back all but the first line of the last record, for a record that
// spanned lines but did not make a valid row: a stray quote probably joined its lines.
func (r *records) resync() {
	if len(r.last) <= 1 {
		return
	}
	r.queue = append(append([]line(nil), r.last[1:]...), r.queue...)
	r.last = r.last[:1]
}

// lastLines is how many lines the last record spanned.
func (r *records) lastLines() int { return len(r.last) }

// splitRecord splits one CSV record into dst. A quote inside an unquoted field is
// kept as a character, as many CSV writers produce them.
func splitRecord(s string, dst []string) ([]string, error) {
	for {
		if s == "" || s[0] != '"' {
			i := strings.IndexByte(s, ',')
			if i < 0 {
				return append(dst, s), nil
			}
			dst = append(dst, s[:i])
			s = s[i+1:]
			continue
		}
		// A quoted field.
		j, escaped := 1, false
		for {
			k := strings.IndexByte(s[j:], '"')
			if k < 0 {
				return dst, errUnclosed
			}
			j += k
			if j+1 < len(s) && s[j+1] == '"' {
				escaped = true
				j += 2
				continue
			}
			break
		}
		field := s[1:j]
		if escaped {
			field = strings.ReplaceAll(field, `""`, `"`)
		}
		dst = append(dst, field)
		rest := s[j+1:]
		switch {
		case rest == "":
			return dst, nil
		case rest[0] == ',':
			s = rest[1:]
		default:
			return dst, errQuote
		}
	}
}
