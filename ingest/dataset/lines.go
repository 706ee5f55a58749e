package dataset

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// MaxLine is the longest line Lines returns; a longer one is reported and skipped.
const MaxLine = 1 << 20

// ErrLineTooLong is the error of a line longer than MaxLine.
var ErrLineTooLong = errors.New("line longer than 1 MiB")

// Lines reads the lines of a member with their numbers, without the line ending ("\n"
// or "\r\n"). A last line without a newline is a line.
type Lines struct {
	r     *bufio.Reader
	line  int
	bytes int64
	long  []byte
}

// NewLines returns a line reader over r.
func NewLines(r *bufio.Reader) *Lines {
	return &Lines{r: r}
}

// Next returns the next line and its number. The slice is valid until the next call.
// At the end it returns io.EOF. A line longer than MaxLine is returned empty with
// ErrLineTooLong and its number; reading may go on. A read error is returned with the
// number of the line it interrupted, and the partial line read so far (nil if none);
// reading should stop.
func (l *Lines) Next() ([]byte, int, error) {
	l.long = l.long[:0]
	tooLong := false
	for {
		b, err := l.r.ReadSlice('\n')
		l.bytes += int64(len(b))
		switch {
		case err == nil:
			l.line++
			if tooLong || len(l.long)+len(b) > MaxLine+2 {
				return nil, l.line, ErrLineTooLong
			}
			if len(l.long) > 0 {
				l.long = append(l.long, b...)
				b = l.long
			}
			return trimEOL(b), l.line, nil
		case errors.Is(err, bufio.ErrBufferFull):
			if !tooLong {
				if len(l.long)+len(b) > MaxLine {
					tooLong, l.long = true, l.long[:0]
				} else {
					l.long = append(l.long, b...)
				}
			}
			continue
		case errors.Is(err, io.EOF):
			if len(b) == 0 && len(l.long) == 0 && !tooLong {
				return nil, l.line, io.EOF
			}
			l.line++
			if tooLong || len(l.long)+len(b) > MaxLine {
				return nil, l.line, ErrLineTooLong
			}
			return trimEOL(append(l.long, b...)), l.line, nil
		default:
			partial := append(l.long, b...)
			if len(partial) == 0 {
				partial = nil
			}
			return partial, l.line + 1, err
		}
	}
}

// Bytes returns how many bytes were read so far.
func (l *Lines) Bytes() int64 { return l.bytes }

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
