package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
)

// filterIndexes are the events indexes that serve only readers' filters (date
// order, CAMEO code and root, PLOVER, country), as migration 00007 defines them:
// no uniqueness, duplicate check or look-up of the writer uses them
// (events_article, the rowid and event_ids serve those). Their keys arrive at
// random, so that inserting into them costs more the larger they are; a run that
// writes at least as many events as the store held drops them and builds them
// again, each by one sort, when its writes end (SettleWrites).
var filterIndexes = []struct{ name, columns string }{
	{"events_order", "date_key"},
	{"events_cameo", "cameo_id, date_key"},
	{"events_cameo_root", "cameo_root_id, date_key"},
	{"events_plover", "plover_id, date_key"},
	{"events_country", "country_id, date_key"},
}

// defaultBulkMinEvents is the fewest events a run writes before it drops the
// filter indexes: below it, rebuilding them saves too little to matter.
const defaultBulkMinEvents = 100_000

// bulk is the state of a run that drops the filter indexes. held is how many
// events the store held when the run began (its largest event rowid), written
// how many it has written since; lock, while set, holds the file's bulk lock,
// which tells other processes not to build the indexes meanwhile.
type bulk struct {
	held, written int64
	minEvents     int64
	lock          *os.File
}

// bulkLockPath is the file whose lock a run holds while the indexes are dropped.
func (s *Store) bulkLockPath() string { return s.path + "-bulk" }

// startBulk decides, before a transaction of n events, whether the run drops the
// filter indexes: it does once it has written, with them, at least minEvents and
// at least as many as the store held, and it holds the bulk lock (another
// process's run may hold it).
func (s *Store) startBulk(n int) error {
	b := &s.bulk
	b.written += int64(n)
	if b.lock != nil || b.minEvents <= 0 || b.written < max(b.held, b.minEvents) {
		return nil
	}
	f, ok, err := tryLock(s.bulkLockPath())
	if err != nil || !ok {
		return err
	}
	b.lock = f
	return nil
}

// dropFilterIndexes drops the filter indexes in tx while the run holds the bulk
// lock (again after a transaction that dropped them was rolled back).
func (s *Store) dropFilterIndexes(ctx context.Context, tx *sql.Tx) error {
	if s.bulk.lock == nil {
		return nil
	}
	for _, ix := range filterIndexes {
		if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+ix.name); err != nil {
			return fmt.Errorf("drop index %s: %w", ix.name, err)
		}
	}
	return nil
}

// SettleWrites implements store.WriteSettler: it builds the filter indexes a
// run dropped, and counts the next run's events against what the store holds now.
func (s *Store) SettleWrites(ctx context.Context) error {
	if s.bulk.lock == nil {
		return nil
	}
	if err := s.createFilterIndexes(ctx); err != nil {
		return err
	}
	if err := unlock(s.bulk.lock); err != nil {
		return fmt.Errorf("settle sqlite store %s: %w", s.path, err)
	}
	s.bulk.lock = nil
	return s.beginBulkCount(ctx)
}

// beginBulkCount starts counting a run's events against the store's.
func (s *Store) beginBulkCount(ctx context.Context) error {
	var held sql.NullInt64
	if err := s.w.QueryRowContext(ctx, `SELECT max(rowid) FROM events`).Scan(&held); err != nil {
		return fmt.Errorf("sqlite store %s: %w", s.path, err)
	}
	s.bulk.held, s.bulk.written = held.Int64, 0
	return nil
}

// restoreFilterIndexes builds, on Open, the filter indexes a run killed midway
// left dropped, unless another process's run holds the bulk lock (it builds them
// when its writes end; readers meanwhile find events without them, more slowly).
func (s *Store) restoreFilterIndexes(ctx context.Context) error {
	missing, err := s.missingFilterIndexes(ctx)
	if err != nil || missing == 0 {
		return err
	}
	f, ok, err := tryLock(s.bulkLockPath())
	if err != nil || !ok {
		return err
	}
	if err := s.createFilterIndexes(ctx); err != nil {
		unlock(f)
		return err
	}
	return unlock(f)
}

// missingFilterIndexes counts the filter indexes the file lacks.
func (s *Store) missingFilterIndexes(ctx context.Context) (int, error) {
	names := make([]string, len(filterIndexes))
	args := make([]any, len(filterIndexes))
	for i, ix := range filterIndexes {
		names[i], args[i] = "?", ix.name
	}
	var n int
	err := s.w.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (`+strings.Join(names, ", ")+`)`, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("sqlite store %s: indexes: %w", s.path, err)
	}
	return len(filterIndexes) - n, nil
}

// createFilterIndexes builds the filter indexes the file lacks, in one
// transaction, and refreshes the planner's statistics of events.
func (s *Store) createFilterIndexes(ctx context.Context) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for _, ix := range filterIndexes {
			if _, err := tx.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS `+ix.name+` ON events (`+ix.columns+`)`); err != nil {
				return fmt.Errorf("create index %s: %w", ix.name, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite store %s: %w", s.path, err)
	}
	return nil
}
