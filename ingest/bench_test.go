package ingest_test

import (
	"context"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store"
)

// BenchmarkIngestSQLite ingests b.N generated articles of 10 sentences into a new
// SQLite store through the whole pipeline, one batch transaction per ingest.DefaultBatch articles.
func BenchmarkIngestSQLite(b *testing.B) {
	for _, batch := range []int{1, ingest.DefaultBatch} {
		b.Run(map[int]string{1: "tx-per-article", ingest.DefaultBatch: "batched"}[batch], func(b *testing.B) {
			c := newCoder(b)
			st := openStore(b)
			p := ingest.New(st, c, ingest.Options{Batch: batch})
			events := 0
			b.ResetTimer()
			sum, err := p.Run(context.Background(), func(ctx context.Context, emit func(source.Item) error) error {
				for a := range bench.Corpus(uint64(b.N), b.N*10, 10) {
					if err := emit(source.Item{Article: a}); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			events += sum.Events
			b.ReportMetric(float64(sum.Stored)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// discard is a store that keeps nothing: BenchmarkIngestNoStore measures the
// pipeline and the coder without the store's write path.
type discard struct{ store.Store }

func (discard) Stats(context.Context) (store.Stats, error) { return store.Stats{}, nil }
func (discard) Agreements(context.Context) ([]agreement.Agreement, error) {
	return nil, nil
}
func (discard) Article(_ context.Context, id string) (store.Article, error) {
	return store.Article{}, store.ErrNotFound
}
func (discard) PutArticles(_ context.Context, bs []store.Batch) ([]store.PutResult, error) {
	res := make([]store.PutResult, len(bs))
	for i, b := range bs {
		res[i] = store.PutResult{ID: b.Article.ID, Created: true}
	}
	return res, nil
}

func BenchmarkIngestNoStore(b *testing.B) {
	p := ingest.New(discard{}, newCoder(b), ingest.Options{})
	b.ResetTimer()
	sum, err := p.Run(context.Background(), func(ctx context.Context, emit func(source.Item) error) error {
		for a := range bench.Corpus(uint64(b.N), b.N*10, 10) {
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(sum.Stored)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(sum.Events)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkPrepare does a worker's part for one generated article of 10 sentences
// per op, on one goroutine: coding, agreement extraction, claims and the batch's
// encoding. Its ns/op and allocs/op are per article.
func BenchmarkPrepare(b *testing.B) {
	c := newCoder(b)
	var arts []article.Article
	for a := range bench.Corpus(1, 10*500, 10) {
		a.ID = article.ID(a.Text)
		arts = append(arts, a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a := arts[i%len(arts)]
		i++
		res := c.Code(a)
		src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
		batch := store.Batch{
			Article:    store.Article{Article: a},
			Events:     res.Events,
			Claims:     agreement.Claims(src),
			Agreements: agreement.Extract(src),
		}
		_ = batch.Encode()
	}
}
