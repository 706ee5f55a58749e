package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
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

// KeepsPacked implements store.PackedKeeper: an event's JSON record, and a
// claim's JSON proposition, are stored only where the batch has no packed one.
func (s *Store) KeepsPacked() bool { return true }

// PutArticles implements store.Store.
func (s *Store) PutArticles(ctx context.Context, bs []store.Batch) (res []store.PutResult, err error) {
	for _, b := range bs {
		if err := b.Check(); err != nil {
			return nil, fmt.Errorf("put article: %w", err)
		}
	}
	var w *writer
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		// The statements run on a context that is never done: the driver watches a
		// cancellable one with a goroutine and a progress callback per statement.
		// A stop still ends the transaction: database/sql rolls it back when ctx
		// is done, and each article checks ctx first.
		sctx := context.WithoutCancel(ctx)
		// Plain max(rowid) queries, which SQLite answers from the end of the table.
		var lastArticle, lastEvent sql.NullInt64
		if err := tx.QueryRowContext(sctx, `SELECT max(rowid) FROM articles`).Scan(&lastArticle); err != nil {
			return fmt.Errorf("put articles: %w", err)
		}
		if err := tx.QueryRowContext(sctx, `SELECT max(rowid) FROM events`).Scan(&lastEvent); err != nil {
			return fmt.Errorf("put articles: %w", err)
		}
		w = &writer{txStmts: txStmts{tx: tx}, lastEvent: lastEvent.Int64, kept: &s.fps, added: map[int64]store.Fingerprint{},
			keptCodes: &s.codes, addedCodes: map[string]int64{}}
		w.reserve(bs)
		res = make([]store.PutResult, 0, len(bs))
		for _, b := range bs {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("put articles: %w", err)
			}
			r, err := w.putBatch(sctx, b)
			var ae *articleError
			switch {
			case errors.As(err, &ae):
				return err
			case err != nil:
				return fmt.Errorf("put article %s: %w", b.Article.ID, err)
			}
			res = append(res, r)
		}
		if err := w.flush(sctx); err != nil {
			return err
		}
		return indexText(sctx, tx, lastArticle.Int64, lastEvent.Int64)
	})
	if err != nil {
		return nil, err
	}
	s.fps.add(w.added)
	s.codes.add(w.addedCodes)
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
	s.cp.committed()
	return nil
}

// indexText adds the articles and events above the given rowids, those the
// transaction wrote, to the full-text indexes: in two statements at the end, since
// FTS5 flushes what it holds at every later statement of the transaction.
func indexText(ctx context.Context, tx *sql.Tx, lastArticle, lastEvent int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles WHERE rowid > ?`, lastArticle); err != nil {
		return fmt.Errorf("index article text: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events_fts (rowid, text) SELECT e.rowid, `+eventText+` FROM events e WHERE e.rowid > ?`, lastEvent); err != nil {
		return fmt.Errorf("index event text: %w", err)
	}
	return nil
}

// writer writes one transaction's articles through the store's prepared
// statements. The rows of events and claims wait in events and claims, and actor
// key rows in actors, until flush, so that the rows of many articles go in a few
// large statements: an article has few rows of each, and each statement has a
// cost of its own (binding, opening a cursor on every index).
type writer struct {
	txStmts
	events []eventRow
	claims []any // claims' rows, claimCols values each
	actors []actorRow
	args   []any // flushes' arguments, kept for the next flush
	// lastEvent is the largest event rowid when the transaction began: the events
	// above it are not in the full-text index yet.
	lastEvent int64
	// kept are the fingerprints of committed articles; added those the
	// transaction stored or read, kept when it commits.
	kept  *fingerprints
	added map[int64]store.Fingerprint
	// keptCodes are the ids of committed codes; addedCodes those the
	// transaction added or read, kept when it commits.
	keptCodes  *codeIDs
	addedCodes map[string]int64
}

// eventRow is an event waiting to be inserted.
type eventRow struct {
	article int64  // rowid
	id      string // the article's id, for errors
	dup     int
	dateKey int64
	// textAt is where the event's text stands in its article's, Start -1 when
	// it is not the article's.
	textAt event.Span
	// codes' ids: CAMEO code and root, PLOVER type, country
	cameo, root, plover, country int64
	e                            *event.Event
	enc                          *store.EncodedEvent
	// own is whether the event's id is its article's own (ownID).
	own bool
}

// reserve sizes the writer's queues for the rows of bs, which all wait until the
// transaction's flush: grown from empty, the queues of a transaction of thousands
// of articles (a hundred thousand events, sixteen values each) were copied a dozen
// times over as they doubled. Actor keys are counted in the batches' encodings,
// when they have one.
func (w *writer) reserve(bs []store.Batch) {
	var events, claims, actors int
	for _, b := range bs {
		events += len(b.Events)
		claims += len(b.Claims)
		if b.Encoded != nil {
			for _, e := range b.Encoded.Events {
				actors += len(e.Actors)
			}
		}
	}
	w.events = make([]eventRow, 0, events)
	w.claims = make([]any, 0, claimCols*claims)
	w.actors = make([]actorRow, 0, actors)
	w.args = make([]any, 0, max(eventCols*events, 4*actors))
}

// actorRow is a row of event_actors.
type actorRow struct {
	key, date, event int64
	roles            int
}

// putBatch writes one article and what was coded from it.
func (w *writer) putBatch(ctx context.Context, b store.Batch) (store.PutResult, error) {
	a := b.Article
	res := store.PutResult{ID: a.ID}
	enc, err := b.PackedEncoding()
	if err != nil {
		return res, err
	}
	// Most articles are new: inserting first spares them a look-up.
	rowid, dupOf, created, err := w.insertArticle(ctx, a, enc)
	if err != nil {
		return res, err
	}
	if created {
		res.Created, res.DuplicateOf = true, dupOf
	} else {
		var stored string
		err := w.queryRow(ctx, `SELECT rowid, body, duplicate_of FROM articles WHERE id = ?`, a.ID).
			Scan(&rowid, &stored, &res.DuplicateOf)
		switch {
		case err != nil:
			return res, fmt.Errorf("look up article: %w", err)
		case stored != a.Text:
			return res, fmt.Errorf("another text is stored under this id: %w", store.ErrConflict)
		}
		if err := w.deleteCoded(ctx, rowid); err != nil {
			return res, err
		}
	}
	dup := 0
	if res.DuplicateOf != "" {
		dup = 1
	}
	for i := range b.Events {
		e := &b.Events[i]
		r := eventRow{article: rowid, id: a.ID, dup: dup, e: e, enc: &enc.Events[i], textAt: event.Span{Start: -1, End: -1},
			own: ownID(e.ID, a.ID)}
		// (Not an empty one: SQLite's substr of an empty blob is NULL.)
		if sp := e.Span; 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(a.Text) && a.Text[sp.Start:sp.End] == e.Text {
			r.textAt = sp
		}
		if r.dateKey, err = dateKey(e.Date.Value); err != nil {
			return res, err
		}
		for _, c := range []struct {
			id   *int64
			code string
		}{{&r.cameo, e.Cameo}, {&r.root, cameoRoot(e.Cameo)}, {&r.plover, e.Plover.Type}, {&r.country, e.Location.Country}} {
			if *c.id, err = w.code(ctx, c.code); err != nil {
				return res, err
			}
		}
		w.events = append(w.events, r)
	}
	for i, c := range b.Claims {
		speaker, err := w.code(ctx, c.Speaker.Code)
		if err != nil {
			return res, err
		}
		// The text of a claim is its sentence's, which the article holds (not an
		// empty one: SQLite's substr of an empty blob is NULL).
		var text any = c.Text
		if 0 <= c.Start && c.Start < c.End && c.End <= len(a.Text) && a.Text[c.Start:c.End] == c.Text {
			text = nil
		}
		var prop any = enc.Props[i]
		if p := enc.PackedProps[i]; p != nil {
			prop = p
		}
		w.claims = append(w.claims, rowid, c.Start, i, c.End, speaker, c.Speaker.Name, text, prop)
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

// insertArticle stores the article unless its id is stored already, linking it to
// the nearest stored original when the batch names none. It returns the new rowid
// and original, and whether it stored the article.
func (w *writer) insertArticle(ctx context.Context, a store.Article, enc *store.Encoded) (int64, string, bool, error) {
	fp := enc.Fingerprint
	dupOf := a.DuplicateOf
	if dupOf == "" && !fp.IsZero() {
		near, err := w.nearest(ctx, fp, enc.Bands, a.ID)
		if err != nil {
			return 0, "", false, err
		}
		if near != nil {
			dupOf = near.ID
			if near.DuplicateOf != "" {
				dupOf = near.DuplicateOf
			}
		}
	}
	r, err := w.exec(ctx, `INSERT INTO articles (id, url, title, source, date, date_approx, name, body, fingerprint, duplicate_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		a.ID, a.URL, a.Title, a.Source, store.FormatTime(a.Date), a.DateApprox, a.Name, a.Text, fp.Bytes(), dupOf)
	if err != nil {
		return 0, "", false, fmt.Errorf("insert article: %w", err)
	}
	n, err := r.RowsAffected()
	if err != nil {
		return 0, "", false, fmt.Errorf("insert article: %w", err)
	}
	if n == 0 {
		return 0, "", false, nil
	}
	rowid, err := r.LastInsertId()
	if err != nil {
		return 0, "", false, fmt.Errorf("insert article: %w", err)
	}
	if !fp.IsZero() {
		w.added[rowid] = fp
	}
	args := make([]any, 0, 2*len(enc.Bands))
	for _, k := range enc.Bands {
		args = append(args, k, rowid)
	}
	if err := w.insertRows(ctx, `INSERT OR IGNORE INTO article_bands (key, article_rowid) VALUES `, ``,
		2, 16, args, nil); err != nil {
		return 0, "", false, fmt.Errorf("insert article fingerprint: %w", err)
	}
	return rowid, dupOf, true, nil
}

// nearest returns the stored article nearest fp other than except, nil when none
// is Near: store.Nearest's choice (the most similar, then the least id). Its
// candidates are the first store.BandCandidates articles stored under each of
// fp's band keys (see bandCandidates); their fingerprints
// come from the kept ones when they can, else from their rows, and only the Near
// ones' ids are read.
func (w *writer) nearest(ctx context.Context, fp store.Fingerprint, keys []int64, except string) (*store.Article, error) {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := w.query(ctx, bandCandidates(len(keys)), args...)
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	var cands []int64
	for rows.Next() {
		var rowid int64
		if err := rows.Scan(&rowid); err != nil {
			rows.Close()
			return nil, fmt.Errorf("similar articles: %w", err)
		}
		cands = append(cands, rowid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	type cand struct {
		rowid int64
		sim   float64
	}
	var near []cand
	for _, rowid := range cands {
		o, err := w.fingerprint(ctx, rowid)
		if err != nil {
			return nil, fmt.Errorf("similar articles: article rowid %d: %w", rowid, err)
		}
		if fp.Near(o) {
			near = append(near, cand{rowid, fp.Similarity(o)})
		}
	}
	var (
		best    *store.Article
		bestSim float64
	)
	for _, c := range near {
		if best != nil && c.sim < bestSim {
			continue
		}
		var a store.Article
		if err := w.queryRow(ctx, `SELECT id, duplicate_of FROM articles WHERE rowid = ?`, c.rowid).Scan(&a.ID, &a.DuplicateOf); err != nil {
			return nil, fmt.Errorf("similar articles: article rowid %d: %w", c.rowid, err)
		}
		if a.ID == except || best != nil && c.sim == bestSim && a.ID > best.ID {
			continue
		}
		best, bestSim = &a, c.sim
	}
	return best, nil
}

// bandCandidates returns the query of the rowids of the first
// store.BandCandidates articles stored under each of n band keys, an article
// once per key it shares.
func bandCandidates(n int) string {
	one := `SELECT article_rowid FROM (SELECT article_rowid FROM article_bands WHERE key = ? ORDER BY article_rowid LIMIT ` +
		strconv.Itoa(store.BandCandidates) + `)`
	return one + strings.Repeat(` UNION ALL `+one, n-1)
}

// fingerprint returns the fingerprint of the article of the given rowid.
func (w *writer) fingerprint(ctx context.Context, rowid int64) (store.Fingerprint, error) {
	if fp, ok := w.kept.get(rowid); ok {
		return fp, nil
	}
	if fp, ok := w.added[rowid]; ok {
		return fp, nil
	}
	var raw []byte
	if err := w.queryRow(ctx, `SELECT fingerprint FROM articles WHERE rowid = ?`, rowid).Scan(&raw); err != nil {
		return store.Fingerprint{}, err
	}
	fp, err := store.ParseFingerprint(raw)
	if err == nil && !fp.IsZero() {
		w.added[rowid] = fp // kept too if the transaction commits
	}
	return fp, err
}

// deleteCoded removes the events and claims of the article of the given rowid
// before they are written anew.
// Each event's actor rows are deleted by their keys, computed again from the
// stored record, which spares event_actors an index by event.
func (w *writer) deleteCoded(ctx context.Context, rowid int64) error {
	// Rows of this article may still wait, if the transaction put it before.
	if err := w.flush(ctx); err != nil {
		return err
	}
	rows, err := w.query(ctx, `SELECT rowid, date_key, record FROM events WHERE article_rowid = ?`, rowid)
	if err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	type stored struct {
		rowid, dateKey int64
		e              event.Event
	}
	var old []stored
	for rows.Next() {
		var (
			st  stored
			rec []byte
		)
		if err := rows.Scan(&st.rowid, &st.dateKey, &rec); err != nil {
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
			id, err := w.code(ctx, key)
			if err != nil {
				return fmt.Errorf("replace article's records: %w", err)
			}
			if _, err := w.exec(ctx, `DELETE FROM event_actors WHERE key = ? AND date_key = ? AND event_rowid = ?`, id, st.dateKey, st.rowid); err != nil {
				return fmt.Errorf("replace article's records: %w", err)
			}
		}
	}
	// Only the events stored before the transaction are in the full-text index
	// (indexText adds the others at its end): deleting another would corrupt it.
	if _, err := w.exec(ctx, `INSERT INTO events_fts (events_fts, rowid, text) SELECT 'delete', e.rowid, `+eventText+` FROM events e WHERE e.article_rowid = ? AND e.rowid <= ?`,
		rowid, w.lastEvent); err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	if _, err := w.exec(ctx, `DELETE FROM event_ids WHERE event_rowid IN (SELECT rowid FROM events WHERE article_rowid = ?)`, rowid); err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	if _, err := w.exec(ctx, `DELETE FROM events WHERE article_rowid = ?`, rowid); err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	if _, err := w.exec(ctx, `DELETE FROM claims WHERE article_rowid = ?`, rowid); err != nil {
		return fmt.Errorf("replace article's records: %w", err)
	}
	return nil
}

// eventCols is how many values an events row takes.
const eventCols = 16

// eventRowsPerStatement bounds one multi-row insert of events.
const eventRowsPerStatement = 64

// claimCols is how many values a claims row takes.
const claimCols = 8

// claimRowsPerStatement bounds one multi-row insert of claims.
const claimRowsPerStatement = 64

// flush inserts the waiting rows: events, then claims and actor keys.
func (w *writer) flush(ctx context.Context) error {
	if err := w.flushEvents(ctx); err != nil {
		return err
	}
	err := w.insertRows(ctx, `INSERT OR IGNORE INTO claims (article_rowid, start, seq, "end", speaker_id, speaker_name, text, prop) VALUES `, ``,
		claimCols, claimRowsPerStatement, w.claims, nil)
	clear(w.claims)
	w.claims = w.claims[:0]
	if err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	return w.flushActors(ctx)
}

// flushEvents inserts the waiting events in multi-row statements and queues their
// actor key rows. A statement's rows take consecutive rowids (one writer; rowids
// are never reused), the last of which is its LastInsertId, so that each actor row
// knows its event's rowid. An event id taken already in its article leaves its
// row out, which the row count tells; checkIDs then finds one taken by another
// article's event.
//
// The multi-row inserts here say OR IGNORE, though no row they write breaks a
// constraint but a taken event id: a statement that may abort midway makes SQLite
// journal every page it changes, so that it can undo its own rows alone, and
// that journal cost as much as an index.
func (w *writer) flushEvents(ctx context.Context) error {
	rows := w.events
	defer func() {
		clear(w.events)
		w.events = w.events[:0]
	}()
	if len(rows) == 0 {
		return nil
	}
	w.args = w.args[:0]
	for _, r := range rows {
		e := r.e
		rec := r.enc.Packed
		if rec == nil {
			rec = r.enc.Record
		}
		text := e.Text
		if r.textAt.Start >= 0 {
			text = "" // the article's, from textAt
		}
		w.args = append(w.args, e.ID, r.article, r.cameo, r.plover, string(e.Modality),
			r.country, r.dup, text, e.Trigger.Start, e.Trigger.End, e.Lemma, rec, r.root, r.dateKey, r.textAt.Start, r.textAt.End)
	}
	done := 0
	rowids := make([]int64, len(rows))
	err := w.insertRows(ctx, `INSERT OR IGNORE INTO events (id, article_rowid, cameo_id, plover_id, modality, country_id, duplicate, text, trigger_start, trigger_end, lemma, record, cameo_root_id, date_key, text_start, text_end) VALUES `,
		``, eventCols, eventRowsPerStatement, w.args, func(res sql.Result, n int) error {
			first := done
			done += n
			if got, err := res.RowsAffected(); err != nil || got != int64(n) {
				return w.conflict(ctx, rows, first, done)
			}
			last, err := res.LastInsertId()
			if err != nil {
				return &articleError{rows[done-1].id, fmt.Errorf("insert event %s: %w", rows[done-1].e.ID, err)}
			}
			for i := first; i < done; i++ {
				rowid := last - int64(done-1-i)
				rowids[i] = rowid
				for _, k := range rows[i].enc.Actors {
					id, err := w.code(ctx, k.Key)
					if err != nil {
						return &articleError{rows[i].id, err}
					}
					w.actors = append(w.actors, actorRow{id, rows[i].dateKey, rowid, k.Roles})
				}
			}
			return nil
		})
	clear(w.args)
	if err != nil {
		return err
	}
	return w.checkIDs(ctx, rows, rowids)
}

// cameoRoot returns the CAMEO root of code, its first two characters, as
// substr(code, 1, 2) in SQL.
func cameoRoot(code string) string {
	n := 0
	for i := range code {
		if n == 2 {
			return code[:i]
		}
		n++
	}
	return code
}

// conflict returns the ErrConflict error that names the first event, among those
// of the articles that rows[first:end] (one statement's rows) hold, whose id is
// repeated in its article or stored under another article than its own.
func (w *writer) conflict(ctx context.Context, rows []eventRow, first, end int) error {
	for first > 0 && rows[first-1].article == rows[first].article {
		first--
	}
	for end < len(rows) && rows[end].article == rows[end-1].article {
		end++
	}
	seen := make(map[string]bool)
	for i, r := range rows[first:end] {
		if i > 0 && rows[first+i-1].article != r.article {
			clear(seen)
		}
		id := r.e.ID
		if seen[id] {
			return &articleError{r.id, fmt.Errorf("event id %s is repeated: %w", id, store.ErrConflict)}
		}
		seen[id] = true
		var other int64
		err := w.queryRow(ctx, `SELECT x.article_rowid FROM events x WHERE x.rowid IN (`+eventRowidsByID+`) AND x.article_rowid <> ?3 LIMIT 1`,
			id, idPrefixes(id), r.article).Scan(&other)
		if err != nil && err != sql.ErrNoRows {
			return &articleError{r.id, fmt.Errorf("insert event %s: %w", id, err)}
		}
		if err == nil && other != r.article {
			return &articleError{r.id, fmt.Errorf("event id %s is taken by another article: %w", id, store.ErrConflict)}
		}
	}
	return &articleError{rows[first].id, fmt.Errorf("events of article rowid %d: an id is taken: %w", rows[first].article, store.ErrConflict)}
}

// articleError is an error of writing the article of the given id, found when its
// rows were flushed, perhaps while writing another.
type articleError struct {
	id  string
	err error
}

func (e *articleError) Error() string { return "put article " + e.id + ": " + e.err.Error() }
func (e *articleError) Unwrap() error { return e.err }

// actorRowsPerStatement bounds one multi-row insert of actor keys.
const actorRowsPerStatement = 256

// flushActors inserts the queued actor key rows in multi-row statements (one
// statement per row cost more than the B-tree work), in the table's order, so that
// consecutive rows go to the same pages.
func (w *writer) flushActors(ctx context.Context) error {
	slices.SortFunc(w.actors, func(a, b actorRow) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.date, b.date), cmp.Compare(a.event, b.event))
	})
	w.args = w.args[:0]
	for _, r := range w.actors {
		w.args = append(w.args, r.key, r.date, r.event, r.roles)
	}
	err := w.insertRows(ctx, `INSERT OR IGNORE INTO event_actors (key, date_key, event_rowid, roles) VALUES `, ``, 4, actorRowsPerStatement, w.args, nil)
	w.actors = w.actors[:0]
	if err != nil {
		return fmt.Errorf("insert event actors: %w", err)
	}
	return nil
}
