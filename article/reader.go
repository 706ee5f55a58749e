package article

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is an input format.
type Format string

// The input formats.
const (
	FormatText  Format = "text"
	FormatJSONL Format = "jsonl"
)

// ParseFormat reads a format name ("text", "txt", "jsonl", "ndjson").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "text", "txt":
		return FormatText, nil
	case "jsonl", "ndjson":
		return FormatJSONL, nil
	}
	return "", fmt.Errorf("input format %q: want text or jsonl", s)
}

// FormatOf is the format of a file by its extension: .jsonl and .ndjson are JSONL,
// anything else plain text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return FormatText
}

// Reader yields the articles of one input: a plain-text file is one article, a JSONL
// stream one per line. Set the exported fields before the first call to Next.
type Reader struct {
	// MaxSize is the largest text article or JSONL line, in bytes; 0 means
	// DefaultMaxSize. Larger ones are reported and skipped without being read whole.
	MaxSize int64
	// Warn receives repairs and unreadable dates; nil discards them.
	Warn func(Warning)

	name   string
	format Format
	r      io.Reader
	size   int64 // of a regular file, else -1
	closer io.Closer
	jsonl  *JSONLReader
	done   bool
}

// Open opens a file for reading articles. An empty format means FormatOf(path).
// Errors name the path.
func Open(path string, format Format) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	if format == "" {
		format = FormatOf(path)
	}
	r := NewReader(f, path, format)
	r.closer = f
	if st.Mode().IsRegular() {
		r.size = st.Size()
	}
	return r, nil
}

// NewReader reads articles in the given format from r (standard input, say); name is
// used in messages.
func NewReader(r io.Reader, name string, format Format) *Reader {
	return &Reader{name: name, format: format, r: r, size: -1}
}

// Name is the input's name.
func (r *Reader) Name() string { return r.name }

// Next returns the next article, or io.EOF at the end of the input. A bad article is a
// *RecordError (a text file that is empty, binary or too large; a bad JSONL line),
// after which Next may be called again; any other error ends the input.
func (r *Reader) Next() (Article, error) {
	if r.format == FormatJSONL {
		if r.jsonl == nil {
			r.jsonl = NewJSONLReader(r.r, r.name)
			r.jsonl.MaxLine = int(r.maxSize())
			r.jsonl.Warn = r.Warn
		}
		return r.jsonl.Next()
	}
	if r.done {
		return Article{}, io.EOF
	}
	r.done = true
	max := r.maxSize()
	if r.size > max {
		return Article{}, r.tooLarge(r.size)
	}
	data, err := io.ReadAll(io.LimitReader(r.r, max+1))
	if err != nil {
		return Article{}, fmt.Errorf("%s: read: %w", r.name, err)
	}
	if int64(len(data)) > max {
		rest, err := io.Copy(io.Discard, r.r)
		if err != nil {
			return Article{}, fmt.Errorf("%s: read: %w", r.name, err)
		}
		return Article{}, r.tooLarge(int64(len(data)) + rest)
	}
	a, warns, err := parseText(r.name, data)
	if err != nil {
		return Article{}, &RecordError{Name: r.name, Err: err}
	}
	if r.Warn != nil {
		for _, w := range warns {
			r.Warn(w)
		}
	}
	return a, nil
}

// Close closes the file Open opened.
func (r *Reader) Close() error {
	if r.closer == nil {
		return nil
	}
	return r.closer.Close()
}

func (r *Reader) maxSize() int64 {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

// ErrTooLarge is wrapped by the error for a text article over the size limit.
var ErrTooLarge = errors.New("too large")

func (r *Reader) tooLarge(size int64) error {
	return &RecordError{Name: r.name,
		Err: fmt.Errorf("%w: %d bytes, over the %d-byte limit for one article; skipped", ErrTooLarge, size, r.maxSize())}
}
