package store

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The records adapters keep are read back field by field too (DecodeEvent,
// DecodeProposition): a reader takes exactly what jsonwrite.go writes, its keys in
// that order, without spaces, and gives up on anything else (an escape it does not
// know, an unknown, missing or repeated field, a number json.Unmarshal would
// refuse); its caller then calls json.Unmarshal, so that every record decodes as
// json.Unmarshal decodes it.

// reader reads a record from s[i:]. Its strings are substrings of s, or with
// strs, strings shared with the other records read with the same strs.
type reader struct {
	s    string
	i    int
	strs *strTable
}

// strTable keeps one copy of each string the records read with it hold, so that
// the codes, words and names events and claims repeat are allocated once. It is not
// safe for concurrent use.
type strTable struct {
	m map[string]string
	// intBuf and strBuf are scratch for arrays, which are copied out at their length:
	// a record's arrays are kept as long as it is.
	intBuf []int
	strBuf []string
}

// maxShared bounds a strTable, so that reading a large store keeps no more than
// that many strings for sharing.
const maxShared = 1 << 14

// shared returns s, or the equal string t holds, cloned into t when new: s may be
// part of a record that is not to be kept.
func (t *strTable) shared(s string) string {
	if v, ok := t.m[s]; ok {
		return v
	}
	if t.m == nil || len(t.m) >= maxShared {
		t.m = make(map[string]string)
	}
	v := strings.Clone(s)
	t.m[v] = v
	return v
}

// lit consumes p when s[i:] starts with it.
func (r *reader) lit(p string) bool {
	if strings.HasPrefix(r.s[r.i:], p) {
		r.i += len(p)
		return true
	}
	return false
}

// done reports whether all of s was read.
func (r *reader) done() bool { return r.i == len(r.s) }

// str reads a string, shared when r has a strTable.
func (r *reader) str() (string, bool) {
	s, ok := r.raw()
	if ok && r.strs != nil {
		s = r.strs.shared(s)
	}
	return s, ok
}

// unique reads a string that is not worth sharing (an id): a copy when r has a
// strTable, since the record is then not to be kept.
func (r *reader) unique() (string, bool) {
	s, ok := r.raw()
	if ok && r.strs != nil {
		s = strings.Clone(s)
	}
	return s, ok
}

// raw reads a string as json.Unmarshal does: a substring of s when it holds no
// escape, else a new string. It gives up on \u escapes, control characters and
// invalid UTF-8, which json.Unmarshal replaces.
func (r *reader) raw() (string, bool) {
	s := r.s
	if r.i >= len(s) || s[r.i] != '"' {
		return "", false
	}
	start := r.i + 1
	high := false
	for j := start; j < len(s); j++ {
		switch c := s[j]; {
		case c == '"':
			v := s[start:j]
			if high && !utf8.ValidString(v) {
				return "", false
			}
			r.i = j + 1
			return v, true
		case c == '\\':
			return r.escaped(start)
		case c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			high = true
		}
	}
	return "", false
}

// escaped reads the rest of a string that starts at s[start] and holds an escape.
func (r *reader) escaped(start int) (string, bool) {
	s := r.s
	b := make([]byte, 0, 64)
	for j := start; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '"':
			if !utf8.Valid(b) {
				return "", false
			}
			r.i = j + 1
			return string(b), true
		case c == '\\':
			if j+1 == len(s) {
				return "", false
			}
			j++
			switch e := s[j]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			default:
				return "", false
			}
		case c < 0x20:
			return "", false
		default:
			b = append(b, c)
		}
	}
	return "", false
}

// optional reads a string or null.
func (r *reader) optional() (*string, bool) {
	if r.lit("null") {
		return nil, true
	}
	s, ok := r.str()
	if !ok {
		return nil, false
	}
	return &s, true
}

// int reads an integer of at most 18 digits, as JSON writes one.
func (r *reader) int() (int, bool) {
	s, j := r.s, r.i
	neg := j < len(s) && s[j] == '-'
	if neg {
		j++
	}
	start, n := j, 0
	for ; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
		n = n*10 + int(s[j]-'0')
	}
	d := j - start
	if d == 0 || d > 18 || d > 1 && s[start] == '0' || j < len(s) && (s[j] == '.' || s[j] == 'e' || s[j] == 'E') {
		return 0, false
	}
	r.i = j
	if neg {
		n = -n
	}
	return n, true
}

// float reads a JSON number as json.Unmarshal reads it into a float64.
func (r *reader) float() (float64, bool) {
	s, j := r.s, r.i
	if j < len(s) && s[j] == '-' {
		j++
	}
	digits := func() int {
		k := j
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - k
	}
	if d := digits(); d == 0 || d > 1 && s[j-d] == '0' {
		return 0, false
	}
	if j < len(s) && s[j] == '.' {
		j++
		if digits() == 0 {
			return 0, false
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		j++
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s[r.i:j], 64)
	if err != nil {
		return 0, false
	}
	r.i = j
	return f, true
}

// bool reads true or false.
func (r *reader) bool() (bool, bool) {
	if r.lit("true") {
		return true, true
	}
	if r.lit("false") {
		return false, true
	}
	return false, false
}

// ints reads an array of integers or null.
func (r *reader) ints() ([]int, bool) {
	var scratch *[]int
	if r.strs != nil {
		scratch = &r.strs.intBuf
	}
	return readArray(r, scratch, (*reader).int)
}

// strings reads an array of strings or null.
func (r *reader) strings() ([]string, bool) {
	var scratch *[]string
	if r.strs != nil {
		scratch = &r.strs.strBuf
	}
	return readArray(r, scratch, (*reader).str)
}

// readArray reads an array as json.Marshal writes it, each element with elem: null
// is nil, [] an empty slice. With a scratch buffer the elements are gathered there
// and copied out at their length.
func readArray[T any](r *reader, scratch *[]T, elem func(*reader) (T, bool)) ([]T, bool) {
	if r.lit("null") {
		return nil, true
	}
	if !r.lit("[") {
		return nil, false
	}
	if r.lit("]") {
		return []T{}, true
	}
	var xs []T
	if scratch != nil {
		xs = (*scratch)[:0]
	}
	for {
		x, ok := elem(r)
		if !ok {
			return nil, false
		}
		xs = append(xs, x)
		if r.lit("]") {
			break
		}
		if !r.lit(",") {
			return nil, false
		}
	}
	if scratch == nil {
		return xs, true
	}
	*scratch = xs
	return append(make([]T, 0, len(xs)), xs...), true
}

// time reads a time as Time.UnmarshalJSON does. It reads UTC times written as
// appendTime writes them, and asks UnmarshalJSON about the others (offsets name
// the local zone when it has one).
func (r *reader) time() (time.Time, bool) {
	s := r.s[r.i:]
	end := strings.IndexByte(s[min(1, len(s)):], '"') + 2
	if len(s) == 0 || s[0] != '"' || end < 2 {
		return time.Time{}, false
	}
	if t, ok := utcTime(s[1 : end-1]); ok {
		r.i += end
		return t, true
	}
	var t time.Time
	if err := t.UnmarshalJSON([]byte(s[:end])); err != nil {
		return time.Time{}, false
	}
	r.i += end
	return t, true
}

// utcTime reads "2006-01-02T15:04:05Z", with from one to nine digits of a second
// after a point before the Z, as time.Parse reads it.
func utcTime(s string) (time.Time, bool) {
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[len(s)-1] != 'Z' {
		return time.Time{}, false
	}
	num := func(a, b int) int {
		n := 0
		for _, c := range []byte(s[a:b]) {
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	year, month, day := num(0, 4), num(5, 7), num(8, 10)
	hour, minute, sec := num(11, 13), num(14, 16), num(17, 19)
	if year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) ||
		hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 59 {
		return time.Time{}, false
	}
	nsec := 0
	if frac := s[19 : len(s)-1]; frac != "" {
		if len(frac) < 2 || len(frac) > 10 || frac[0] != '.' {
			return time.Time{}, false
		}
		if nsec = num(20, len(s)-1); nsec < 0 {
			return time.Time{}, false
		}
		for range 10 - len(frac) {
			nsec *= 10
		}
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC), true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
