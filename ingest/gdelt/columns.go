package gdelt

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/peacewatch/peacewatch/ingest/dataset"
)

// The column tables of the GDELT event codebooks: layout, 1-based column, name.
//
//go:embed data/columns.tsv
var columnsTSV string

// Version names a GDELT event file format.
type Version string

// The formats Read accepts.
const (
	V2 Version = "2.0" // GDELT 2.0 event exports: 61 columns
	V1 Version = "1.0" // GDELT 1.0 events: 57 columns, 58 with SOURCEURL
)

// layout is one column layout, with the index of every column the reader uses
// (-1 when the layout lacks it).
type layout struct {
	name    string
	version Version
	columns []string

	id, sqlDate, actor1Code, actor1Name, actor2Code, actor2Name    int
	isRoot, eventCode, baseCode, rootCode, quadClass, goldstein    int
	mentions, sources, articles, tone                              int
	geoFullName, geoCountry, geoLat, geoLong, dateAdded, sourceURL int
}

// layouts are the parsed column tables, by column count.
type layouts map[int]*layout

var loadLayouts = sync.OnceValue(func() layouts {
	ls, err := parseLayouts(columnsTSV)
	if err != nil {
		panic(fmt.Sprintf("gdelt: embedded data/columns.tsv: %v", err))
	}
	return ls
})

// Columns returns the column names of a layout in file order: V2 (61 columns) or V1
// with withURL false (57, the historical backfiles) or true (58, the daily files).
func Columns(v Version, withURL bool) []string {
	for _, l := range loadLayouts() {
		if l.version == v && (v == V2 || (l.sourceURL >= 0) == withURL) {
			return append([]string(nil), l.columns...)
		}
	}
	return nil
}

// parseLayouts reads the column table; the embedded copy is checked by the tests.
func parseLayouts(src string) (layouts, error) {
	byName := map[string]*layout{}
	var order []*layout
	err := dataset.TableRows(src, "columns.tsv", "layout\tcolumn\tname", 3, func(f []string) error {
		l := byName[f[0]]
		if l == nil {
			l = &layout{name: f[0]}
			byName[f[0]] = l
			order = append(order, l)
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n != len(l.columns)+1 {
			return fmt.Errorf("column %q of %s: want %d", f[1], f[0], len(l.columns)+1)
		}
		l.columns = append(l.columns, f[2])
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := layouts{}
	for _, l := range order {
		if err := l.resolve(); err != nil {
			return nil, fmt.Errorf("layout %s: %w", l.name, err)
		}
		if out[len(l.columns)] != nil {
			return nil, fmt.Errorf("layout %s: %d columns, as layout %s", l.name, len(l.columns), out[len(l.columns)].name)
		}
		out[len(l.columns)] = l
	}
	return out, nil
}

// resolve finds the columns the reader uses by name.
func (l *layout) resolve() error {
	switch {
	case strings.HasPrefix(l.name, "2."):
		l.version = V2
	case strings.HasPrefix(l.name, "1."):
		l.version = V1
	default:
		return fmt.Errorf("unknown version: want a name starting 1. or 2.")
	}
	idx := make(map[string]int, len(l.columns))
	for i, c := range l.columns {
		if _, dup := idx[c]; dup {
			return fmt.Errorf("column %s twice", c)
		}
		idx[c] = i
	}
	var missing []string
	need := func(p *int, name string) {
		i, ok := idx[name]
		if !ok {
			missing = append(missing, name)
		}
		*p = i
	}
	need(&l.id, "GLOBALEVENTID")
	need(&l.sqlDate, "SQLDATE")
	need(&l.actor1Code, "Actor1Code")
	need(&l.actor1Name, "Actor1Name")
	need(&l.actor2Code, "Actor2Code")
	need(&l.actor2Name, "Actor2Name")
	need(&l.isRoot, "IsRootEvent")
	need(&l.eventCode, "EventCode")
	need(&l.baseCode, "EventBaseCode")
	need(&l.rootCode, "EventRootCode")
	need(&l.quadClass, "QuadClass")
	need(&l.goldstein, "GoldsteinScale")
	need(&l.mentions, "NumMentions")
	need(&l.sources, "NumSources")
	need(&l.articles, "NumArticles")
	need(&l.tone, "AvgTone")
	need(&l.geoFullName, "ActionGeo_FullName")
	need(&l.geoCountry, "ActionGeo_CountryCode")
	need(&l.geoLat, "ActionGeo_Lat")
	need(&l.geoLong, "ActionGeo_Long")
	need(&l.dateAdded, "DATEADDED")
	if len(missing) > 0 {
		return fmt.Errorf("no column %s", strings.Join(missing, ", "))
	}
	l.sourceURL = -1
	if i, ok := idx["SOURCEURL"]; ok {
		l.sourceURL = i
	}
	return nil
}
