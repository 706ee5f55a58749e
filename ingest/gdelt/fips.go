package gdelt

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// FIPS 10-4 country codes and their ISO 3166-1 alpha-3 equivalents: fips, iso3, name.
//
//go:embed data/fips.tsv
var fipsTSV string

// fipsEntry is one row of the FIPS table.
type fipsEntry struct {
	iso, name string
}

var loadFIPS = sync.OnceValue(func() map[string]fipsEntry {
	m, err := parseFIPS(fipsTSV)
	if err != nil {
		panic(fmt.Sprintf("gdelt: embedded data/fips.tsv: %v", err))
	}
	return m
})

// ISOFromFIPS returns the ISO 3166-1 alpha-3 code of a FIPS 10-4 country code ("UP"
// → "UKR", "GZ" → "PSE"). ok is false for a code the table does not know; a known
// code with no ISO country (the oceans, the Spratly Islands) returns "" and true.
func ISOFromFIPS(fips string) (iso string, ok bool) {
	e, ok := loadFIPS()[fips]
	return e.iso, ok
}

func parseFIPS(src string) (map[string]fipsEntry, error) {
	m := map[string]fipsEntry{}
	sc := bufio.NewScanner(strings.NewReader(src))
	line, header := 0, false
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !header {
			if text != "fips\tiso3\tname" {
				return nil, fmt.Errorf("line %d: header %q: want fips, iso3, name", line, text)
			}
			header = true
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 3 || len(f[0]) != 2 || (f[1] != "" && len(f[1]) != 3) || f[2] == "" {
			return nil, fmt.Errorf("line %d: %q: want a 2-letter code, a 3-letter code or nothing, a name", line, text)
		}
		if _, dup := m[f[0]]; dup {
			return nil, fmt.Errorf("line %d: code %s twice", line, f[0])
		}
		m[f[0]] = fipsEntry{iso: f[1], name: f[2]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read fips table: %w", err)
	}
	return m, nil
}
