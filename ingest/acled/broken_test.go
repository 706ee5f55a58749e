package acled

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

func TestReadBroken(t *testing.T) {
	var reported []string
	evs, st, err := readFile(t, "broken.csv", dataset.Options{OnError: func(e *dataset.RowError) { reported = append(reported, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"broken.csv:3: 16 columns, want 31 as in the header",
		`broken.csv:4: event_date "31 April 2023": want a date`,
		`broken.csv:5: fatalities "many": want a count`,
		"broken.csv:6: broken quotes",
		`broken.csv:8: event_type "Ceasefires", sub_event_type "Ceasefire declared": not in the ACLED type table`,
		"broken.csv:11: column 22: invalid UTF-8",
	}
	if len(reported) != len(want) {
		t.Fatalf("reported %d errors, want %d:\n%s", len(reported), len(want), strings.Join(reported, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(reported[i], want[i]) {
			t.Errorf("error %d: %s\nwant %s...", i, reported[i], want[i])
		}
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.ID)
	}
	if strings.Join(got, " ") != "acled:UKR1001 acled:AFG4001 acled:ETH6001 acled:ISR7001" || st.Read != 4 || st.Skipped != 6 {
		t.Errorf("read %v, stats %+v; want the 4 good rows read, 6 skipped", got, st)
	}
}

func TestReadHeaderless(t *testing.T) {
	tests := map[string]string{
		"empty":       "",
		"no header":   "UKR1001,24 February 2022,2022,1\n",
		"gdelt row":   "913004511\t20200229\t202002\n",
		"bad quoting": "\"event_id_cnty,event_date\n",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			st, err := NewReader(nil).Read(context.Background(), strings.NewReader(in), "x.csv", func(event.Event) error { return nil }, dataset.Options{})
			var re *dataset.RowError
			if !errors.As(err, &re) || re.File != "x.csv" || re.Line != 1 || st.Read != 0 {
				t.Errorf("error %v, stats %+v: want a row error at x.csv:1", err, st)
			}
		})
	}
}

func TestReadTruncatedGzip(t *testing.T) {
	src, err := os.ReadFile("testdata/acled_2023.csv")
	if err != nil {
		t.Fatal(err)
	}
	header, body, _ := bytes.Cut(src, []byte("\n"))
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(append(header, '\n'))
	for range 300 {
		w.Write(body)
	}
	w.Close()
	cut := b.Bytes()[:b.Len()/2]
	n := 0
	st, err := NewReader(dict(t)).Read(context.Background(), bytes.NewReader(cut), "cut.csv.gz", func(event.Event) error { n++; return nil }, dataset.Options{})
	var re *dataset.RowError
	if !errors.As(err, &re) || !errors.Is(err, dataset.ErrDamaged) || re.Line < 2 {
		t.Fatalf("error %v: want a row error naming a line, ErrDamaged", err)
	}
	if n == 0 || st.Read != n {
		t.Errorf("read %d events, stats %+v", n, st)
	}
}

func TestSplitRecord(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  error
	}{
		{`a,b,c`, []string{"a", "b", "c"}, nil},
		{`a,,`, []string{"a", "", ""}, nil},
		{``, []string{""}, nil},
		{`"a, b",c`, []string{"a, b", "c"}, nil},
		{`"say ""no""",x`, []string{`say "no"`, "x"}, nil},
		{`a "quoted" word,b`, []string{`a "quoted" word`, "b"}, nil},
		{"\"two\nlines\",b", []string{"two\nlines", "b"}, nil},
		{`"open,b`, nil, errUnclosed},
		{`"closed"x,b`, nil, errQuote},
	}
	for _, tt := range tests {
		got, err := splitRecord(tt.in, nil)
		if err != tt.err || err == nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitRecord(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// TestReadMultiline reads notes that span lines inside quotes: one event, and the
// rows after it keep their line numbers in errors.
func TestReadMultiline(t *testing.T) {
	src, err := os.ReadFile("testdata/acled_2023.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")
	multi := strings.Replace(lines[2], "clashed around", "clashed\naround\n\naround", 1) // lines 3-6
	bad := strings.Replace(lines[3], "20 October 2020", "20 Octobre 2020", 1)            // line 7
	in := strings.Join([]string{lines[0], lines[1], multi, bad, lines[4]}, "\n") + "\n"
	var reported []string
	var notes []string
	st, err := NewReader(dict(t)).Read(context.Background(), strings.NewReader(in), "m.csv", func(e event.Event) error {
		notes = append(notes, e.Provenance.Notes)
		return nil
	}, dataset.Options{OnError: func(e *dataset.RowError) { reported = append(reported, e.Error()) }})
	if err != nil {
		t.Fatal(err)
	}
	if st.Read != 3 || len(reported) != 1 || !strings.HasPrefix(reported[0], "m.csv:7: event_date") {
		t.Fatalf("stats %+v, errors %q: want 3 read and the bad date at line 7", st, reported)
	}
	if !strings.Contains(notes[1], "clashed\naround\n\naround") {
		t.Errorf("multi-line notes read as %q", notes[1])
	}
}

// TestReadArchiveWithOtherFiles reads the ACLED members of a zip that also holds a
// README: the README is reported, the exports are read.
func TestReadArchiveWithOtherFiles(t *testing.T) {
	src, err := os.ReadFile("testdata/acled_2018.csv")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range []struct{ name, body string }{{"README.txt", "Data export.\n"}, {"acled.csv", string(src)}} {
		w, _ := zw.Create(m.name)
		w.Write([]byte(m.body))
	}
	zw.Close()
	st, err := NewReader(dict(t)).Read(context.Background(), bytes.NewReader(b.Bytes()), "x.zip", func(event.Event) error { return nil }, dataset.Options{})
	if st.Read != 3 || err == nil || !strings.Contains(err.Error(), "x.zip(README.txt):1: header: no column event_id_cnty") {
		t.Errorf("stats %+v, error %v: want the 3 rows of acled.csv and an error naming the README", st, err)
	}
}
