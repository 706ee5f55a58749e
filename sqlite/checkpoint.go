package sqlite

import (
	"context"
	"database/sql"
)

// checkpointer copies the write-ahead log into the file on a connection of its own,
// after each commit, so that the writer's commits seldom do it themselves: copying
// took a tenth of the writer's time, and SQLite lets a passive checkpoint run
// beside a writer. The writer's own automatic checkpoint stays, at a larger log, as
// the backstop that restarts the log: SQLite rewinds it only when a write
// transaction begins with every frame copied, which a writer that begins the next
// transaction at once seldom sees.
type checkpointer struct {
	db   *sql.DB
	kick chan struct{}
	done chan struct{}
}

// newCheckpointer starts checkpointing db's log whenever kicked.
func newCheckpointer(db *sql.DB) *checkpointer {
	c := &checkpointer{db: db, kick: make(chan struct{}, 1), done: make(chan struct{})}
	go c.run()
	return c
}

func (c *checkpointer) run() {
	defer close(c.done)
	for range c.kick {
		// A failed checkpoint leaves the frames in the log for the next one, or
		// the writer's: nothing is lost, and nobody waits on it to be told.
		_, _ = c.db.ExecContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`)
	}
}

// committed asks for a checkpoint, unless one is asked for already.
func (c *checkpointer) committed() {
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// close waits for the running checkpoint and closes the connection.
func (c *checkpointer) close() error {
	close(c.kick)
	<-c.done
	return c.db.Close()
}
