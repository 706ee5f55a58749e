package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// codeIDs keeps the integer ids of codes (table codes: actor keys, CAMEO, PLOVER
// and country codes) that the writer has met, so that it reads or writes the table
// only for a code new to it. A committed code's id never changes (codes are never
// deleted), so what is kept stays true; codes that other processes added are read
// from the file when met.
type codeIDs struct {
	mu sync.Mutex
	m  map[string]int64
}

func (c *codeIDs) get(code string) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.m[code]
	return id, ok
}

// add keeps the ids of codes whose rows are committed.
func (c *codeIDs) add(ids map[string]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]int64, len(ids))
	}
	for k, id := range ids {
		c.m[k] = id
	}
}

// code returns code's id, adding it to codes when it is not there.
func (w *writer) code(ctx context.Context, code string) (int64, error) {
	if id, ok := w.addedCodes[code]; ok {
		return id, nil
	}
	if id, ok := w.keptCodes.get(code); ok {
		return id, nil
	}
	var id int64
	err := w.queryRow(ctx, `SELECT id FROM codes WHERE code = ?`, code).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var r sql.Result
		if r, err = w.exec(ctx, `INSERT INTO codes (code) VALUES (?)`, code); err == nil {
			id, err = r.LastInsertId()
		}
	}
	if err != nil {
		return 0, fmt.Errorf("code %q: %w", code, err)
	}
	w.addedCodes[code] = id // kept if the transaction commits
	return id, nil
}
