package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store"
	"github.com/peacewatch/peacewatch/store/open"
)

// runBenchIngest is "peacewatch bench ingest": the ingest pipeline's throughput on a
// generated corpus, into a fresh SQLite file and, with --db, into that store.
func runBenchIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var dicts dictFlags
	fs := newFlags("bench ingest", "[flags]",
		"Bench ingest generates a news-like corpus (deterministic for a seed) and ingests it\n"+
			"through the whole pipeline (coding, claims, agreements, store transactions) into a\n"+
			"new SQLite file in a temporary directory, then into the --db store when one is\n"+
			"given (its articles are added to it; use another --seed for new ones). It reports\n"+
			"articles/s, events/s, peak RSS and the store's size per million events.", stderr)
	dicts.register(fs)
	articles := fs.Int("articles", 100_000, "articles in the corpus")
	perArticle := fs.Int("per-article", 10, "sentences per article")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "coding workers")
	batch := fs.Int("batch", ingest.DefaultBatch, "most articles per transaction")
	writers := fs.Int("writers", 1, "transactions committed in parallel")
	seed := fs.Uint64("seed", 1, "corpus seed")
	db := fs.String("db", "", "also ingest into this store (a postgres:// URL or a SQLite path)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the first run to `FILE`")
	memprofile := fs.String("memprofile", "", "write a heap profile taken at the first run's peak live heap to `FILE`")
	fresh := fs.Bool("sqlite", true, "ingest into a fresh SQLite file (false: into --db only)")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	c, err := dicts.newCoder()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "peacewatch-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var targets []string
	if *fresh {
		targets = append(targets, filepath.Join(dir, "bench.db"))
	}
	if *db != "" {
		targets = append(targets, *db)
	}
	if len(targets) == 0 {
		fmt.Fprintln(stderr, "peacewatch bench ingest: --sqlite=false needs --db")
		return errUsage
	}
	fmt.Fprintf(stdout, "corpus: %d articles of %d sentences; %d workers, %d articles per transaction, %d writers, GOMAXPROCS %d\n",
		*articles, *perArticle, *workers, *batch, *writers, runtime.GOMAXPROCS(0))
	for i, dsn := range targets {
		if i == 0 && *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				return fmt.Errorf("--cpuprofile: %w", err)
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return fmt.Errorf("--cpuprofile: %w", err)
			}
		}
		stopHeap := func() error { return nil }
		if i == 0 && *memprofile != "" {
			stopHeap = profilePeakHeap(*memprofile)
		}
		err := benchIngestInto(ctx, stdout, dsn, c, *articles, *perArticle, *workers, *batch, *writers, *seed)
		if i == 0 && *cpuprofile != "" {
			pprof.StopCPUProfile()
		}
		if herr := stopHeap(); herr != nil && err == nil {
			err = fmt.Errorf("--memprofile: %w", herr)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// benchIngestInto ingests the corpus into the store at dsn and prints the figures.
func benchIngestInto(ctx context.Context, w io.Writer, dsn string, c ingest.Coder, articles, perArticle, workers, batch, writers int, seed uint64) error {
	st, err := open.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	before, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	sizeBefore, sized := storeSize(ctx, st, dsn)
	var (
		stored    time.Time     // when the last transaction committed: assessment follows
		storedCPU time.Duration // the process's CPU time then
	)
	p := ingest.New(st, c, ingest.Options{Workers: workers, Batch: batch, Writers: writers,
		Progress: func(ingest.Summary) { stored, storedCPU = time.Now(), bench.CPUTime() }})
	start, startCPU := time.Now(), bench.CPUTime()
	sum, err := p.Run(ctx, func(ctx context.Context, emit func(source.Item) error) error {
		for a := range bench.Corpus(seed, articles*perArticle, perArticle) {
			a.ID = article.ID(a.Text) // as ingest names articles read from files
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	})
	elapsed, endCPU := time.Since(start), bench.CPUTime()
	if err != nil {
		return err
	}
	after, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	name := "sqlite"
	if open.IsPostgres(dsn) {
		name = "postgres"
	}
	secs := elapsed.Seconds()
	fmt.Fprintf(w, "%s: %d articles stored (%d already, %d bad), %d events, %d agreements (%d assessed) in %v: %.0f articles/s, %.0f events/s; max RSS %.1f MB",
		name, sum.Stored, sum.Already, sum.Bad, sum.Events, after.Agreements-before.Agreements, sum.Assessed, elapsed.Round(time.Millisecond),
		float64(sum.Stored+sum.Already)/secs, float64(sum.Events)/secs, float64(bench.MaxRSS())/(1<<20))
	if sized {
		n, _ := storeSize(ctx, st, dsn)
		if ev := after.Events - before.Events; ev > 0 {
			grown := n - sizeBefore
			fmt.Fprintf(w, "; store %.1f MB (%.1f MB added), %.0f MB per million events", float64(n)/1e6, float64(grown)/1e6, float64(grown)/float64(ev))
		}
	}
	fmt.Fprintln(w)
	if !stored.IsZero() {
		in := stored.Sub(start).Seconds()
		n := float64(sum.Stored + sum.Already)
		fmt.Fprintf(w, "  of which coding and storing %.1fs (%.0f articles/s, %.2f ms CPU per article), assessing %d agreements %.1fs (%.1fs CPU)\n",
			in, n/in, float64((storedCPU-startCPU).Microseconds())/1000/n, sum.Assessed, secs-in, (endCPU - storedCPU).Seconds())
	}
	return nil
}

// profilePeakHeap samples the live heap every second and writes a heap profile to path
// each time it passes its highest so far by a tenth, until the returned function is
// called: the profile left is the one taken nearest the peak.
func profilePeakHeap(path string) (stop func() error) {
	done := make(chan struct{})
	errc := make(chan error, 1)
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var peak uint64
		var err error
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				errc <- err
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > peak+peak/10 && err == nil {
				peak = live
				err = writeHeapProfile(path)
			}
		}
	}()
	return func() error {
		close(done)
		return <-errc
	}
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// storeSize returns the bytes the store takes: the SQLite file and its log, or the
// PostgreSQL database's size.
func storeSize(ctx context.Context, st store.Store, dsn string) (int64, bool) {
	if sz, ok := st.(interface {
		Size(context.Context) (int64, error)
	}); ok {
		n, err := sz.Size(ctx)
		return n, err == nil
	}
	if !open.IsPostgres(dsn) {
		return 0, false
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return 0, false
	}
	defer conn.Close(ctx)
	var n int64
	if err := conn.QueryRow(ctx, `SELECT pg_database_size(current_database())`).Scan(&n); err != nil {
		return 0, false
	}
	return n, true
}
