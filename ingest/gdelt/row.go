package gdelt

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/event"
)

// rowParser turns rows into events, reusing its field buffer between rows.
type rowParser struct {
	fields []string
}

// ParseRow maps one GDELT event row (a line without its newline) to an event. The
// layout is chosen by the number of tab-separated columns: 61 for GDELT 2.0, 57 or 58
// for GDELT 1.0. The error says which column is wrong and why.
func ParseRow(line string) (event.Event, error) {
	var p rowParser
	return p.parse(line)
}

func (p *rowParser) parse(line string) (event.Event, error) {
	if !utf8.ValidString(line) {
		return event.Event{}, fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(line))
	}
	n := strings.Count(line, "\t") + 1
	l := loadLayouts()[n]
	if l == nil {
		return event.Event{}, fmt.Errorf("%d columns, want 61 (GDELT 2.0), 57 or 58 (GDELT 1.0)", n)
	}
	f := p.fields[:0]
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			f = append(f, line)
			break
		}
		f = append(f, line[:i])
		line = line[i+1:]
	}
	p.fields = f
	return l.event(f)
}

func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return 0
}

// event maps the fields of a row in layout l.
func (l *layout) event(f []string) (event.Event, error) {
	col := func(i int) string { return strings.TrimSpace(f[i]) }
	bad := func(i int, want string) error {
		return fmt.Errorf("column %d %s %q: want %s", i+1, l.columns[i], f[i], want)
	}

	id := col(l.id)
	if !digits(id) {
		return event.Event{}, bad(l.id, "a number")
	}
	date, err := time.Parse("20060102", col(l.sqlDate))
	if err != nil || len(col(l.sqlDate)) != 8 || date.Year() < 1900 {
		return event.Event{}, bad(l.sqlDate, "a date YYYYMMDD")
	}
	code := col(l.eventCode)
	if !digits(code) || len(code) < 2 || len(code) > 4 || event.QuadClass(code) == 0 {
		return event.Event{}, bad(l.eventCode, "a CAMEO code of 2 to 4 digits, root 01 to 20")
	}
	info := lookup(code, col(l.baseCode), col(l.rootCode))

	quad := event.QuadClass(code)
	if s := col(l.quadClass); s != "" {
		q, err := strconv.Atoi(s)
		if err != nil || q < 1 || q > 4 {
			return event.Event{}, bad(l.quadClass, "1 to 4")
		}
		quad = q
	}
	goldstein := info.Goldstein
	if s := col(l.goldstein); s != "" {
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || g < -10 || g > 10 {
			return event.Event{}, bad(l.goldstein, "a number from -10 to 10")
		}
		goldstein = g
	}

	prov := &event.Provenance{Dataset: "gdelt", RecordID: id}
	for _, c := range []struct {
		i   int
		dst *int
	}{{l.mentions, &prov.Mentions}, {l.sources, &prov.Sources}, {l.articles, &prov.Articles}} {
		if s := col(c.i); s != "" {
			v, err := strconv.Atoi(s)
			if err != nil || v < 0 {
				return event.Event{}, bad(c.i, "a count")
			}
			*c.dst = v
		}
	}
	if s := col(l.tone); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v < -100 || v > 100 {
			return event.Event{}, bad(l.tone, "a number from -100 to 100")
		}
		prov.Tone = &v
	}
	switch col(l.isRoot) {
	case "":
	case "0", "1":
		root := col(l.isRoot) == "1"
		prov.Root = &root
	default:
		return event.Event{}, bad(l.isRoot, "0 or 1")
	}
	if prov.Lat, err = coordinate(col(l.geoLat), 90); err != nil {
		return event.Event{}, bad(l.geoLat, "a latitude")
	}
	if prov.Lon, err = coordinate(col(l.geoLong), 180); err != nil {
		return event.Event{}, bad(l.geoLong, "a longitude")
	}
	if prov.Added, err = added(col(l.dateAdded)); err != nil {
		return event.Event{}, bad(l.dateAdded, "a date YYYYMMDD or a time YYYYMMDDHHMMSS")
	}

	e := event.Event{
		ID:         "gdelt:" + id,
		Date:       event.Date{Value: date.Format(time.DateOnly), Granularity: "day", Basis: event.BasisExplicit},
		Source:     actors(col(l.actor1Code), col(l.actor1Name)),
		Target:     actors(col(l.actor2Code), col(l.actor2Name)),
		Cameo:      code,
		Plover:     info.Plover,
		Goldstein:  goldstein,
		QuadClass:  quad,
		Modality:   event.Asserted,
		Quantities: []event.Quantity{},
		Coder:      event.Coder{Version: "gdelt-" + string(l.version), Rule: "gdelt:" + code},
		Provenance: prov,
	}
	if fips := col(l.geoCountry); fips != "" {
		e.Location.Country, _ = ISOFromFIPS(fips)
	}
	if place := col(l.geoFullName); place != "" {
		e.Location.Place = &place
	}
	if l.sourceURL >= 0 {
		if url := col(l.sourceURL); url != "" {
			prov.URL = url
			e.ArticleID = ArticleID(url)
		}
	}
	return e, nil
}

// ArticleID is the article id events from GDELT take from their SOURCEURL: the first
// 16 hex digits of the URL's SHA-256, so every event of one article shares it.
func ArticleID(url string) string {
	sum := sha256.Sum256([]byte(url))
	return hex.EncodeToString(sum[:8])
}

// lookup finds the codebook entry of a code, else of its base or root code as the
// row gives them (GDELT codes a few variants the CAMEO codebook lacks).
func lookup(codes ...string) event.Info {
	for _, c := range codes {
		if info, ok := event.Lookup(c); ok {
			return info
		}
	}
	return event.Info{}
}

func actors(code, name string) []event.Actor {
	if code == "" && name == "" {
		return []event.Actor{}
	}
	return []event.Actor{{Code: code, Name: name}}
}

var errRange = errors.New("out of range")

func coordinate(s string, limit float64) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, err
	}
	if v < -limit || v > limit {
		return nil, errRange
	}
	return &v, nil
}

// added converts DATEADDED (YYYYMMDD in 1.0, YYYYMMDDHHMMSS UTC in 2.0) to RFC 3339.
func added(s string) (string, error) {
	switch {
	case s == "":
		return "", nil
	case len(s) == 8 && digits(s):
		t, err := time.Parse("20060102", s)
		if err != nil {
			return "", err
		}
		return t.Format(time.DateOnly), nil
	case len(s) == 14 && digits(s):
		t, err := time.Parse("20060102150405", s)
		if err != nil {
			return "", err
		}
		return t.Format(time.RFC3339), nil
	}
	return "", errRange
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
