package sqlite_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

// BenchmarkPutCoded stores 2,000 articles of the generated news corpus (10
// sentences each), coded beforehand, into a new SQLite file in transactions of 64
// articles as the ingest pipeline does by default (and of 256): the store's share
// of ingest, without the coding.
func BenchmarkPutCoded(b *testing.B) {
	c, err := coder.New(coder.Config{})
	if err != nil {
		b.Skipf("no coder: %v", err)
	}
	const articles = 2000
	var (
		bs     []store.Batch
		events int
	)
	for a := range bench.Corpus(1, articles*10, 10) {
		a.ID = article.ID(a.Text)
		r := c.Code(a)
		bs = append(bs, store.Batch{Article: store.Article{Article: a}, Events: r.Events})
		events += len(r.Events)
	}
	for _, batch := range []int{64, 256} {
		b.Run("batch="+strconv.Itoa(batch), func(b *testing.B) {
			ctx := context.Background()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), strconv.Itoa(i)+".db"))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for j := 0; j < len(bs); j += batch {
					if _, err := s.PutArticles(ctx, bs[j:min(j+batch, len(bs))]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*len(bs))/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(b.N*events)/b.Elapsed().Seconds(), "events/s")
			b.ReportMetric(float64(events)/float64(len(bs)), "events/article")
		})
	}
}
