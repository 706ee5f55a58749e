// Package dataset holds what the readers of event data sets (GDELT, ACLED) share: the
// unpacking of plain, gzip and zip inputs into members, a line reader with line
// numbers and a length limit, the row errors a reader reports and skips, and the
// counts it returns.
package dataset

import "fmt"

// MaxErrors is how many row errors Stats keeps; later ones are still counted in
// Skipped and passed to Options.OnError.
const MaxErrors = 100

// RowError is a row of an input that could not be read. File names the input (a zip
// member as "archive.zip(member.csv)"), Line is the 1-based line where the row starts
// (0 when the error is not tied to a line).
type RowError struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: reason".
func (e *RowError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the reason.
func (e *RowError) Unwrap() error { return e.Err }

// Stats counts what a reader did with its input.
type Stats struct {
	Read    int         // rows turned into events
	Skipped int         // rows reported as errors and skipped
	Bytes   int64       // uncompressed bytes read
	Errors  []*RowError // the first MaxErrors row errors, in input order
}

// Add adds the counts of o to s, keeping at most MaxErrors errors.
func (s *Stats) Add(o Stats) {
	s.Read += o.Read
	s.Skipped += o.Skipped
	s.Bytes += o.Bytes
	for _, e := range o.Errors {
		if len(s.Errors) >= MaxErrors {
			break
		}
		s.Errors = append(s.Errors, e)
	}
}

// Options tune a reader.
type Options struct {
	// OnError, when set, is called with every row error as it is met, before the row
	// is skipped; a reader never stops for a row error.
	OnError func(*RowError)
}

// Skip records a skipped row: it counts it, keeps the error if there is room, and
// passes it to o.OnError.
func (s *Stats) Skip(o Options, e *RowError) {
	s.Skipped++
	if len(s.Errors) < MaxErrors {
		s.Errors = append(s.Errors, e)
	}
	if o.OnError != nil {
		o.OnError(e)
	}
}
