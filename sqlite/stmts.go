package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math/bits"
	"strings"
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
