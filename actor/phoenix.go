package actor

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// LoadPhoenixActors reads a TABARI / PETRARCH / Phoenix actor file (*.actors.txt):
// an entry line "NAME_WITH_UNDERSCORES [CODE]", synonym lines starting with "+", and
// code lines "[CODE]", "[CODE >YYMMDD]", "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]" (also
// with YYYYMMDD dates) that may follow on their own lines; "#" starts a comment and
// "[---]" is the null code. An entry with a dated code is a Person, one coded with a
// bare three-letter state code (even from a date) a Country, an IGO… code an IGO, anything else a Group.
// Phrases match in any case but must start with a capital. Consecutive entry lines
// without codes name the entry whose codes follow. The public files have typos, so
// every problem is a warning (see Warnings and Check) and skips only its code or entry;
// the error reports only a failure to read.
func (d *Dictionary) LoadPhoenixActors(r io.Reader, name string) error {
	return d.load(r, name, parsePhoenixActors)
}

// LoadPhoenixAgents reads a TABARI / PETRARCH / Phoenix agents file: lines
// "NOUN_PHRASE {PLURALS} [~ROLE]" (a role suffix) or "[IGO~]" (a prefix, loaded as
// an IGO entry), with "!SET! = A, B" substitution sets used as "CHAIRMAN" or
// "!MINIST! OF_DEFENSE". Regular plurals are generated unless braces give them
// ("{}" for none). Agents match in any case. As with LoadPhoenixActors, problems in
// lines are warnings.
func (d *Dictionary) LoadPhoenixAgents(r io.Reader, name string) error {
	return d.load(r, name, parsePhoenixAgents)
}

// phoenixEntry is an actor entry being read: it ends at the next entry line.
type phoenixEntry struct {
	pe    parsed
	line  int
	null  bool // coded [---]: deliberately ignored
	coded bool // a code bracket was read, valid or not
	dated bool
}

func parsePhoenixActors(r io.Reader, p *problems) []parsed {
	var (
		out []parsed
		cur *phoenixEntry
	)
	flush := func() {
		if cur == nil {
			return
		}
		if e := cur.finish(p); e != nil {
			out = append(out, *e)
		}
		cur = nil
	}
	phoenixLines(r, p, func(line int, s string) {
		text, codes := s, ""
		if i := strings.IndexByte(s, '['); i >= 0 {
			text, codes = strings.TrimSpace(s[:i]), s[i:]
		}
		switch {
		case strings.HasPrefix(text, "+"):
			if cur == nil {
				p.warnf(line, "synonym %q before any entry", text)
				return
			}
			cur.addPhrase(text[1:])
		case text != "" && cur != nil && !cur.coded:
			cur.addPhrase(text)
		case text != "":
			flush()
			name := phoenixWords(text)
			cur = &phoenixEntry{line: line, pe: parsed{entry: &Entry{
				Name:   strings.Join(name, " "),
				Source: fmt.Sprintf("%s:%d", p.file, line),
			}}}
			cur.addPhrase(text)
		case cur == nil:
			p.warnf(line, "code %s before any entry", codes)
			return
		}
		cur.addCodes(codes, line, p)
	})
	flush()
	return out
}

// phoenixLines calls fn with each non-blank line of a Phoenix file and its number,
// comments ("# ...") and surrounding space removed; a read error is reported on p.
func phoenixLines(r io.Reader, p *problems, fn func(line int, s string)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		if s = strings.TrimSpace(s); s != "" {
			fn(line, s)
		}
	}
	if err := sc.Err(); err != nil {
		p.errorf(line+1, "read: %v", err)
	}
}

func (c *phoenixEntry) addPhrase(s string) {
	if w := phoenixWords(s); len(w) > 0 {
		c.pe.phrases = append(c.pe.phrases, w)
	}
}

// addCodes reads the bracketed codes of a line: "[AFG] [IGOUNO 970101-061231]".
func (c *phoenixEntry) addCodes(s string, line int, p *problems) {
	for s != "" {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			p.warnf(line, "unclosed code bracket %q", s[i:])
			return
		}
		body := strings.TrimSpace(s[i+1 : i+j])
		s = s[i+j+1:]
		c.coded = true
		if body == "---" {
			c.null = true
			continue
		}
		dc, err := parsePhoenixCode(body)
		if err != nil && dc.Code == "" {
			p.warnf(line, "%s: %v", c.pe.entry.Name, err)
			continue
		}
		if err != nil {
			p.warnf(line, "%s: %v; code dropped", c.pe.entry.Name, err)
			continue
		}
		if !dc.From.IsZero() || !dc.To.IsZero() {
			c.dated = true
		}
		c.pe.entry.Codes = append(c.pe.entry.Codes, dc)
	}
}

// finish sets the kind and country of the entry, or drops it when it has no code.
func (c *phoenixEntry) finish(p *problems) *parsed {
	e := c.pe.entry
	if len(e.Codes) == 0 {
		if !c.null {
			p.warnf(c.line, "%s: missing code", e.Name)
		}
		return nil
	}
	first := e.Codes[0].Code
	state := stateCode(e.Codes)
	switch {
	case state != "":
		e.Kind, first = Country, state
	case c.dated:
		e.Kind = Person
	case strings.HasPrefix(first, "IGO"):
		e.Kind = IGO
	default:
		e.Kind = Group
	}
	if e.Kind != IGO {
		e.Country = countryOf(first)
	}
	c.pe.caseSensitive = true
	for i, w := range c.pe.phrases {
		c.pe.phrases[i] = capitalise(w)
	}
	return &c.pe
}

// stateCode returns the bare three-letter state code among codes ("AFG", or "SSD" from
// a date), or "". Role codes written alone ("[ELI]") do not count.
func stateCode(codes []DatedCode) string {
	for _, c := range codes {
		if len(c.Code) == 3 && countryOf(c.Code) != "" && !roleCodes[c.Code] {
			return c.Code
		}
	}
	return ""
}

// roleCodes are CAMEO role codes that Phoenix files sometimes write without a root.
var roleCodes = map[string]bool{
	"ELI": true, "GOV": true, "MIL": true, "REB": true, "OPP": true, "COP": true, "JUD": true,
	"LEG": true, "BUS": true, "CVL": true, "MED": true, "EDU": true, "HLH": true, "REF": true,
	"SPY": true, "UAF": true, "AGR": true, "LAB": true, "INS": true, "PTY": true, "SEC": true,
}

// capitalise rewrites an upper-case Phoenix phrase so that only its first letter
// carries case: the phrase then needs a capitalised first token and nothing more.
func capitalise(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lowerWord(w)
	}
	if r := out[0]; r != "" && r[0] >= 'a' && r[0] <= 'z' {
		out[0] = strings.ToUpper(r[:1]) + r[1:]
	}
	return out
}

// phoenixWords turns "AL-QAIDA_IN_IRAQ_" into its tokens.
func phoenixWords(s string) []string {
	return splitPhrase(strings.ReplaceAll(s, "_", " "))
}

// parsePhoenixCode reads "CODE", "CODE >DATE", "CODE <DATE", "CODE DATE-DATE" or
// "CODE DATE" (from that date). On a bad date it returns the code with the error.
func parsePhoenixCode(s string) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, fmt.Errorf("empty code")
	}
	c := DatedCode{Code: f[0]}
	if !isPhoenixCode(c.Code) {
		return DatedCode{}, fmt.Errorf("code %q: want uppercase letters and digits", c.Code)
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return c, nil
	}
	var err error
	switch {
	case rest[0] == '>':
		c.From, err = parsePhoenixDate(rest[1:])
	case rest[0] == '<':
		c.To, err = parsePhoenixDate(rest[1:])
	case strings.Contains(rest, "-"):
		from, to, _ := strings.Cut(rest, "-")
		if c.From, err = parsePhoenixDate(from); err == nil {
			c.To, err = parsePhoenixDate(to)
		}
		if err == nil && c.To.Before(c.From) {
			err = fmt.Errorf("date range %s ends before it starts", rest)
		}
	default:
		c.From, err = parsePhoenixDate(rest)
	}
	return c, err
}

func isPhoenixCode(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// parsePhoenixDate reads YYMMDD (years before 30 are in the 2000s) or YYYYMMDD.
func parsePhoenixDate(s string) (time.Time, error) {
	switch len(s) {
	case 6:
		t, err := time.Parse("060102", s)
		if err != nil {
			return time.Time{}, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
		}
		if t.Year() >= 2030 {
			t = t.AddDate(-100, 0, 0)
		}
		return t, nil
	case 8:
		t, err := time.Parse("20060102", s)
		if err != nil {
			return time.Time{}, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD", s)
}
