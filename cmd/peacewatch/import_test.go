package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/event"
)

// TestImportCompressed imports the compressed test files of the ingest packages and a
// truncated gzip: every valid row is printed as an event record, the truncation is
// reported with its file and line, and the run fails.
func TestImportCompressed(t *testing.T) {
	src, err := os.ReadFile("../../ingest/gdelt/testdata/20200229.export.CSV")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	for range 200 {
		w.Write(src)
	}
	w.Close()
	cut := filepath.Join(t.TempDir(), "cut.export.CSV.gz")
	if err := os.WriteFile(cut, b.Bytes()[:b.Len()/2], 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err = run(context.Background(), []string{"import",
		"../../ingest/gdelt/testdata/20230415.export.CSV.zip",
		"../../ingest/acled/testdata/acled_2023.csv.gz",
		"../../ingest/acled/testdata/acled_2023.zip",
		cut,
	}, &stdout, &stderr)
	if err == nil {
		t.Fatal("import of a truncated file succeeded")
	}
	if !regexp.MustCompile(`cut\.export\.CSV\.gz:\d+: read: gzip: damaged compressed data: truncated`).MatchString(stderr.String()) {
		t.Errorf("stderr does not report the truncation with a line:\n%s", stderr.String())
	}
	if !strings.Contains(err.Error(), "1 input(s) failed") {
		t.Errorf("summary %q", err)
	}
	counts := map[string]int{}
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var e event.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("output line %q: %v", sc.Text(), err)
		}
		if e.Provenance == nil || e.Provenance.RecordID == "" || e.Modality != event.Asserted {
			t.Fatalf("event without provenance: %s", sc.Text())
		}
		counts[e.Provenance.Dataset]++
	}
	if counts["acled"] != 14 || counts["gdelt"] < 6+100 {
		t.Errorf("events by dataset %v: want 14 from ACLED, the 6 GDELT rows of the zip and those before the cut", counts)
	}
}
