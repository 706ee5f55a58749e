//go:build unix

package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
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

// BenchmarkStoreWriter replays the batches of an ingest of $PEACEWATCH_BENCH_ARTICLES
// generated articles (default 4,000) into a SQLite file that holds
// $PEACEWATCH_BENCH_STORED articles already (default 3,000), in transactions of
// $PEACEWATCH_BENCH_BATCH articles (default ingest.DefaultBatch), as a writer that
// cannot keep up commits them: the single writer's share of ingest, apart from coding
// and preparing. A transaction costs more the larger the store (its index entries land
// on more pages, each fetched, changed and logged once a transaction, and commits log
// more of them): the default replays articles 3,000 to 7,000, about what a
// 10,000-article run's writer pays on average (1.0 ms of CPU per article against 0.9
// to 1.1 in the run's profile); a larger run needs a larger STORED. The stored
// articles are the recorded ones under other ids, written once and copied for each
// run; they have no fingerprints, so that the replayed articles' search for
// near-duplicates, which also grows with the store, is that of a new one. It reports the
// process's CPU time per replayed article (user and system, the checkpointer included)
// in the run that took least, which a shared machine disturbs less than the wall time.
// With $PEACEWATCH_BENCH_FILLED set, the filled file is kept at that path and a later
// run that finds it there replays into it without filling again, so that
// transactions of other sizes can be compared on one large store.
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
	filled := os.Getenv("PEACEWATCH_BENCH_FILLED")
	if filled == "" {
		filled = filepath.Join(b.TempDir(), "stored.db")
	}
	if _, err := os.Stat(filled); err != nil {
		fillStore(b, filled, rec.batches, envInt(b, "PEACEWATCH_BENCH_STORED", 3000), batch)
	}
	var least time.Duration // the least disturbed run's CPU time
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), strconv.Itoa(i)+".db")
		copyFile(b, filled, path)
		st, err := sqlite.Open(ctx, path)
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

// fillStore writes n articles into a new SQLite file at path, cycling through bs
// under other ids (the k-th time round, "k/" before every article and event id),
// without their fingerprints (the replayed articles find none of them as
// near-duplicates) and without agreements or statuses.
func fillStore(b *testing.B, path string, bs []store.Batch, n, batch int) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	group := make([]store.Batch, 0, batch)
	for i := range n {
		prefix := strconv.Itoa(i/len(bs)+1) + "/"
		c := bs[i%len(bs)]
		c.Article.ID = prefix + c.Article.ID
		c.Agreements, c.Statuses = nil, nil
		c.Events = slices.Clone(c.Events)
		for j := range c.Events {
			c.Events[j].ID = prefix + c.Events[j].ID
			c.Events[j].ArticleID = c.Article.ID
		}
		c.Encoded = nil
		if err := c.Encode(); err != nil {
			b.Fatal(err)
		}
		c.Encoded.Fingerprint, c.Encoded.Bands = store.Fingerprint{}, nil
		if group = append(group, c); len(group) == batch || i == n-1 {
			if _, err := st.PutArticles(ctx, group); err != nil {
				b.Fatal(err)
			}
			group = group[:0]
		}
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
}

// copyFile copies the file at from to a new file at to.
func copyFile(b *testing.B, from, to string) {
	data, err := os.ReadFile(from)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		b.Fatal(err)
	}
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
