package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
)

func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "ingest" {
		return runBenchIngest(ctx, args[1:], stdout, stderr)
	}
	var dicts dictFlags
	fs := newFlags("bench", "[flags]",
		"Bench generates a synthetic news-like corpus (deterministic for a seed) and codes\n"+
			"it on one core, then on --workers cores, reporting sentences/s, MB/s, events/s\n"+
			"and peak memory. Articles stream through a bounded pipeline.", stderr)
	dicts.register(fs)
	sentences := fs.Int("sentences", 100_000, "sentences in the corpus")
	perArticle := fs.Int("per-article", 20, "sentences per article")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "workers for the parallel run")
	seed := fs.Uint64("seed", 1, "corpus seed")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `FILE`")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	start := time.Now()
	c, err := dicts.newCoder()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "coder loaded in %v; GOMAXPROCS %d\n", time.Since(start).Round(time.Millisecond), runtime.GOMAXPROCS(0))
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	code := func(a article.Article) int { return len(c.Code(a).Events) }
	runs := []int{1}
	if *workers > 1 {
		runs = append(runs, *workers)
	}
	for _, n := range runs {
		runtime.GC()
		st, err := bench.Run(ctx, code, bench.Options{Seed: *seed, Sentences: *sentences, PerArticle: *perArticle, Workers: n})
		if err != nil {
			return err
		}
		if err := st.Write(stdout); err != nil {
			return err
		}
	}
	return nil
}
