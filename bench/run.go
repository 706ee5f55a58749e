package bench

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peacewatch/peacewatch/article"
)

// CodeFunc codes one article and returns how many events it found.
type CodeFunc func(article.Article) int

// Options say what to run.
type Options struct {
	Seed       uint64
	Sentences  int // total, default 100,000
	PerArticle int // sentences per article, default 20
	Workers    int // default 1
}

// Stats are the measurements of one run.
type Stats struct {
	Workers   int
	Articles  int
	Sentences int
	Bytes     int64
	Events    int64
	Elapsed   time.Duration
	// PeakHeap is the largest heap in use seen while running (sampled), in bytes.
	PeakHeap uint64
	// PeakSys is the largest memory obtained from the OS seen while running, in bytes.
	PeakSys uint64
	// MaxRSS is the process's peak resident set so far (all runs), in bytes, where known.
	MaxRSS int64
}

func (s Stats) rate(n float64) float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return n / s.Elapsed.Seconds()
}

// SentencesPerSec is the throughput in sentences.
func (s Stats) SentencesPerSec() float64 { return s.rate(float64(s.Sentences)) }

// MBPerSec is the throughput in megabytes (10^6) of text.
func (s Stats) MBPerSec() float64 { return s.rate(float64(s.Bytes) / 1e6) }

// EventsPerSec is how many events were coded per second.
func (s Stats) EventsPerSec() float64 { return s.rate(float64(s.Events)) }

// Write prints the stats on one line.
func (s Stats) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "workers %d: %d sentences (%.1f MB, %d articles) in %v: %.0f sentences/s, %.2f MB/s, %.0f events/s (%d events); peak heap %.1f MB, peak sys %.1f MB, max RSS %.1f MB\n",
		s.Workers, s.Sentences, float64(s.Bytes)/1e6, s.Articles, s.Elapsed.Round(time.Millisecond),
		s.SentencesPerSec(), s.MBPerSec(), s.EventsPerSec(), s.Events,
		float64(s.PeakHeap)/(1<<20), float64(s.PeakSys)/(1<<20), float64(s.MaxRSS)/(1<<20))
	return err
}

// Run generates the corpus and codes it with opt.Workers goroutines through a bounded
// pipeline: at most about two articles per worker are in memory at once, whatever the
// corpus size. It stops early, with ctx's error, when ctx is done.
func Run(ctx context.Context, code CodeFunc, opt Options) (Stats, error) {
	if opt.Sentences <= 0 {
		opt.Sentences = 100_000
	}
	if opt.PerArticle <= 0 {
		opt.PerArticle = 20
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	st := Stats{Workers: opt.Workers}
	stop := sampleMemory(&st)

	jobs := make(chan article.Article, opt.Workers)
	var events atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range opt.Workers {
		wg.Go(func() {
			for a := range jobs {
				events.Add(int64(code(a)))
			}
		})
	}
	var err error
	for a := range Corpus(opt.Seed, opt.Sentences, opt.PerArticle) {
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case jobs <- a:
			st.Articles++
			st.Bytes += int64(len(a.Text))
			st.Sentences += min(opt.PerArticle, opt.Sentences-st.Sentences)
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	st.Elapsed = time.Since(start)
	st.Events = events.Load()
	stop()
	st.MaxRSS = MaxRSS()
	return st, err
}

// sampleMemory records peak heap and sys into st until the returned function is called.
func sampleMemory(st *Stats) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		st.PeakHeap = max(st.PeakHeap, m.HeapInuse)
		st.PeakSys = max(st.PeakSys, m.Sys)
	}
	wg.Go(func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				sample()
				return
			case <-t.C:
				sample()
			}
		}
	})
	return func() { close(done); wg.Wait() }
}
