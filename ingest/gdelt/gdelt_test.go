package gdelt

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

func TestColumns(t *testing.T) {
	tests := []struct {
		v       Version
		withURL bool
		n       int
		last    string
	}{
		{V2, true, 61, "SOURCEURL"},
		{V1, false, 57, "DATEADDED"},
		{V1, true, 58, "SOURCEURL"},
	}
	for _, tt := range tests {
		cols := Columns(tt.v, tt.withURL)
		if len(cols) != tt.n || cols[0] != "GLOBALEVENTID" || cols[len(cols)-1] != tt.last {
			t.Errorf("Columns(%s, %v): %d columns, first %q, last %q; want %d, GLOBALEVENTID, %s", tt.v, tt.withURL, len(cols), cols[0], cols[len(cols)-1], tt.n, tt.last)
		}
	}
	// GDELT 2.0 adds an ADM2 code to each of the three geographies of 1.0.
	v2, v1 := Columns(V2, true), Columns(V1, true)
	var extra []string
	for _, c := range v2 {
		if !contains(v1, c) {
			extra = append(extra, c)
		}
	}
	if want := "Actor1Geo_ADM2Code Actor2Geo_ADM2Code ActionGeo_ADM2Code"; strings.Join(extra, " ") != want {
		t.Errorf("2.0 columns not in 1.0: %v, want %s", extra, want)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestISOFromFIPS(t *testing.T) {
	tests := []struct {
		fips, iso string
		ok        bool
	}{
		{"UP", "UKR", true}, {"RS", "RUS", true}, {"GM", "DEU", true}, {"SF", "ZAF", true},
		{"CH", "CHN", true}, {"KS", "KOR", true}, {"KN", "PRK", true}, {"RP", "PHL", true},
		{"GZ", "PSE", true}, {"WE", "PSE", true}, {"IS", "ISR", true}, {"KV", "XKX", true},
		{"IZ", "IRQ", true}, {"SU", "SDN", true}, {"OD", "SSD", true}, {"BM", "MMR", true},
		{"UK", "GBR", true}, {"AS", "AUS", true}, {"AU", "AUT", true}, {"EZ", "CZE", true},
		{"CG", "COD", true}, {"CF", "COG", true}, {"NI", "NGA", true}, {"NG", "NER", true},
		{"UV", "BFA", true}, {"LE", "LBN", true}, {"YM", "YEM", true}, {"SO", "SOM", true},
		{"AF", "AFG", true}, {"PK", "PAK", true}, {"IN", "IND", true}, {"MU", "OMN", true},
		{"YI", "SRB", true}, {"QA", "QAT", true}, {"US", "USA", true}, {"TU", "TUR", true},
		{"PG", "", true}, {"ZN", "", true},
		{"XX", "", false}, {"", "", false}, {"up", "", false},
	}
	for _, tt := range tests {
		iso, ok := ISOFromFIPS(tt.fips)
		if iso != tt.iso || ok != tt.ok {
			t.Errorf("ISOFromFIPS(%q) = %q, %v; want %q, %v", tt.fips, iso, ok, tt.iso, tt.ok)
		}
	}
	for iso, want := range map[string]string{"UKR": "UP", "DEU": "GM", "PSE": "WE", "SRB": "RI", "AUS": "AS", "FRA": "FR", "XKX": "KV"} {
		if got, ok := FIPSFromISO(iso); !ok || got != want {
			t.Errorf("FIPSFromISO(%q) = %q, %v; want %q", iso, got, ok, want)
		}
	}
	// Every FIPS code that is an ISO country's own code maps back to itself.
	for fips, e := range loadFIPS().byFIPS {
		if back, _ := FIPSFromISO(e.iso); e.iso != "" && back != fips {
			if iso2, _ := ISOFromFIPS(back); iso2 != e.iso {
				t.Errorf("FIPS %s → %s → %s → %s", fips, e.iso, back, iso2)
			}
		}
	}
	if n := len(loadFIPS().byFIPS); n < 270 {
		t.Errorf("FIPS table has %d codes, want the complete list (270+)", n)
	}
}

// readFile reads a testdata file, returning its events and stats.
func readFile(t testing.TB, name string) ([]event.Event, dataset.Stats, error) {
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var evs []event.Event
	st, err := Read(context.Background(), f, name, func(e event.Event) error {
		evs = append(evs, e)
		return nil
	}, dataset.Options{})
	return evs, st, err
}

func ids(evs []event.Event) string {
	var s []string
	for _, e := range evs {
		s = append(s, e.ID+"/"+e.Cameo+"/"+e.Location.Country+"/"+e.Coder.Version)
	}
	return strings.Join(s, " ")
}

func TestReadFiles(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"20200229.export.CSV", "gdelt:913004511/057/QAT/gdelt-2.0 gdelt:1028391001/195/UKR/gdelt-2.0 gdelt:1028391377/043/TUR/gdelt-2.0 gdelt:987112233/0871/PSE/gdelt-2.0"},
		{"20230415.export.CSV.zip", "gdelt:913004511/057/QAT/gdelt-2.0 gdelt:1028391001/195/UKR/gdelt-2.0 gdelt:1028391377/043/TUR/gdelt-2.0 gdelt:987112233/0871/PSE/gdelt-2.0 gdelt:1093344556/190/SDN/gdelt-2.0 gdelt:1093344600/020//gdelt-2.0"},
		{"1999.csv", "gdelt:180232911/195/SRB/gdelt-1.0 gdelt:171900512/057/USA/gdelt-1.0"},
		{"20140301.export.CSV", "gdelt:297801455/154/UKR/gdelt-1.0 gdelt:268001774/2041/SYR/gdelt-1.0"},
		{"20140301.export.CSV.gz", "gdelt:297801455/154/UKR/gdelt-1.0 gdelt:268001774/2041/SYR/gdelt-1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			evs, st, err := readFile(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(evs); got != tt.want {
				t.Errorf("events:\n got %s\nwant %s", got, tt.want)
			}
			if st.Read != len(evs) || st.Skipped != 0 || st.Bytes == 0 {
				t.Errorf("stats %+v", st)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestReadEvent(t *testing.T) {
	evs, _, err := readFile(t, "20200229.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	url := "https://news.example.org/2020/02/29/us-and-taliban-sign-deal-in-doha"
	want := event.Event{
		ID: "gdelt:913004511", ArticleID: ArticleID(url),
		Date:   event.Date{Value: "2020-02-29", Granularity: "day", Basis: event.BasisExplicit},
		Source: []event.Actor{{Code: "USAGOV", Name: "UNITED STATES"}},
		Target: []event.Actor{{Code: "AFGREB", Name: "TALIBAN"}},
		Cameo:  "057", Plover: event.Plover{Type: "AGREE"}, Goldstein: 8, QuadClass: 1,
		Modality: event.Asserted, Quantities: []event.Quantity{},
		Location: event.Location{Country: "QAT", Place: ptr("Doha, Ad Dawhah, Qatar")},
		Coder:    event.Coder{Version: "gdelt-2.0", Rule: "gdelt:057"},
		Provenance: &event.Provenance{Dataset: "gdelt", RecordID: "913004511", URL: url,
			Added: "2020-02-29T13:45:00Z", Mentions: 40, Sources: 6, Articles: 38, Tone: ptr(1.97), Root: ptr(true),
			Lat: ptr(25.2867), Lon: ptr(51.5333)},
	}
	if diff := cmp.Diff(want, evs[0]); diff != "" {
		t.Errorf("event (-want +got):\n%s", diff)
	}
	if len(want.ArticleID) != 16 {
		t.Errorf("article id %q: want 16 hex digits", want.ArticleID)
	}
	// The Israel–Hamas truce: a four-digit code keeps its PLOVER mode.
	if p := evs[3].Plover; p != (event.Plover{Type: "RETREAT", Mode: "ceasefire"}) {
		t.Errorf("0871 plover %+v", p)
	}
}

func TestReadBroken(t *testing.T) {
	var reported []string
	f, err := os.Open("testdata/broken.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var evs []event.Event
	st, err := Read(context.Background(), f, "broken.export.CSV", func(e event.Event) error {
		evs = append(evs, e)
		return nil
	}, dataset.Options{OnError: func(e *dataset.RowError) { reported = append(reported, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"broken.export.CSV:2: 60 columns, want 61 (GDELT 2.0), 57 or 58 (GDELT 1.0)",
		`broken.export.CSV:3: column 2 SQLDATE "20221345": want a date YYYYMMDD`,
		`broken.export.CSV:4: column 31 GoldsteinScale "-10,0": want a number from -10 to 10`,
		`broken.export.CSV:5: column 27 EventCode "ATK": want a CAMEO code of 2 to 4 digits, root 01 to 20`,
		"broken.export.CSV:7: invalid UTF-8 at byte",
		`broken.export.CSV:10: column 57 DATEADDED "2014-03-01": want a date YYYYMMDD or a time YYYYMMDDHHMMSS`,
		`broken.export.CSV:11: column 54 ActionGeo_Lat "144.8": want a latitude`,
	}
	if len(reported) != len(want) {
		t.Fatalf("reported %d errors, want %d:\n%s", len(reported), len(want), strings.Join(reported, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(reported[i], want[i]) {
			t.Errorf("error %d: %s\nwant %s", i, reported[i], want[i])
		}
	}
	if st.Read != 4 || st.Skipped != 7 || len(st.Errors) != 7 || len(evs) != 4 || evs[3].Coder.Version != "gdelt-1.0" {
		t.Errorf("stats %+v, %d events; want 4 read (the last a GDELT 1.0 row), 7 skipped", st, len(evs))
	}
}

func TestReadTruncatedGzip(t *testing.T) {
	row, err := os.ReadFile("testdata/20200229.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	for range 500 {
		w.Write(row)
	}
	w.Close()
	cut := b.Bytes()[:b.Len()*2/3]
	n := 0
	st, err := Read(context.Background(), bytes.NewReader(cut), "cut.gz", func(event.Event) error { n++; return nil }, dataset.Options{})
	var re *dataset.RowError
	if !errors.As(err, &re) || !errors.Is(err, dataset.ErrDamaged) || re.File != "cut.gz" || re.Line < 2 {
		t.Fatalf("error %v: want a row error of cut.gz naming a line, ErrDamaged", err)
	}
	if n == 0 || st.Read != n || st.Read+st.Skipped != re.Line {
		t.Errorf("read %d events, stats %+v, error at line %d: want every row before the cut read", n, st, re.Line)
	}
}

func TestReadStops(t *testing.T) {
	stop := errors.New("stop")
	f, _ := os.Open("testdata/20200229.export.CSV")
	defer f.Close()
	st, err := Read(context.Background(), f, "f", func(event.Event) error { return stop }, dataset.Options{})
	if !errors.Is(err, stop) || st.Read != 1 {
		t.Errorf("Read after fn error: %v, %+v", err, st)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Read(ctx, strings.NewReader("x\n"), "f", func(event.Event) error { return nil }, dataset.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context: %v", err)
	}
}

func TestDetect(t *testing.T) {
	row := strings.Repeat("x\t", 60) + "x"
	for line, want := range map[string]bool{
		row:                                 true,
		row + "\r\n":                        true,
		strings.Repeat("x\t", 56) + "x":     true,
		strings.Repeat("x\t", 59) + "x":     true,  // a malformed first row
		strings.Repeat("x\t", 26) + "x":     false, // a GKG row
		"event_id_cnty,event_date,year":     false,
		"Fighting resumed near Khartoum.":   false,
		"GLOBALEVENTID\tEventTimeDate\tURL": false, // a mentions file header
	} {
		if got := Detect([]byte(line)); got != want {
			t.Errorf("Detect(%.30q) = %v, want %v", line, got, want)
		}
	}
}

func TestReadHeaderRow(t *testing.T) {
	row, err := os.ReadFile("testdata/20200229.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Join(Columns(V2, true), "\t") + "\n" + string(row)
	st, err := Read(context.Background(), strings.NewReader(in), "h.tsv", func(event.Event) error { return nil }, dataset.Options{})
	if err != nil || st.Read != 4 || st.Skipped != 0 {
		t.Errorf("stats %+v, %v: want the header row ignored and 4 rows read", st, err)
	}
}
