//go:build unix

package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

// recorder is a store that keeps the batches the pipeline commits, as the
// pipeline made them (coded, claims drawn, encoded), and stores nothing.
type recorder struct {
	discard
	batches []store.Batch
}

func (r *recorder) PutArticles(ctx context.Context, bs []store.Batch) ([]store.PutResult, error) {
	r.batches = append(r.batches, bs...)
	return r.discard.PutArticles(ctx, bs)
}

// BenchmarkStoreWriter replays the batches of an ingest of
// $PEACEWATCH_BENCH_ARTICLES generated articles (default 4,000) into a new SQLite
// file, in transactions of $PEACEWATCH_BENCH_BATCH articles (default
// ingest.DefaultBatch), as a writer that cannot keep up commits them: the single writer's share of ingest, apart from coding and
// preparing. It
// reports the process's CPU time per article (user and system, the checkpointer
// included) in the run that took least, which a shared machine disturbs less than
// the wall time.
func BenchmarkStoreWriter(b *testing.B) {
	n := envInt(b, "PEACEWATCH_BENCH_ARTICLES", 4000)
	batch := envInt(b, "PEACEWATCH_BENCH_BATCH", ingest.DefaultBatch)
	rec := &recorder{}
	p := ingest.New(rec, newCoder(b), ingest.Options{})
	_, err := p.Run(context.Background(), corpusItems(1, n, 10))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var least time.Duration // the least disturbed run's CPU time
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		start := bench.CPUTime()
		b.StartTimer()
		for j := 0; j < len(rec.batches); j += batch {
			if _, err := st.PutArticles(ctx, rec.batches[j:min(j+batch, len(rec.batches))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		if cpu := bench.CPUTime() - start; least == 0 || cpu < least {
			least = cpu
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(least.Microseconds())/1000/float64(n), "cpu-ms/article")
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}

// envInt returns the environment variable name as a number, def when it is unset.
func envInt(b *testing.B, name string, def int) int {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		b.Fatalf("%s: %v", name, err)
	}
	return n
}
