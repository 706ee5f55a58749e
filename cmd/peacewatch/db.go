package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/url"
	"os"

	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
	storeopen "github.com/peacewatch/peacewatch/store/open"
)

// dbFlag is the --db flag of every command that reads or writes the store: a SQLite
// file path or a postgres:// URL, with PEACEWATCH_DB as its fallback and the SQLite
// file in the user's data directory when both are empty.
type dbFlag struct {
	dsn string
}

func (d *dbFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&d.dsn, "db", os.Getenv("PEACEWATCH_DB"),
		"the store: a SQLite file `PATH` or a postgres:// URL (default: $PEACEWATCH_DB, else peacewatch.db in the user's data directory)")
}

// open opens the store, creating the SQLite file and its directory on first use.
func (d *dbFlag) open(ctx context.Context) (store.Store, error) {
	st, err := storeopen.Open(ctx, d.dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", d.name(), err)
	}
	return st, nil
}

// openExisting opens the store for reading: a SQLite file that does not exist yet is
// an error that says how to fill it, rather than an empty store created on the way.
func (d *dbFlag) openExisting(ctx context.Context) (store.Store, error) {
	if !storeopen.IsPostgres(d.dsn) {
		path, err := d.path()
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: fill it with 'peacewatch ingest' or 'peacewatch demo', or name another with --db", path)
		}
	}
	return d.open(ctx)
}

// path returns the SQLite file the flag names, the default one when it is empty.
func (d *dbFlag) path() (string, error) {
	if d.dsn != "" {
		return d.dsn, nil
	}
	return sqlite.DefaultPath()
}

// name is the store as messages show it: the SQLite path, or the PostgreSQL URL
// without its password.
func (d *dbFlag) name() string {
	if storeopen.IsPostgres(d.dsn) {
		if u, err := url.Parse(d.dsn); err == nil {
			return u.Redacted()
		}
		return "postgres://…"
	}
	p, err := d.path()
	if err != nil {
		return "(default store)"
	}
	return p
}
