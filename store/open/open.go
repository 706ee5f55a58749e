// Package open picks and opens the store a --db value names: a postgres:// or
// postgresql:// URL is a PostgreSQL database, anything else the path of a SQLite
// file, and "" the SQLite file in the user's data directory. It is the one place
// that imports both adapters, so that neither they nor package store import each
// other.
package open

import (
	"context"
	"strings"

	"github.com/peacewatch/peacewatch/postgres"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

// Open opens the store dsn names, creating the SQLite file and its directory on
// first use and applying migrations in both cases.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	if IsPostgres(dsn) {
		return postgres.Open(ctx, dsn)
	}
	if dsn == "" {
		p, err := sqlite.DefaultPath()
		if err != nil {
			return nil, err
		}
		dsn = p
	}
	return sqlite.Open(ctx, dsn)
}

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	l := strings.ToLower(dsn)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}
