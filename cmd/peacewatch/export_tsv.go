package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
	"github.com/peacewatch/peacewatch/store"
)

// tsvWriter writes events as rows of a GDELT 2.0 event export: the 61 columns of
// gdelt.Columns(gdelt.V2), tab-separated, without a header, so that tools written for
// GDELT's files read them. docs/reading.md lists what fills each column. An event
// GDELT's format cannot hold (no date, no CAMEO code) is left out and counted in
// skipped.
type tsvWriter struct {
	w       *bufio.Writer
	col     map[string]int
	row     []string
	arts    *articleCache
	written int
	skipped int
}

func newTSVWriter(w io.Writer, arts *articleCache) (*tsvWriter, error) {
	names := gdelt.Columns(gdelt.V2, true)
	if len(names) != 61 {
		return nil, fmt.Errorf("gdelt 2.0 column table: %d columns, want 61", len(names))
	}
	col := make(map[string]int, len(names))
	for i, n := range names {
		col[n] = i
	}
	return &tsvWriter{w: bufio.NewWriter(w), col: col, row: make([]string, len(names)), arts: arts}, nil
}

func (t *tsvWriter) write(ctx context.Context, e event.Event) error {
	date, ok := gdeltDate(e.Date.Value)
	if !ok || !validCameo(e.Cameo) {
		t.skipped++
		return nil
	}
	for i := range t.row {
		t.row[i] = ""
	}
	set := func(name, v string) { t.row[t.col[name]] = tsvField(v) }

	set("GLOBALEVENTID", strconv.FormatUint(globalEventID(e), 10))
	set("SQLDATE", date.Format("20060102"))
	set("MonthYear", date.Format("200601"))
	set("Year", date.Format("2006"))
	set("FractionDate", fractionDate(date))
	for i, as := range [][]event.Actor{e.Source, e.Target} {
		if len(as) == 0 {
			continue
		}
		a := cameoActor(as[0].Code)
		p := fmt.Sprintf("Actor%d", i+1)
		set(p+"Code", as[0].Code)
		set(p+"Name", as[0].Name)
		set(p+"CountryCode", a.country)
		set(p+"KnownGroupCode", a.group)
		set(p+"Type1Code", a.type1)
	}
	set("EventCode", e.Cameo)
	set("EventBaseCode", e.Cameo[:min(3, len(e.Cameo))])
	set("EventRootCode", e.Cameo[:2])
	quad := e.QuadClass
	if quad < 1 || quad > 4 {
		quad = event.QuadClass(e.Cameo)
	}
	set("QuadClass", strconv.Itoa(quad))
	set("GoldsteinScale", goldsteinText(e.Goldstein))

	url, added := "", ""
	if p := e.Provenance; p != nil {
		url = p.URL
		added = dateAdded(p.Added)
		if p.Root != nil {
			set("IsRootEvent", boolDigit(*p.Root))
		}
		set("NumMentions", countText(p.Mentions))
		set("NumSources", countText(p.Sources))
		set("NumArticles", countText(p.Articles))
		if p.Tone != nil {
			set("AvgTone", strconv.FormatFloat(*p.Tone, 'f', -1, 64))
		}
		if p.Lat != nil && p.Lon != nil {
			set("ActionGeo_Lat", strconv.FormatFloat(*p.Lat, 'f', -1, 64))
			set("ActionGeo_Long", strconv.FormatFloat(*p.Lon, 'f', -1, 64))
		}
	} else {
		// An event coded from text is one mention in one article of one source; the
		// first sentence stands for GDELT's lead paragraph.
		set("IsRootEvent", boolDigit(e.Sentence == 0))
		set("NumMentions", "1")
		set("NumSources", "1")
		set("NumArticles", "1")
	}
	if (url == "" || added == "") && e.ArticleID != "" {
		a, err := t.arts.get(ctx, e.ArticleID)
		if err != nil {
			return err
		}
		if url == "" {
			url = a.URL
		}
		if added == "" && !a.Date.IsZero() {
			added = a.Date.UTC().Format("20060102150405")
		}
	}
	if c := e.Location.Country; c != "" {
		fips, _ := gdelt.FIPSFromISO(c)
		set("ActionGeo_CountryCode", fips)
		if e.Location.Place == nil {
			set("ActionGeo_Type", "1") // a country
		}
	}
	if e.Location.Place != nil {
		set("ActionGeo_FullName", *e.Location.Place)
	}
	set("DATEADDED", added)
	set("SOURCEURL", url)

	if _, err := t.w.WriteString(strings.Join(t.row, "\t")); err != nil {
		return err
	}
	t.written++
	return t.w.WriteByte('\n')
}

func (t *tsvWriter) flush() error { return t.w.Flush() }

// gdeltDate reads an event date as GDELT's SQLDATE day: a coarser date (2020-03,
// 2020) stands for its first day, as peacewatch dates periods.
func gdeltDate(v string) (time.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(v) == len(layout) {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// validCameo tells whether code is a CAMEO code GDELT's format holds: 2 to 4
// digits, root 01 to 20.
func validCameo(code string) bool {
	return len(code) >= 2 && len(code) <= 4 && strings.Trim(code, "0123456789") == "" && event.QuadClass(code) != 0
}

// fractionDate is GDELT's FractionDate: the year plus ((month-1)*30 + day)/365, to
// four decimals, as GDELT's own files compute it.
func fractionDate(d time.Time) string {
	f := float64(d.Year()) + float64((int(d.Month())-1)*30+d.Day())/365
	return strconv.FormatFloat(f, 'f', 4, 64)
}

// globalEventID is the event's GLOBALEVENTID: the GDELT record's own for an event
// imported from GDELT, else a stable 53-bit number from the event id (exact in a
// float64, as spreadsheets and JSON readers hold numbers).
func globalEventID(e event.Event) uint64 {
	if p := e.Provenance; p != nil && p.Dataset == "gdelt" {
		if n, err := strconv.ParseUint(p.RecordID, 10, 64); err == nil {
			return n
		}
	}
	sum := sha256.Sum256([]byte(e.ID))
	return binary.BigEndian.Uint64(sum[:8])>>11 | 1
}

// cameoParts are the attributes GDELT breaks an actor code into.
type cameoParts struct {
	country, group, type1 string
}

// orgPrefixes are CAMEO's codes for actors that are not of one country: an
// organisation's code follows them (IGOUNO: the UN; NGOHRW).
var orgPrefixes = []string{"IGO", "NGO", "NGM", "MNC", "IMG"}

// cameoActor splits a CAMEO actor code: an ISO country (AFG of AFGREB) and the role
// after it (REB), or an organisation type (IGO of IGOUNO) and the group (UNO).
func cameoActor(code string) cameoParts {
	if len(code) < 3 {
		return cameoParts{}
	}
	head, rest := code[:3], code[3:]
	for _, p := range orgPrefixes {
		if head == p {
			return cameoParts{group: rest[:min(3, len(rest))], type1: head}
		}
	}
	if _, ok := gdelt.FIPSFromISO(head); !ok {
		return cameoParts{}
	}
	return cameoParts{country: head, type1: rest[:min(3, len(rest))]}
}

// goldsteinText writes a Goldstein score as GDELT does, with at least one decimal.
func goldsteinText(g float64) string {
	s := strconv.FormatFloat(g, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// dateAdded turns provenance's RFC 3339 or ISO date into GDELT 2.0's DATEADDED
// (YYYYMMDDHHMMSS, UTC), "" when it is neither.
func dateAdded(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format("20060102150405")
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("20060102150405")
	}
	return ""
}

func countText(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func boolDigit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// tsvField keeps a value on its row and in its column: tabs and line breaks become
// spaces.
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return ' '
		}
		return r
	}, s)
}

// articleRef is what the TSV takes from an event's article.
type articleRef struct {
	URL  string
	Date time.Time
}

// articleCache looks up the articles of exported events, keeping only their URL and
// date, for a bounded number of articles.
type articleCache struct {
	st store.Store
	m  map[string]articleRef
}

// articleCacheSize bounds the articles kept (a few MB); the cache starts over when it
// is full.
const articleCacheSize = 1 << 16

func newArticleCache(st store.Store) *articleCache {
	return &articleCache{st: st, m: map[string]articleRef{}}
}

// get returns the URL and date of the stored article id; an article that is not
// stored (events imported from GDELT name articles by URL) has neither.
func (c *articleCache) get(ctx context.Context, id string) (articleRef, error) {
	if a, ok := c.m[id]; ok {
		return a, nil
	}
	var ref articleRef
	a, err := c.st.Article(ctx, id)
	switch {
	case err == nil:
		ref = articleRef{URL: a.URL, Date: a.Date}
	case !errors.Is(err, store.ErrNotFound):
		return articleRef{}, fmt.Errorf("article %s of an exported event: %w", id, err)
	}
	if len(c.m) >= articleCacheSize {
		clear(c.m)
	}
	c.m[id] = ref
	return ref, nil
}
