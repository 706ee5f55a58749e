package actor

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// sections maps the section headers of our format to kinds.
var sections = map[string]Kind{
	"country": Country, "capital": Capital, "place": Place, "igo": IGO,
	"group": Group, "person": Person, "agent": Agent,
}

// parseActors reads our format: "[kind]" section headers, then "Name | CODES | PHRASES"
// lines. See docs/dictionaries.md.
func parseActors(r io.Reader, p *problems) []parsed {
	var (
		out  []parsed
		kind Kind
		bad  bool // inside an unknown section: its entries were reported with it
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		s = strings.TrimSpace(stripComment(s))
		switch {
		case s == "":
			continue
		case strings.HasPrefix(s, "["):
			name, ok := strings.CutSuffix(s[1:], "]")
			k, known := sections[strings.ToLower(strings.TrimSpace(name))]
			if !ok || !known {
				p.errorf(line, "unknown section %s", s)
				kind, bad = "", true
				continue
			}
			kind, bad = k, false
		case kind == "":
			if !bad {
				p.errorf(line, "entry before any section header")
				bad = true
			}
		default:
			if e, ok := parseEntry(s, kind, line, p); ok {
				out = append(out, e)
			}
		}
	}
	if err := sc.Err(); err != nil {
		p.errorf(line+1, "read: %v", err)
	}
	return out
}

// stripComment removes a "#" comment: at the start of the line or after a space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

// parseEntry reads one "Name | CODES | PHRASES" line.
func parseEntry(s string, kind Kind, line int, p *problems) (parsed, bool) {
	fields := strings.Split(s, "|")
	if len(fields) > 3 {
		p.errorf(line, "want Name | CODES | PHRASES, found %d fields", len(fields))
		return parsed{}, false
	}
	name := strings.TrimSpace(fields[0])
	if name == "" {
		p.errorf(line, "empty name")
		return parsed{}, false
	}
	if len(fields) < 2 || strings.TrimSpace(fields[1]) == "" {
		p.errorf(line, "%s %q: missing code", kind, name)
		return parsed{}, false
	}
	e := &Entry{Kind: kind, Name: name, Source: fmt.Sprintf("%s:%d", p.file, line)}
	ok := true
	for _, item := range strings.Split(fields[1], ";") {
		c, err := parseCode(strings.TrimSpace(item), kind)
		if err != nil {
			p.errorf(line, "%s %q: %v", kind, name, err)
			ok = false
			continue
		}
		e.Codes = append(e.Codes, c)
	}
	if !ok {
		return parsed{}, false
	}
	if kind != Agent && kind != IGO {
		e.Country = countryOf(e.Codes[0].Code)
	}
	pe := parsed{entry: e, phrases: [][]string{splitPhrase(name)}, caseSensitive: kind != Agent}
	if len(fields) == 3 {
		for _, ph := range strings.Split(fields[2], ";") {
			if ph = strings.TrimSpace(ph); ph != "" {
				pe.phrases = append(pe.phrases, splitPhrase(ph))
			}
		}
	}
	return pe, true
}

// parseCode reads "CODE" or "CODE FROM..TO".
func parseCode(s string, kind Kind) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, fmt.Errorf("empty code")
	}
	if len(f) > 2 {
		return DatedCode{}, fmt.Errorf("code %q: want CODE or CODE FROM..TO", s)
	}
	c := DatedCode{Code: f[0]}
	lo, hi := 3, 12
	switch kind {
	case Agent, Place:
		hi = 3
	}
	if !isCode(c.Code, lo, hi) {
		if lo == hi {
			return c, fmt.Errorf("code %q: want %d uppercase letters", c.Code, lo)
		}
		return c, fmt.Errorf("code %q: want %d to %d uppercase letters", c.Code, lo, hi)
	}
	if len(f) == 1 {
		return c, nil
	}
	from, to, ok := strings.Cut(f[1], "..")
	if !ok {
		return c, fmt.Errorf("code %s: date range %q: want FROM..TO", c.Code, f[1])
	}
	var err error
	if c.From, err = parseDate(from, false); err != nil {
		return c, fmt.Errorf("code %s: from date: %w", c.Code, err)
	}
	if c.To, err = parseDate(to, true); err != nil {
		return c, fmt.Errorf("code %s: to date: %w", c.Code, err)
	}
	if !c.From.IsZero() && !c.To.IsZero() && c.To.Before(c.From) {
		return c, fmt.Errorf("code %s: date range %s ends before it starts", c.Code, f[1])
	}
	return c, nil
}

func isCode(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; "" is the zero time (open-ended).
// With end set, a month or year stands for its last day.
func parseDate(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		if len(s) != len(layout.layout) {
			continue
		}
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		if end && (layout.years != 0 || layout.months != 0) {
			t = t.AddDate(layout.years, layout.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}
