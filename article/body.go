package article

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Errors for inputs that are not articles; ParseText wraps them with the input's name.
var (
	ErrEmpty  = errors.New("empty")
	ErrBinary = errors.New("binary data, not text")
)

// binaryShare is the share of invalid UTF-8 bytes above which an input is taken for
// binary data rather than text with a few damaged characters.
const binaryShare = 0.30

// sniffLen is how much of an input is examined for NUL bytes and file signatures.
const sniffLen = 8000

// Warning is a problem in an input that peacewatch repaired instead of rejecting it.
type Warning struct {
	Name   string // the input, "file" or "file:line"
	Offset int    // byte offset of the first occurrence in the input, -1 if none
	Msg    string
}

// String formats the warning as "name: byte N: msg".
func (w Warning) String() string {
	if w.Offset >= 0 {
		return fmt.Sprintf("%s: byte %d: %s", w.Name, w.Offset, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.Name, w.Msg)
}

// cleanBody checks that data is text and normalises it for coding: a UTF-8 byte-order
// mark is dropped, CRLF and lone CR become LF, stray NUL bytes become spaces and sparse
// invalid UTF-8 is replaced with U+FFFD, each repair reported as a warning. Nothing
// else changes, so byte offsets into the result are stable. Binary data (NUL bytes or a
// binary signature near the start, or mostly invalid UTF-8) and blank input are errors.
func cleanBody(name string, data []byte) (string, []Warning, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var warns []Warning
	if u, ok := fromUTF16(data); ok {
		warns = append(warns, Warning{Name: name, Offset: -1, Msg: "UTF-16 text converted to UTF-8"})
		data = u
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", nil, ErrEmpty
	}
	head := data[:min(len(data), sniffLen)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return "", nil, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if ct := http.DetectContentType(head); !strings.HasPrefix(ct, "text/") {
		return "", nil, fmt.Errorf("%w: looks like %s", ErrBinary, ct)
	}
	if bad, first := invalidUTF8(data); bad > 0 {
		if float64(bad) > binaryShare*float64(len(data)) {
			return "", nil, fmt.Errorf("%w: %d of %d bytes are not UTF-8", ErrBinary, bad, len(data))
		}
		warns = append(warns, Warning{Name: name, Offset: first,
			Msg: fmt.Sprintf("%d invalid UTF-8 bytes replaced with U+FFFD", bad)})
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		warns = append(warns, Warning{Name: name, Offset: i, Msg: "NUL bytes replaced with spaces"})
		data = bytes.ReplaceAll(data, []byte{0}, []byte{' '})
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return string(data), warns, nil
}

// fromUTF16 decodes data that starts with a UTF-16 byte-order mark.
func fromUTF16(data []byte) ([]byte, bool) {
	if len(data) < 2 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return nil, false
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units))), true
}

// invalidUTF8 counts the bytes of data that are not part of valid UTF-8 sequences and
// returns the offset of the first, or -1.
func invalidUTF8(data []byte) (bad, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			if first < 0 {
				first = i
			}
			bad++
		}
		i += n
	}
	return bad, first
}
