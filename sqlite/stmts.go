package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"sync"
)

// txStmts keeps a transaction's prepared statements: parsing a multi-row INSERT
// costs about as much as running it, and a transaction runs each of a few
// statements, in a few power-of-two row counts, many times. (Statements prepared
// on the pool could not be prepared while a transaction holds its one connection.)
type txStmts struct {
	tx  *sql.Tx
	got map[string]*sql.Stmt
}

// stmt returns query's statement in the transaction.
func (t *txStmts) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := t.got[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	if t.got == nil {
		t.got = map[string]*sql.Stmt{}
	}
	t.got[query] = st
	return st, nil
}

// exec runs query with args through its prepared statement.
func (t *txStmts) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// queryRow runs query with args through its prepared statement.
func (t *txStmts) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, query)
	if err != nil {
		// A Row cannot carry the error; run it unprepared, which reports it.
		return t.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// query runs query with args through its prepared statement.
func (t *txStmts) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// insertRows runs head (an INSERT up to VALUES) with args, cols a row, as multi-row
// statements of power-of-two row counts up to most, so that a few prepared
// statements serve every count. each, when not nil, is called with each statement's
// result and its number of rows.
func (t *txStmts) insertRows(ctx context.Context, head, tail string, cols, most int, args []any, each func(sql.Result, int) error) error {
	row := "(?" + strings.Repeat(", ?", cols-1) + ")"
	for n := len(args) / cols; n > 0; {
		k := min(most, 1<<(bits.Len(uint(n))-1)) // the largest power of two ≤ n
		q := head + row + strings.Repeat(", "+row, k-1) + tail
		r, err := t.exec(ctx, q, args[:k*cols]...)
		if err != nil {
			return err
		}
		if each != nil {
			if err := each(r, k); err != nil {
				return err
			}
		}
		args, n = args[k*cols:], n-k
	}
	return nil
}

// readStmts keeps the statements the read pool runs most (an article, a page of
// events, the claims of an article or speaker), prepared once: assessing a deal
// runs them thousands of times, and parsing one costs about as much as running it.
// database/sql prepares a statement again on each connection it runs on.
type readStmts struct {
	mu  sync.Mutex
	got map[string]*sql.Stmt
}

// maxReadStmts bounds readStmts: the queries of event filters are of many shapes,
// and the rarer ones are run unprepared past it.
const maxReadStmts = 64

// query runs query with args on the read pool, through its prepared statement.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := s.readStmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return s.r.QueryContext(ctx, query, args...)
}

// queryRow is query for a single row.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st := s.readStmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return s.r.QueryRowContext(ctx, query, args...)
}

// readStmt returns query's statement on the read pool, nil when there is none to
// be had (too many kept, or preparing failed: running it unprepared reports why).
func (s *Store) readStmt(ctx context.Context, query string) *sql.Stmt {
	rs := &s.rs
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if st, ok := rs.got[query]; ok {
		return st
	}
	if len(rs.got) >= maxReadStmts {
		return nil
	}
	st, err := s.r.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	if rs.got == nil {
		rs.got = map[string]*sql.Stmt{}
	}
	rs.got[query] = st
	return st
}

// close closes the kept statements.
func (rs *readStmts) close() error {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	var errs []error
	for _, st := range rs.got {
		errs = append(errs, st.Close())
	}
	rs.got = nil
	return errors.Join(errs...)
}
