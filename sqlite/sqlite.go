// Package sqlite is the Store on one SQLite file, through the pure-Go
// modernc.org/sqlite driver: WAL journal, a busy timeout so that other processes'
// writers wait rather than fail, FTS5 indexes over article and event text, and the
// numbered migrations of migrations/*.sql applied forward-only on Open.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/peacewatch/peacewatch/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a store.Store on a SQLite file. Writes go through one connection (SQLite
// has one writer at a time; queueing them in-process avoids busy waits), reads
// through a pool.
type Store struct {
	path  string
	w     *sql.DB
	r     *sql.DB
	cp    *checkpointer
	fps   fingerprints // of committed articles, for the writer
	codes codeIDs      // committed codes' ids, for the writer
	rs    readStmts    // on r
	// textDriveLimit is defaultTextDriveLimit, changed by tests to take the
	// other path.
	textDriveLimit int
}

var (
	_ store.Store          = (*Store)(nil)
	_ store.ArticleDater   = (*Store)(nil)
	_ store.ArticleClaimer = (*Store)(nil)
)

// autocheckpointBytes is how long the write-ahead log grows before the writer
// checkpoints it itself (see checkpointer): 1 GiB, longer than one commit's
// frames. A commit into a store of a million events logs more than 128 MiB (most
// pages of every index), and at 128 MiB every commit ended with the writer
// copying the log itself, a tenth of its CPU, while the checkpointer found
// nothing left to copy (stop 19).
const autocheckpointBytes = 1 << 30

// newPageSize is the page size of a new store's file. The writer's cost is in
// its inserts into the events indexes, whose keys arrive in no order: with
// pages of 16 KiB instead of SQLite's 4 KiB, a transaction finds, changes,
// splits and logs a quarter as many pages for the same entries, and the writer
// took a third less CPU replaying 4,000 articles into a store of 20,000 (stop
// 21). A file keeps the page size it was made with.
const newPageSize = 16384

// walLimitBytes is the size a longer log is cut back to when it restarts, so that
// a large transaction does not leave the file large.
const walLimitBytes = 128 << 20

// cacheKiB is each connection's page cache, in KiB. writerCacheKiB is the
// writer's: a transaction of generated articles, dated at random, puts an entry on
// almost every page of each index of events, event actors and band keys, and a
// cache smaller than those indexes made the writer write pages out before its
// commit and read them back in the next transaction, a quarter of its time at
// 100,000 articles. SQLite keeps the cache between transactions while no other
// process writes.
const (
	cacheKiB       = 64 << 10
	writerCacheKiB = 512 << 10
)

// mmapBytes is how much of the file connections read through memory mapping:
// the most the driver's SQLite allows, as a larger file was read page by page
// beyond it.
const mmapBytes = 0x7fff0000

// busyTimeoutMS is how long a connection waits for another process's write lock.
const busyTimeoutMS = 10000

// Open opens the SQLite store at path, creating the file and its directory on first
// use, and applies the migrations it lacks. A path holding '?' is refused: the
// driver reads what follows as options.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open sqlite store: empty path: %w", store.ErrInvalid)
	}
	if err := registerMatch(); err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("open sqlite store %s: a path may not contain '?': %w", path, store.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
		}
	}
	page, err := makeFile(path)
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	pragmas := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=wal_autocheckpoint(%d)&_pragma=journal_size_limit(%d)&_pragma=mmap_size(%d)&_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)", busyTimeoutMS, autocheckpointBytes/page, walLimitBytes, mmapBytes)
	cache := func(kib int) string { return fmt.Sprintf("&_pragma=cache_size(-%d)", kib) }
	// BEGIN IMMEDIATE takes the write lock at once, so a writer waits on the busy
	// timeout instead of failing when it upgrades a read lock.
	w, err := sql.Open("sqlite", path+"?"+pragmas+cache(writerCacheKiB)+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	s := &Store{path: path, w: w, textDriveLimit: defaultTextDriveLimit}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	// Refresh the planner's statistics where they are stale (cheap when they are not).
	if _, err := w.ExecContext(ctx, `PRAGMA optimize = 0x10002`); err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", path+"?"+pragmas+cache(cacheKiB)+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s.r = r
	cp, err := sql.Open("sqlite", path+"?"+pragmas+cache(cacheKiB))
	if err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("open sqlite store %s: %w", path, err)
	}
	cp.SetMaxOpenConns(1)
	s.cp = newCheckpointer(cp)
	return s, nil
}

// makeFile makes an empty store file of newPageSize pages at path when none
// is there (or an empty one), and returns the page size of the file at path.
// The file is made by a connection of its own, before the store's connections
// set WAL mode: with page_size and journal_mode(WAL) in one DSN, the driver made
// a new file of 4 KiB pages.
func makeFile(path string) (int, error) {
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		db, err := sql.Open("sqlite", fmt.Sprintf("%s?_pragma=page_size(%d)", path, newPageSize))
		if err != nil {
			return 0, err
		}
		// VACUUM writes the empty file's header, which fixes its page size.
		_, err = db.Exec(`VACUUM`)
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return 0, fmt.Errorf("make file: %w", err)
		}
	}
	return filePageSize(path), nil
}

// filePageSize reads the page size from the header of the SQLite file at path:
// two bytes at offset 16, big-endian, 1 standing for 65,536. A file it cannot
// read as SQLite's is taken to have SQLite's default of 4 KiB, and opening it
// reports what is wrong with it.
func filePageSize(path string) int {
	const sqliteDefault = 4096
	f, err := os.Open(path)
	if err != nil {
		return sqliteDefault
	}
	defer f.Close()
	var h [18]byte
	if _, err := f.ReadAt(h[:], 0); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return sqliteDefault
	}
	n := int(h[16])<<8 | int(h[17])
	if n == 1 {
		n = 65536
	}
	if n < 512 || n&(n-1) != 0 {
		return sqliteDefault
	}
	return n
}

// migrate applies the embedded migrations the file lacks, forward only.
func (s *Store) migrate(ctx context.Context) error {
	fsys, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return fmt.Errorf("migrate sqlite store %s: %w", s.path, err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, s.w, fsys)
	if err != nil {
		return fmt.Errorf("migrate sqlite store %s: %w", s.path, err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate sqlite store %s: %w", s.path, err)
	}
	return nil
}

// Path returns the file the store is kept in.
func (s *Store) Path() string { return s.path }

// Close closes the store's connections, checkpointing the WAL into the file, after
// refreshing the planner's statistics as SQLite recommends.
func (s *Store) Close() error {
	_, err := s.w.Exec(`PRAGMA optimize`)
	errs := []error{err}
	// The writer closes last: the last connection checkpoints and removes the log.
	if s.cp != nil {
		errs = append(errs, s.cp.close())
	}
	if s.r != nil {
		errs = append(errs, s.rs.close(), s.r.Close())
	}
	errs = append(errs, s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close sqlite store %s: %w", s.path, err)
	}
	return nil
}

// DefaultPath returns where the store lives when none is named: peacewatch.db in
// the user's data directory ($XDG_DATA_HOME/peacewatch, else
// ~/.local/share/peacewatch; ~/Library/Application Support/peacewatch on macOS;
// %LocalAppData%\peacewatch on Windows).
func DefaultPath() (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", fmt.Errorf("default store path: %w", err)
	}
	return filepath.Join(dir, "peacewatch", "peacewatch.db"), nil
}

func dataDir() (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LocalAppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%LocalAppData% is not set")
	case "darwin", "ios":
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return d, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share"), nil
}

// Size returns the bytes the store takes on disk: the file and its write-ahead log.
func (s *Store) Size(ctx context.Context) (int64, error) {
	// A checkpoint first, so that the file holds what the log did. The
	// checkpointer may be copying the log meanwhile, which makes this one give up
	// (busy) and leave the log whole: it is tried again a few times.
	for range 50 {
		var busy, logged, copied int
		if err := s.w.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &copied); err != nil {
			return 0, fmt.Errorf("size of sqlite store %s: %w", s.path, err)
		}
		if busy == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("size of sqlite store %s: %w", s.path, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	var n int64
	for _, p := range []string{s.path, s.path + "-wal"} {
		fi, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("size of sqlite store: %w", err)
		}
		n += fi.Size()
	}
	return n, nil
}

// Check runs SQLite's integrity check on the file and on the full-text indexes,
// returning an error that lists the problems found.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("check sqlite store %s: %w", s.path, err)
	}
	if res != "ok" {
		return fmt.Errorf("check sqlite store %s: %s", s.path, res)
	}
	for _, t := range []string{"articles_fts", "events_fts"} {
		if _, err := s.w.ExecContext(ctx, `INSERT INTO `+t+` (`+t+`) VALUES ('integrity-check')`); err != nil {
			return fmt.Errorf("check sqlite store %s: %s: %w", s.path, t, err)
		}
	}
	return nil
}

// Optimize refreshes the query planner's statistics, as worth doing after a large
// import.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.w.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("optimize sqlite store %s: %w", s.path, err)
	}
	return nil
}
