package acled

import (
	"bytes"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
)

const benchRows = 100_000

// generated is an ACLED export of n rows made from the testdata rows, each with its
// own event_id_cnty.
func generated(tb testing.TB, n int) []byte {
	src, err := os.ReadFile("testdata/acled_2023.csv")
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")
	var b bytes.Buffer
	b.WriteString(lines[0] + "\n")
	rows := lines[1:]
	for i := range n {
		_, rest, _ := strings.Cut(rows[i%len(rows)], ",")
		b.WriteString("BEN" + strconv.Itoa(i) + "," + rest + "\n")
	}
	return b.Bytes()
}

// BenchmarkRead reads a generated 100,000-row ACLED export with the default actor
// dictionary: MB/s from SetBytes, rows/s as a metric.
func BenchmarkRead(b *testing.B) {
	data := generated(b, benchRows)
	rd := NewReader(dict(b))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		st, err := rd.Read(context.Background(), bytes.NewReader(data), "bench", func(event.Event) error { return nil }, dataset.Options{})
		if err != nil || st.Read != benchRows {
			b.Fatalf("read %d rows: %v", st.Read, err)
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
