package verb

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/peacewatch/peacewatch/event"
)

// maxGap is how many words ".." lets stand between a head and its rest words.
const maxGap = 3

// Load reads patterns in peacewatch's *.verbs format (docs/verbs.md) and adds them. name
// labels the rules ("fight.verbs:12") and the errors. Errors read "name:line: message";
// all errors of the input are returned joined, and nothing is added when there is one.
// A pattern with the same head, rest words and gap as an earlier one replaces it.
func (d *Dictionary) Load(r io.Reader, name string) error {
	pats, errs := parseVerbs(r, name)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, p := range pats {
		d.add(p, d.formsOf(p))
	}
	return nil
}

// parseVerbs parses a *.verbs file, returning its patterns or every error found.
func parseVerbs(r io.Reader, name string) ([]*Pattern, []error) {
	var (
		pats []*Pattern
		errs []error
		seen = make(map[patternKey]int)
	)
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		s, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(s)
		if len(fields) == 0 {
			continue
		}
		p, err := parsePattern(fields)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			continue
		}
		k := keyOf(p)
		if first, dup := seen[k]; dup {
			errs = append(errs, fmt.Errorf("%s:%d: pattern %q: already defined at line %d", name, line, strings.Join(fields[1:], " "), first))
			continue
		}
		seen[k] = line
		p.Rule = name + ":" + strconv.Itoa(line)
		pats = append(pats, p)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: read: %w", name, err))
	}
	return pats, errs
}

// parsePattern parses the fields of one line: CODE HEAD [..] [REST...] [+prep...]
// [$prep...] [-].
func parsePattern(fields []string) (*Pattern, error) {
	if len(fields) < 2 {
		return nil, fmt.Errorf("line %q: want CODE PATTERN", strings.Join(fields, " "))
	}
	code := fields[0]
	if _, ok := event.Lookup(code); !ok {
		return nil, fmt.Errorf("code %q: not a CAMEO code", code)
	}
	p := &Pattern{Code: code}
	head := strings.ToLower(fields[1])
	if h, ok := strings.CutPrefix(head, "~"); ok {
		p.Noun, head = true, h
	}
	if !validWord(head) {
		return nil, fmt.Errorf("head %q: want a lower-case word", fields[1])
	}
	p.Lemma = head
	marker := ""
	for i, f := range fields[2:] {
		w := strings.ToLower(f)
		switch {
		case w == "..":
			if i != 0 {
				return nil, fmt.Errorf("gap %q: must follow the head word", f)
			}
			p.Gap = maxGap
		case w == "-":
			p.NoTarget, marker = true, f
		case w[0] == '+' || w[0] == '$':
			prep := w[1:]
			if !validWord(prep) {
				return nil, fmt.Errorf("preposition %q: want a word after %c", f, w[0])
			}
			if w[0] == '$' {
				if !p.Noun {
					return nil, fmt.Errorf("source preposition %q: only noun heads (~word) take one", f)
				}
				p.SourcePrep = append(p.SourcePrep, prep)
			} else {
				p.TargetPrep = append(p.TargetPrep, prep)
			}
			marker = f
		case validWord(w):
			if marker != "" {
				return nil, fmt.Errorf("word %q after %q: rest words come before the markers", f, marker)
			}
			p.Rest = append(p.Rest, w)
		default:
			return nil, fmt.Errorf("word %q: want a word, '..', +prep, $prep or -", f)
		}
	}
	if p.Gap > 0 && len(p.Rest) == 0 {
		return nil, errors.New("gap '..': no rest word follows it")
	}
	if p.NoTarget && len(p.TargetPrep) > 0 {
		return nil, fmt.Errorf("'-' with target preposition %q: an intransitive trigger takes no target", p.TargetPrep[0])
	}
	return p, nil
}

// validWord accepts lower-case letters, digits, hyphens and apostrophes, starting with
// a letter.
func validWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}
