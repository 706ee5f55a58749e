package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The CAMEO 1.1b3 codebook: every root, 3-digit and 4-digit event code with its name,
// its Goldstein score (−10..+10) and its PLOVER type and mode. Columns: code, name,
// goldstein, plover_type, plover_mode, separated by tabs, with one header row. For
// AGREE, REQUEST, REJECT and THREATEN the mode names, in lower case, the PLOVER category
// of what is agreed, requested, rejected or threatened, as PLOVER does.
//
//go:embed data/cameo.tsv
var cameoTSV string

// Info is the codebook entry of one CAMEO event code.
type Info struct {
	Code      string
	Name      string
	Goldstein float64
	QuadClass int
	Plover    Plover
}

// codebook is the parsed, read-only CAMEO table.
type codebook struct {
	byCode map[string]Info
	codes  []string
}

var loadCodebook = sync.OnceValue(func() *codebook {
	cb, err := parseCodebook(cameoTSV)
	if err != nil {
		panic(fmt.Sprintf("event: embedded data/cameo.tsv: %v", err))
	}
	return cb
})

// parseCodebook reads the codebook table; the embedded copy is checked by the tests.
func parseCodebook(src string) (*codebook, error) {
	cb := &codebook{byCode: make(map[string]Info)}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if sc.Text() != "code\tname\tgoldstein\tplover_type\tplover_mode" {
				return nil, fmt.Errorf("line 1: header %q: want code, name, goldstein, plover_type, plover_mode", sc.Text())
			}
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d columns, want 5", line, len(f))
		}
		code := f[0]
		if !validCode(code) {
			return nil, fmt.Errorf("line %d: code %q: want 2 to 4 digits", line, code)
		}
		if _, dup := cb.byCode[code]; dup {
			return nil, fmt.Errorf("line %d: code %q: duplicate", line, code)
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("line %d: goldstein %q of %s: want a number in -10..10", line, f[2], code)
		}
		if f[1] == "" {
			return nil, fmt.Errorf("line %d: code %s: empty name", line, code)
		}
		cb.byCode[code] = Info{Code: code, Name: f[1], Goldstein: g, QuadClass: QuadClass(code),
			Plover: Plover{Type: f[3], Mode: f[4]}}
		cb.codes = append(cb.codes, code)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read codebook: %w", err)
	}
	slices.Sort(cb.codes)
	return cb, nil
}

func validCode(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Lookup returns the codebook entry of an exact CAMEO code ("0874"); false when the
// codebook has no such code.
func Lookup(code string) (Info, bool) {
	info, ok := loadCodebook().byCode[code]
	return info, ok
}

// Root returns the two-digit root of a CAMEO code ("0874" → "08"), or "" for a code
// shorter than two characters.
func Root(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// QuadClass returns the quad class of a CAMEO code from its root: 1 verbal cooperation
// (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict
// (14–20); 0 when the root is not one of 01–20.
func QuadClass(code string) int {
	r, err := strconv.Atoi(Root(code))
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	default:
		return 4
	}
}

// Codes returns every code of the codebook, sorted; the caller owns the slice.
func Codes() []string {
	return slices.Clone(loadCodebook().codes)
}
