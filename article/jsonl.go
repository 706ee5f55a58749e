package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// DefaultMaxSize is the largest plain-text article and the longest JSONL line read,
// in bytes; larger ones are reported and skipped. 4 MiB is some 700,000 words, far
// beyond any news article; coding one article holds about 200 bytes per byte of its
// text (0.8 GB at the limit).
const DefaultMaxSize = 4 << 20

// RecordError reports one bad record (a JSONL line or a whole text file). The input
// can go on: the next call to Next reads the next record.
type RecordError struct {
	Name string // the input
	Line int    // 1-based line of a JSONL record, 0 for a whole file
	Err  error
}

// Error formats the error as "name:line: err".
func (e *RecordError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// JSONLReader reads articles from JSON Lines: one object per line with the fields
// "id", "url", "title", "date", "source" and "text"; only "text" is required and other
// fields are ignored. Blank lines are skipped.
type JSONLReader struct {
	// MaxLine is the longest line read, in bytes; 0 means DefaultMaxSize. Longer lines
	// are skipped without being held whole in memory.
	MaxLine int
	// Warn receives repairs and unreadable dates; nil discards them.
	Warn func(Warning)

	br   *bufio.Reader
	name string
	line int
	buf  []byte
	err  error
}

// NewJSONLReader returns a reader of the JSON Lines in r; name is used in messages and
// in each article's Name ("name:line").
func NewJSONLReader(r io.Reader, name string) *JSONLReader {
	return &JSONLReader{br: bufio.NewReaderSize(r, 64<<10), name: name}
}

// jsonlRecord is one JSONL line; ID is raw so that numeric ids are accepted.
type jsonlRecord struct {
	ID     json.RawMessage `json:"id"`
	URL    string          `json:"url"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
	Text   *string         `json:"text"`
}

// Next returns the next article. At the end of the input it returns io.EOF. A bad
// record is a *RecordError naming name:line, after which Next can be called again;
// any other error is a failure to read the input and ends it.
func (r *JSONLReader) Next() (Article, error) {
	for {
		if r.err != nil {
			return Article{}, r.err
		}
		line, n, err := r.readLine()
		if err != nil && !errors.Is(err, io.EOF) {
			r.err = fmt.Errorf("%s:%d: read: %w", r.name, r.line+1, err)
			return Article{}, r.err
		}
		if errors.Is(err, io.EOF) {
			r.err = io.EOF
			if n == 0 {
				return Article{}, io.EOF
			}
		}
		r.line++
		if max := r.maxLine(); n > int64(max) {
			return Article{}, &RecordError{Name: r.name, Line: r.line,
				Err: fmt.Errorf("line of %d bytes exceeds the %d-byte limit; skipped", n, max)}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		a, err := r.parse(line)
		if err != nil {
			return Article{}, &RecordError{Name: r.name, Line: r.line, Err: err}
		}
		return a, nil
	}
}

func (r *JSONLReader) maxLine() int {
	if r.MaxLine > 0 {
		return r.MaxLine
	}
	return DefaultMaxSize
}

// readLine reads one line and returns it (without holding more than MaxLine bytes)
// and its full length.
func (r *JSONLReader) readLine() ([]byte, int64, error) {
	if cap(r.buf) > 1<<20 {
		r.buf = nil
	}
	r.buf = r.buf[:0]
	max := int64(r.maxLine())
	var n int64
	for {
		chunk, err := r.br.ReadSlice('\n')
		n += int64(len(chunk))
		if n <= max {
			r.buf = append(r.buf, chunk...)
		} else {
			r.buf = r.buf[:0]
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return r.buf, n, err
		}
	}
}

// parse decodes one JSONL record into an article.
func (r *JSONLReader) parse(line []byte) (Article, error) {
	name := fmt.Sprintf("%s:%d", r.name, r.line)
	if bad, first := invalidUTF8(line); bad > 0 {
		r.warn(Warning{Name: name, Offset: first, Msg: fmt.Sprintf("%d invalid UTF-8 bytes replaced with U+FFFD", bad)})
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return Article{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if rec.Text == nil {
		return Article{}, errors.New(`missing "text"`)
	}
	body, warns, err := cleanBody(name, []byte(*rec.Text))
	if err != nil {
		return Article{}, fmt.Errorf("text: %w", err)
	}
	for _, w := range warns {
		w.Offset = -1
		r.warn(w)
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return Article{}, err
	}
	if id == "" {
		id = ID(body)
	}
	a := Article{ID: id, URL: rec.URL, Title: rec.Title, Source: rec.Source, Text: body, Name: name}
	if rec.Date != "" {
		t, approx, err := ParseDate(rec.Date)
		if err != nil {
			r.warn(Warning{Name: name, Offset: -1, Msg: err.Error() + "; the article has no date"})
		} else {
			a.Date, a.DateApprox = t, approx
		}
	}
	return a, nil
}

// recordID reads an "id" that is a string or a number.
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		if _, err := strconv.ParseFloat(string(n), 64); err == nil {
			return string(n), nil
		}
	}
	return "", fmt.Errorf(`"id" %s: want a string or a number`, raw)
}

func (r *JSONLReader) warn(w Warning) {
	if r.Warn != nil {
		r.Warn(w)
	}
}
