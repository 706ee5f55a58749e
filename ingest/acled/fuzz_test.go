package acled

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

func seedFiles(f *testing.F) [][]byte {
	var out [][]byte
	for _, name := range []string{"acled_2023.csv", "acled_2018.csv", "acled_2016.csv", "broken.csv", "acled_2023.csv.gz", "acled_2023.zip"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// FuzzSplitRecord checks the CSV splitter never panics and that what it accepts
// joins back to a record with the same fields.
func FuzzSplitRecord(f *testing.F) {
	for _, b := range seedFiles(f)[:4] {
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields, err := splitRecord(s, nil)
		if err != nil {
			return
		}
		quoted := make([]string, len(fields))
		for i, x := range fields {
			quoted[i] = `"` + strings.ReplaceAll(x, `"`, `""`) + `"`
		}
		again, err := splitRecord(strings.Join(quoted, ","), nil)
		if err != nil || strings.Join(again, "\x00") != strings.Join(fields, "\x00") {
			t.Fatalf("fields %q re-quoted split as %q, %v", fields, again, err)
		}
	})
}

// FuzzRead reads arbitrary bytes as an ACLED export: no panic, consistent counts,
// events with valid ids and dates.
func FuzzRead(f *testing.F) {
	for _, b := range seedFiles(f) {
		f.Add(b)
	}
	rd := NewReader(dict(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		st, _ := rd.Read(context.Background(), bytes.NewReader(data), "fuzz", func(e event.Event) error {
			n++
			if !strings.HasPrefix(e.ID, "acled:") {
				t.Fatalf("event id %q", e.ID)
			}
			if _, err := time.Parse(time.DateOnly, e.Date.Value); err != nil {
				t.Fatalf("event date %q", e.Date.Value)
			}
			return nil
		}, dataset.Options{})
		if st.Read != n || len(st.Errors) > st.Skipped {
			t.Fatalf("stats %+v after %d events", st, n)
		}
	})
}
