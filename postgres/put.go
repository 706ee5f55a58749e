package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

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
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		res = make([]store.PutResult, 0, len(bs))
		for _, b := range bs {
			r, err := putBatch(ctx, tx, b)
			if err != nil {
				return fmt.Errorf("put article %s: %w", b.Article.ID, err)
			}
			res = append(res, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// lockArticle returns the stored article's row, text and link, locked until the
// transaction ends, or pgx.ErrNoRows.
func lockArticle(ctx context.Context, tx pgx.Tx, id string) (rowid int64, body, dupOf string, err error) {
	err = tx.QueryRow(ctx, `SELECT rowid, body, duplicate_of FROM articles WHERE id = $1 FOR UPDATE`, id).
		Scan(&rowid, &body, &dupOf)
	return
}

// putBatch writes one article and what was coded from it. Two writers of one
// article are serialised by its row: the second waits for the first to commit, then
// replaces what it wrote.
func putBatch(ctx context.Context, tx pgx.Tx, b store.Batch) (store.PutResult, error) {
	a := b.Article
	res := store.PutResult{ID: a.ID}
	enc, err := b.Encoding()
	if err != nil {
		return res, err
	}
	rowid, stored, dupOf, err := lockArticle(ctx, tx, a.ID)
	if errors.Is(err, pgx.ErrNoRows) {
		var inserted bool
		rowid, dupOf, inserted, err = insertArticle(ctx, tx, a, enc)
		if err != nil {
			return res, err
		}
		if inserted {
			res.Created, stored = true, a.Text
		} else { // another writer stored it meanwhile
			rowid, stored, dupOf, err = lockArticle(ctx, tx, a.ID)
		}
	}
	if err != nil {
		return res, fmt.Errorf("look up article: %w", err)
	}
	res.DuplicateOf = dupOf
	if stored != a.Text {
		return res, fmt.Errorf("another text is stored under this id: %w", store.ErrConflict)
	}
	if !res.Created {
		if err := deleteCoded(ctx, tx, rowid); err != nil {
			return res, err
		}
	}
	if err := insertEvents(ctx, tx, rowid, dupOf != "", b.Events, enc.Events); err != nil {
		return res, err
	}
	if len(b.Claims) > 0 {
		rows := make([][]any, len(b.Claims))
		for i, c := range b.Claims {
			rows[i] = []any{rowid, a.ID, c.Speaker.Code, c.Speaker.Name, c.Text, c.Start, c.End, enc.Props[i]}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"claims"},
			[]string{"article_rowid", "article_id", "speaker_code", "speaker_name", "text", "start", "end", "prop"}, pgx.CopyFromRows(rows)); err != nil {
			return res, fmt.Errorf("insert claims: %w", err)
		}
	}
	if len(b.Agreements) > 0 {
		if err := putAgreements(ctx, tx, b.Agreements); err != nil {
			return res, err
		}
	}
	if len(b.Statuses) > 0 {
		if err := putStatuses(ctx, tx, b.Statuses); err != nil {
			return res, err
		}
	}
	return res, nil
}

// insertArticle stores a new article, linking it to the nearest stored original
// when the batch names none. inserted is false when another writer stored the id
// first.
func insertArticle(ctx context.Context, tx pgx.Tx, a store.Article, enc *store.Encoded) (rowid int64, dupOf string, inserted bool, err error) {
	fp := enc.Fingerprint
	dupOf = a.DuplicateOf
	if dupOf == "" && !fp.IsZero() {
		near, err := original(ctx, tx, fp, a.ID)
		if err != nil {
			return 0, "", false, err
		}
		if len(near) > 0 {
			dupOf = near[0].ID
			if near[0].DuplicateOf != "" {
				dupOf = near[0].DuplicateOf
			}
		}
	}
	err = tx.QueryRow(ctx, `INSERT INTO articles (id, url, title, source, date, date_approx, name, body, fingerprint, duplicate_of)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING rowid`,
		a.ID, a.URL, a.Title, a.Source, store.FormatTime(a.Date), a.DateApprox, a.Name, a.Text, fp.Bytes(), dupOf).Scan(&rowid)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, "", false, nil
	}
	if err != nil {
		return 0, "", false, fmt.Errorf("insert article: %w", err)
	}
	if keys := enc.Bands; len(keys) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO article_bands (key, article_rowid) SELECT DISTINCT unnest($1::bigint[]), $2::bigint ON CONFLICT DO NOTHING`, keys, rowid); err != nil {
			return 0, "", false, fmt.Errorf("insert article fingerprint: %w", err)
		}
	}
	return rowid, dupOf, true, nil
}

// deleteCoded removes an article's events and claims before they are written anew.
func deleteCoded(ctx context.Context, tx pgx.Tx, rowid int64) error {
	for _, q := range []string{
		`DELETE FROM event_actors WHERE event_rowid IN (SELECT rowid FROM events WHERE article_rowid = $1)`,
		`DELETE FROM events WHERE article_rowid = $1`,
		`DELETE FROM claims WHERE article_rowid = $1`,
	} {
		if _, err := tx.Exec(ctx, q, rowid); err != nil {
			return fmt.Errorf("replace article's records: %w", err)
		}
	}
	return nil
}

// insertEvent adds an event and its actor keys in one statement; it returns 1, or 0
// when the event id is taken.
const insertEvent = `WITH ev AS (
		INSERT INTO events (id, article_rowid, date, cameo, plover, modality, country, duplicate, text, trigger_start, trigger_end, lemma, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING RETURNING rowid),
	actors AS (
		INSERT INTO event_actors (key, date, event_rowid, roles)
		SELECT k, $3, ev.rowid, r FROM ev, unnest($14::text[], $15::smallint[]) AS u(k, r) RETURNING 1)
	SELECT count(*) FROM ev`

// insertEvents adds an article's events in one round trip.
func insertEvents(ctx context.Context, tx pgx.Tx, article int64, dup bool, es []event.Event, enc []store.EncodedEvent) error {
	if len(es) == 0 {
		return nil
	}
	var batch pgx.Batch
	for i, e := range es {
		rec := enc[i].Record
		keys := make([]string, len(enc[i].Actors))
		roles := make([]int16, len(enc[i].Actors))
		for j, k := range enc[i].Actors {
			keys[j], roles[j] = k.Key, int16(k.Roles)
		}
		batch.Queue(insertEvent, e.ID, article, e.Date.Value, e.Cameo, e.Plover.Type, string(e.Modality), e.Location.Country, dup, e.Text,
			e.Trigger.Start, e.Trigger.End, e.Lemma, string(rec), keys, roles)
	}
	br := tx.SendBatch(ctx, &batch)
	defer br.Close()
	for _, e := range es {
		var n int
		if err := br.QueryRow().Scan(&n); err != nil {
			return fmt.Errorf("insert event %s: %w", e.ID, err)
		}
		if n == 0 {
			return fmt.Errorf("event id %s is taken by another article or repeated: %w", e.ID, store.ErrConflict)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("insert events: %w", err)
	}
	return nil
}
