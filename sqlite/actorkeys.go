package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// actorKeys keeps the integer ids of actor keys (table actor_keys) that the writer
// has met, so that it reads or writes the table only for a key new to it. A
// committed key's id never changes (keys are never deleted), so what is kept stays
// true; keys that other processes added are read from the file when met.
type actorKeys struct {
	mu sync.Mutex
	m  map[string]int64
}

func (c *actorKeys) get(key string) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.m[key]
	return id, ok
}

// add keeps the ids of keys whose rows are committed.
func (c *actorKeys) add(ids map[string]int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]int64, len(ids))
	}
	for k, id := range ids {
		c.m[k] = id
	}
}

// actorKey returns key's id, adding it to actor_keys when it is not there.
func (w *writer) actorKey(ctx context.Context, key string) (int64, error) {
	if id, ok := w.addedKeys[key]; ok {
		return id, nil
	}
	if id, ok := w.keptKeys.get(key); ok {
		return id, nil
	}
	var id int64
	err := w.queryRow(ctx, `SELECT id FROM actor_keys WHERE key = ?`, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var r sql.Result
		if r, err = w.exec(ctx, `INSERT INTO actor_keys (key) VALUES (?)`, key); err == nil {
			id, err = r.LastInsertId()
		}
	}
	if err != nil {
		return 0, fmt.Errorf("actor key %s: %w", key, err)
	}
	w.addedKeys[key] = id // kept if the transaction commits
	return id, nil
}
