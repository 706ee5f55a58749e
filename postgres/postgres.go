// Package postgres is the Store on PostgreSQL through pgx: a connection pool, full-text
// search with tsvector columns and GIN indexes, and the numbered migrations of
// migrations/*.sql applied forward-only on Open (under an advisory lock, so that
// several workers may open one database at once).
//
// Writers of the same article are serialised by its row. Near-duplicate links are
// found inside the writing transaction, so two workers storing two copies of one
// wire report at the same moment may both store theirs as an original; every
// other case links the later copy to the earlier.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/peacewatch/peacewatch/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a store.Store on a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	name string // the database, for messages
}

var (
	_ store.Store          = (*Store)(nil)
	_ store.ArticleDater   = (*Store)(nil)
	_ store.ArticleClaimer = (*Store)(nil)
)

// Open connects to the database dsn names (a postgres:// URL or key=value
// settings, as libpq reads them) and applies the migrations it lacks. The tables
// are made in the first schema of the search path.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx's message quotes the DSN, where a malformed one may keep its
		// password; give only the reason.
		reason := "malformed"
		if msg := err.Error(); strings.Contains(msg, "`: ") {
			reason = msg[strings.LastIndex(msg, "`: ")+3:]
		}
		return nil, fmt.Errorf("open postgres store: the connection string cannot be read (%s): %w", reason, store.ErrInvalid)
	}
	name := cfg.ConnConfig.Database + " on " + cfg.ConnConfig.Host + ":" + strconv.Itoa(int(cfg.ConnConfig.Port))
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres store %s: %w", name, err)
	}
	s := &Store{pool: pool, name: name}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrate postgres store %s: %w", s.name, err)
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return fmt.Errorf("migrate postgres store %s: %w", s.name, err)
	}
	db := stdlib.OpenDBFromPool(s.pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("migrate postgres store %s: %w", s.name, err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate postgres store %s: %w", s.name, err)
	}
	return nil
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// retries is how often a transaction that lost a deadlock or a serialisation race is
// run again.
const retries = 4

// inTx runs fn in a transaction, committing when it returns nil, and runs it again
// when PostgreSQL aborted it to break a deadlock.
func (s *Store) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	var err error
	for range retries {
		err = pgx.BeginFunc(ctx, s.pool, fn)
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			return err
		}
	}
	return err
}

// args collects the arguments of a query and names their placeholders.
type args []any

func (a *args) add(v any) string {
	*a = append(*a, v)
	return "$" + strconv.Itoa(len(*a))
}

// Size returns the bytes the store's tables, their indexes and TOAST data take in
// the current schema.
func (s *Store) Size(ctx context.Context) (int64, error) {
	var n int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint
		FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
		WHERE ns.nspname = current_schema() AND c.relkind = 'r'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("size of postgres store %s: %w", s.name, err)
	}
	return n, nil
}

// Optimize refreshes the query planner's statistics, as worth doing after a large
// import (autovacuum does it too, in its own time).
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.pool.Exec(ctx, `ANALYZE articles, article_bands, events, event_actors, claims, agreements, provisions, statuses`); err != nil {
		return fmt.Errorf("optimize postgres store %s: %w", s.name, err)
	}
	return nil
}
