package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store/storetest"
)

// BenchmarkStore runs the store benchmarks on a SQLite file holding
// $PEACEWATCH_BENCH_EVENTS events, kept in $PEACEWATCH_BENCH_DIR when set (so that
// a second run skips the filling), else in a temporary directory:
//
//	PEACEWATCH_BENCH_EVENTS=1000000 go test -run '^$' -bench Store ./sqlite/
func BenchmarkStore(b *testing.B) {
	n := storetest.BenchEvents(b)
	dir := os.Getenv("PEACEWATCH_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.Bench(b, s, n, func() (int64, error) { return s.Size(ctx) })
}
