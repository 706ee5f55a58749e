package coder_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
)

// BenchmarkCode codes generated news articles of 20 sentences on one goroutine.
func BenchmarkCode(b *testing.B) {
	c := newCoder(b)
	var arts []article.Article
	size, sents := 0, 0
	for a := range bench.Corpus(1, 2000, 20) {
		arts = append(arts, a)
		size += len(a.Text)
	}
	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		sents += c.Code(a).Sentences
		b.SetBytes(int64(len(a.Text)))
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}
