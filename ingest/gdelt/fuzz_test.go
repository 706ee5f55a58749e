package gdelt

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

// seedRows adds every line of the plain testdata files to the fuzz corpus, besides
// the files in testdata/fuzz.
func seedRows(f *testing.F) [][]byte {
	var files [][]byte
	for _, name := range []string{"20200229.export.CSV", "1999.csv", "20140301.export.CSV", "broken.export.CSV"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, b)
	}
	return files
}

func FuzzParseRow(f *testing.F) {
	for _, b := range seedRows(f) {
		for _, line := range strings.Split(string(b), "\n") {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, line string) {
		e, err := ParseRow(line)
		if err != nil {
			return
		}
		if !strings.HasPrefix(e.ID, "gdelt:") || len(e.Cameo) < 2 || e.QuadClass < 1 || e.QuadClass > 4 {
			t.Fatalf("accepted row gave event %+v", e)
		}
		if _, err := time.Parse(time.DateOnly, e.Date.Value); err != nil {
			t.Fatalf("accepted row gave date %q", e.Date.Value)
		}
	})
}

func FuzzRead(f *testing.F) {
	for _, b := range seedRows(f) {
		f.Add(b)
	}
	for _, name := range []string{"20140301.export.CSV.gz", "20230415.export.CSV.zip"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		st, _ := Read(context.Background(), bytes.NewReader(data), "fuzz", func(event.Event) error { n++; return nil }, dataset.Options{})
		if st.Read != n || len(st.Errors) > dataset.MaxErrors || len(st.Errors) > st.Skipped {
			t.Fatalf("stats %+v after %d events", st, n)
		}
	})
}
