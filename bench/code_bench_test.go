package bench_test

import (
	"context"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/coder"
)

// benchCorpus is a fixed set of articles of 20 sentences each.
func benchCorpus(b *testing.B, sentences int) ([]article.Article, int64) {
	b.Helper()
	var arts []article.Article
	var size int64
	for a := range bench.Corpus(1, sentences, 20) {
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	return arts, size
}

func newCoder(b *testing.B) *coder.Coder {
	b.Helper()
	c, err := coder.New(coder.Config{})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkCode1Core codes 20-sentence articles one after another.
func BenchmarkCode1Core(b *testing.B) {
	c := newCoder(b)
	arts, size := benchCorpus(b, 2000)
	b.SetBytes(size / int64(len(arts)))
	b.ResetTimer()
	i := 0
	for b.Loop() {
		c.Code(arts[i%len(arts)])
		i++
	}
	b.ReportMetric(float64(20*i)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeParallel codes articles on GOMAXPROCS goroutines.
func BenchmarkCodeParallel(b *testing.B) {
	c := newCoder(b)
	arts, size := benchCorpus(b, 2000)
	b.SetBytes(size / int64(len(arts)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.Code(arts[i%len(arts)])
			i++
		}
	})
	b.ReportMetric(float64(20*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkRun runs the bounded pipeline of the bench command on 2,000 sentences.
func BenchmarkRun(b *testing.B) {
	c := newCoder(b)
	code := func(a article.Article) int { return len(c.Code(a).Events) }
	for b.Loop() {
		if _, err := bench.Run(context.Background(), code, bench.Options{Sentences: 2000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(2000*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
