package acled

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// The ACLED event and sub-event types with their CAMEO codes and the reasons.
//
//go:embed data/types.tsv
var typesTSV string

// The ACLED actor types (inter codes) with their CAMEO roles.
//
//go:embed data/inter.tsv
var interTSV string

// tables are the parsed data files.
type tables struct {
	types map[string]string // typeKey(event_type, sub_event_type) → CAMEO code ("" none)
	inter map[string]string // inter number or lower-cased name → role
	iso   map[int]string    // ISO 3166-1 numeric → alpha-3
}

var loadTables = sync.OnceValue(func() *tables {
	t, err := parseTables(typesTSV, interTSV, isoTSV)
	if err != nil {
		panic(fmt.Sprintf("acled: embedded data: %v", err))
	}
	return t
})

func typeKey(eventType, subType string) string {
	return strings.ToLower(strings.TrimSpace(eventType)) + "\x00" + strings.ToLower(strings.TrimSpace(subType))
}

// Cameo returns the CAMEO code of an ACLED event type and sub-event type: the exact
// pair of data/types.tsv, else the event type's "*" row. code is "" when CAMEO has no
// such event (Strategic developments / Other); ok is false when the table does not
// know the type at all. Matching ignores case.
func Cameo(eventType, subType string) (code string, ok bool) {
	t := loadTables().types
	if code, ok := t[typeKey(eventType, subType)]; ok {
		return code, true
	}
	code, ok = t[typeKey(eventType, "*")]
	return code, ok
}

// Role returns the CAMEO role code of an ACLED actor type, given as its number ("2")
// or its name ("Rebel group"); ok is false for an unknown type.
func Role(inter string) (role string, ok bool) {
	role, ok = loadTables().inter[strings.ToLower(strings.TrimSpace(inter))]
	return role, ok
}

// ISO3 returns the ISO 3166-1 alpha-3 code of a numeric code (804 → "UKR").
func ISO3(numeric int) (string, bool) {
	a, ok := loadTables().iso[numeric]
	return a, ok
}

func parseTables(types, inter, iso string) (*tables, error) {
	t := &tables{types: map[string]string{}, inter: map[string]string{}, iso: map[int]string{}}
	err := dataset.TableRows(types, "types.tsv", "event_type\tsub_event_type\tcameo\treason", 4, func(f []string) error {
		if f[2] != "" {
			if _, ok := event.Lookup(f[2]); !ok {
				return fmt.Errorf("cameo %q: not in the CAMEO codebook", f[2])
			}
		}
		k := typeKey(f[0], f[1])
		if _, dup := t.types[k]; dup {
			return fmt.Errorf("%s / %s twice", f[0], f[1])
		}
		t.types[k] = f[2]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = dataset.TableRows(inter, "inter.tsv", "inter\tname\trole", 3, func(f []string) error {
		t.inter[f[0]] = f[2]
		t.inter[strings.ToLower(f[1])] = f[2]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = dataset.TableRows(iso, "iso_numeric.tsv", "numeric\talpha3\tname", 3, func(f []string) error {
		n, err := strconv.Atoi(f[0])
		if err != nil || len(f[1]) != 3 {
			return fmt.Errorf("%q %q: want a number and a 3-letter code", f[0], f[1])
		}
		t.iso[n] = f[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}
