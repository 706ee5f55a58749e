package postgres_test

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/internal/pgtest"
	"github.com/peacewatch/peacewatch/postgres"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// benchSchema is kept between runs, so that a second run skips the filling; drop it
// to start again.
const benchSchema = "pwbench"

// BenchmarkStore runs the store benchmarks on PEACEWATCH_TEST_POSTGRES holding
// $PEACEWATCH_BENCH_EVENTS events, in schema pwbench:
//
//	PEACEWATCH_BENCH_EVENTS=1000000 go test -run '^$' -bench Store ./postgres/
func BenchmarkStore(b *testing.B) {
	n := storetest.BenchEvents(b)
	d := pgtest.DSN(b)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, d)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := admin.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+benchSchema); err != nil {
		b.Fatal(err)
	}
	admin.Close(ctx)
	s, err := postgres.Open(ctx, pgtest.WithSearchPath(d, benchSchema))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Bench(b, s, n, func() (int64, error) { return s.Size(ctx) })
}
