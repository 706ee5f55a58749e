package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, b store.Batch) (store.PutResult, error) {
	res, err := s.PutArticles(ctx, []store.Batch{b})
	if err != nil {
		return store.PutResult{}, err
	}
	return res[0], nil
}

// PutArticles implements store.Store.
func (s *Store) PutArticles(ctx context.Context, bs []store.Batch) (res []store.PutResult, err error) {
	for _, b := range bs {
		if err := b.Check(); err != nil {
			return nil, fmt.Errorf("put article: %w", err)
		}
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		w, err := newWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		// Plain max(rowid) queries, which SQLite answers from the end of the table.
		var lastArticle, lastEvent sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT max(rowid) FROM articles`).Scan(&lastArticle); err != nil {
			return fmt.Errorf("put articles: %w", err)
		}
		if err := tx.QueryRowContext(ctx, `SELECT max(rowid) FROM events`).Scan(&lastEvent); err != nil {
			return fmt.Errorf("put articles: %w", err)
		}
		res = make([]store.PutResult, 0, len(bs))
		for _, b := range bs {
			r, err := w.putBatch(ctx, b)
			if err != nil {
				return fmt.Errorf("put article %s: %w", b.Article.ID, err)
			}
			res = append(res, r)
		}
		return indexText(ctx, tx, lastArticle.Int64, lastEvent.Int64)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// inTx runs fn in a write transaction, committing when it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// indexText adds the articles and events above the given rowids, those the
// transaction wrote, to the full-text indexes: in two statements at the end, since
// FTS5 flushes what it holds at every later statement of the transaction.
func indexText(ctx context.Context, tx *sql.Tx, lastArticle, lastEvent int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles WHERE rowid > ?`, lastArticle); err != nil {
		return fmt.Errorf("index article text: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT rowid, text FROM events WHERE rowid > ?`, lastEvent); err != nil {
		return fmt.Errorf("index event text: %w", err)
	}
	return nil
}

// writer holds one transaction's prepared statements for the rows every article has
// many of.
type writer struct {
	tx    *sql.Tx
	event *sql.Stmt
	actor *sql.Stmt
	claim *sql.Stmt
	stmts []*sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.event, `INSERT INTO events (id, article_rowid, date, cameo, plover, modality, country, duplicate, text, trigger_start, trigger_end, lemma, record)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&w.claim, `INSERT INTO claims (article_rowid, article_id, speaker_code, speaker_name, text, start, "end", prop) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = st
		w.stmts = append(w.stmts, st)
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// putBatch writes one article and what was coded from it.
func (w *writer) putBatch(ctx context.Context, b store.Batch) (store.PutResult, error) {
	a := b.Article
	res := store.PutResult{ID: a.ID}
	var (
		rowid  int64
		stored string
	)
	err := w.tx.QueryRowContext(ctx, `SELECT rowid, body, duplicate_of FROM articles WHERE id = ?`, a.ID).
		Scan(&rowid, &stored, &res.DuplicateOf)
	switch {
	case err == sql.ErrNoRows:
		res.Created = true
		rowid, res.DuplicateOf, err = w.insertArticle(ctx, a)
		if err != nil {
			return res, err
		}
	case err != nil:
		return res, fmt.Errorf("look up article: %w", err)
	case stored != a.Text:
		return res, fmt.Errorf("another text is stored under this id: %w", store.ErrConflict)
	default:
		if err := w.deleteCoded(ctx, rowid); err != nil {
			return res, err
		}
	}
	dup := 0
	if res.DuplicateOf != "" {
		dup = 1
	}
	var actors []any
	for _, e := range b.Events {
		evRowid, err := w.insertEvent(ctx, rowid, dup, e)
		if err != nil {
			return res, err
		}
		for key, roles := range store.ActorKeys(e) {
			actors = append(actors, key, e.Date.Value, evRowid, roles)
		}
	}
	if err := w.insertActors(ctx, actors); err != nil {
		return res, err
	}
	for _, c := range b.Claims {
		prop, err := store.EncodeProposition(c.Prop)
		if err != nil {
			return res, err
		}
		if _, err := w.claim.ExecContext(ctx, rowid, a.ID, c.Speaker.Code, c.Speaker.Name, c.Text, c.Start, c.End, prop); err != nil {
			return res, fmt.Errorf("insert claim: %w", err)
		}
	}
	if len(b.Agreements) > 0 {
		if err := putAgreements(ctx, w.tx, b.Agreements); err != nil {
			return res, err
		}
	}
	if len(b.Statuses) > 0 {
		if err := putStatuses(ctx, w.tx, b.Statuses); err != nil {
			return res, err
		}
	}
	return res, nil
}

// insertArticle stores a new article, linking it to the nearest stored original
// when the batch names none.
func (w *writer) insertArticle(ctx context.Context, a store.Article) (int64, string, error) {
	fp := store.FingerprintOf(a.Text)
	dupOf := a.DuplicateOf
	if dupOf == "" && !fp.IsZero() {
		near, err := similar(ctx, w.tx, fp, 1, a.ID)
		if err != nil {
			return 0, "", err
		}
		if len(near) > 0 {
			dupOf = near[0].ID
			if near[0].DuplicateOf != "" {
				dupOf = near[0].DuplicateOf
			}
		}
	}
	r, err := w.tx.ExecContext(ctx, `INSERT INTO articles (id, url, title, source, date, date_approx, name, body, fingerprint, duplicate_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.URL, a.Title, a.Source, store.FormatTime(a.Date), a.DateApprox, a.Name, a.Text, fp.Bytes(), dupOf)
	if err != nil {
		return 0, "", fmt.Errorf("insert article: %w", err)
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return 0, "", fmt.Errorf("insert article: %w", err)
	}
	for _, k := range fp.BandKeys() {
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO article_bands (key, article_rowid) VALUES (?, ?) ON CONFLICT DO NOTHING`, k, rowid); err != nil {
			return 0, "", fmt.Errorf("insert article fingerprint: %w", err)
		}
	}
	return rowid, dupOf, nil
}

// deleteCoded removes an article's events and claims before they are written anew.
// Each event's actor rows are deleted by their keys, computed again from the
// stored record, which spares event_actors an index by event.
func (w *writer) deleteCoded(ctx context.Context, rowid int64) error {
	rows, err := w.tx.QueryContext(ctx, `SELECT rowid, record FROM events WHERE article_rowid = ?`, rowid)
	if err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	type stored struct {
		rowid int64
		e     event.Event
	}
	var old []stored
	for rows.Next() {
		var (
			st  stored
			rec []byte
		)
		if err := rows.Scan(&st.rowid, &rec); err != nil {
			rows.Close()
			return fmt.Errorf("replace article's records: %w", err)
		}
		if st.e, err = store.DecodeEvent(rec, "", event.Span{}, ""); err != nil {
			rows.Close()
			return fmt.Errorf("replace article's records: %w", err)
		}
		old = append(old, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	for _, st := range old {
		for key := range store.ActorKeys(st.e) {
			if _, err := w.tx.ExecContext(ctx, `DELETE FROM event_actors WHERE key = ? AND date = ? AND event_rowid = ?`, key, st.e.Date.Value, st.rowid); err != nil {
				return fmt.Errorf("replace article's records: %w", err)
			}
		}
	}
	for _, q := range []string{
		`INSERT INTO events_fts (events_fts, rowid, text) SELECT 'delete', rowid, text FROM events WHERE article_rowid = ?`,
		`DELETE FROM events WHERE article_rowid = ?`,
		`DELETE FROM claims WHERE article_rowid = ?`,
	} {
		if _, err := w.tx.ExecContext(ctx, q, rowid); err != nil {
			return fmt.Errorf("replace article's records: %w", err)
		}
	}
	return nil
}

// insertEvent adds an event of the article and returns its rowid.
func (w *writer) insertEvent(ctx context.Context, article int64, dup int, e event.Event) (int64, error) {
	rec, err := store.EventRecord(e)
	if err != nil {
		return 0, err
	}
	r, err := w.event.ExecContext(ctx, e.ID, article, e.Date.Value, e.Cameo, e.Plover.Type, string(e.Modality),
		e.Location.Country, dup, e.Text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec)
	if err != nil {
		return 0, fmt.Errorf("insert event %s: %w", e.ID, err)
	}
	if n, err := r.RowsAffected(); err != nil || n == 0 {
		return 0, fmt.Errorf("event id %s is taken by another article or repeated: %w", e.ID, store.ErrConflict)
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert event %s: %w", e.ID, err)
	}
	return rowid, nil
}

// actorRowsPerStatement bounds one multi-row insert of actor keys (4 arguments a
// row, well under SQLite's limit of 32766 arguments).
const actorRowsPerStatement = 500

// insertActors adds an article's actor key rows, given as flat (key, date, event
// rowid, roles) arguments, a few hundred rows a statement: one statement per row
// cost more than the B-tree work.
func (w *writer) insertActors(ctx context.Context, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/4, actorRowsPerStatement)
		q := `INSERT INTO event_actors (key, date, event_rowid, roles) VALUES (?, ?, ?, ?)` + strings.Repeat(`, (?, ?, ?, ?)`, n-1)
		if _, err := w.tx.ExecContext(ctx, q, args[:4*n]...); err != nil {
			return fmt.Errorf("insert event actors: %w", err)
		}
		args = args[4*n:]
	}
	return nil
}
