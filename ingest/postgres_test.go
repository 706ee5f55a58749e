package ingest_test

import (
	"context"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/internal/pgtest"
	"github.com/peacewatch/peacewatch/store/open"
)

// TestIngestPostgres runs the pipeline, with parallel writers, into the PostgreSQL
// database of PEACEWATCH_TEST_POSTGRES (required in CI, skipped elsewhere). The
// store is in a schema of the test's own.
func TestIngestPostgres(t *testing.T) {
	dsn := pgtest.Schema(t)
	ctx := context.Background()
	st, err := open.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seed := uint64(time.Now().UnixNano())
	const n = 40
	gen := func(ctx context.Context, emit func(source.Item) error) error {
		for a := range bench.Corpus(seed, n*5, 5) {
			a.ID = article.ID(a.Text)
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	}
	p := ingest.New(st, newCoder(t), ingest.Options{Workers: 2, Batch: 4, Writers: 3})
	sum, err := p.Run(ctx, gen)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != n || sum.Bad != 0 {
		t.Errorf("first run: %s", sum)
	}
	sum2, err := p.Run(ctx, gen)
	if err != nil || sum2.Stored != 0 || sum2.Already != n || sum2.Events != 0 {
		t.Errorf("second run: %s, %v", sum2, err)
	}
}
