package gdelt

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// FIPS 10-4 country codes and their ISO 3166-1 alpha-3 equivalents: fips, iso3, name,
// primary (the FIPS code of an ISO code several share).
//
//go:embed data/fips.tsv
var fipsTSV string

// fipsEntry is one row of the FIPS table.
type fipsEntry struct {
	iso, name string
}

// fipsTable maps both ways.
type fipsTable struct {
	byFIPS map[string]fipsEntry
	byISO  map[string]string
}

var loadFIPS = sync.OnceValue(func() *fipsTable {
	t, err := parseFIPS(fipsTSV)
	if err != nil {
		panic(fmt.Sprintf("gdelt: embedded data/fips.tsv: %v", err))
	}
	return t
})

// ISOFromFIPS returns the ISO 3166-1 alpha-3 code of a FIPS 10-4 country code ("UP"
// → "UKR", "GZ" → "PSE"). ok is false for a code the table does not know; a known
// code with no ISO country (the oceans, the Spratly Islands) returns "" and true.
func ISOFromFIPS(fips string) (iso string, ok bool) {
	e, ok := loadFIPS().byFIPS[fips]
	return e.iso, ok
}

// FIPSFromISO returns the FIPS 10-4 code of an ISO 3166-1 alpha-3 code ("UKR" →
// "UP"), for writing events back in GDELT's format. Where several FIPS codes map to
// one ISO code it returns the table's primary one (PSE → "WE": the split between Gaza
// and the West Bank is lost). ok is false for a code the table does not map.
func FIPSFromISO(iso string) (fips string, ok bool) {
	fips, ok = loadFIPS().byISO[iso]
	return fips, ok
}

func parseFIPS(src string) (*fipsTable, error) {
	t := &fipsTable{byFIPS: map[string]fipsEntry{}, byISO: map[string]string{}}
	shared := map[string]int{} // ISO code → FIPS codes mapping to it
	primary := map[string]string{}
	err := dataset.TableRows(src, "fips.tsv", "fips\tiso3\tname\tprimary", 4, func(f []string) error {
		if len(f[0]) != 2 || (f[1] != "" && len(f[1]) != 3) || f[2] == "" || (f[3] != "" && f[3] != "yes") {
			return fmt.Errorf("%q: want a 2-letter code, a 3-letter code or nothing, a name, yes or nothing", strings.Join(f, "\t"))
		}
		if _, dup := t.byFIPS[f[0]]; dup {
			return fmt.Errorf("code %s twice", f[0])
		}
		t.byFIPS[f[0]] = fipsEntry{iso: f[1], name: f[2]}
		if f[1] == "" {
			return nil
		}
		shared[f[1]]++
		if _, seen := t.byISO[f[1]]; !seen {
			t.byISO[f[1]] = f[0]
		}
		if f[3] == "yes" {
			if p, dup := primary[f[1]]; dup {
				return fmt.Errorf("%s is the primary code of %s, and so is %s", f[0], f[1], p)
			}
			primary[f[1]] = f[0]
			t.byISO[f[1]] = f[0]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for iso, n := range shared {
		if n > 1 && primary[iso] == "" {
			return nil, fmt.Errorf("%s has %d FIPS codes and no primary one", iso, n)
		}
	}
	return t, nil
}
