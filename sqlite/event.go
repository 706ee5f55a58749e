package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

const eventColumns = `e.rowid, ` + eventText + `, e.trigger_start, e.trigger_end, e.lemma, e.record`

// eventText is the text of the event e: its article's from text_start to
// text_end (bytes), as an event's sentence is, else its own.
const eventText = `CASE WHEN e.text_start < 0 THEN e.text ELSE
	(SELECT CAST(substr(CAST(t.body AS BLOB), e.text_start + 1, e.text_end - e.text_start) AS TEXT) FROM articles t WHERE t.rowid = e.article_rowid) END`

// eventKey is where an event stands in event order, for a cursor.
type eventKey struct {
	date  string
	rowid int64
}

func (k eventKey) cursor() string { return store.EncodeCursor(k.date, strconv.FormatInt(k.rowid, 10)) }

// scanEvent reads a row of eventColumns with d, returning the event and its key.
func scanEvent(row scanner, d *store.RecordReader) (event.Event, eventKey, error) {
	var (
		k                   eventKey
		text, lemma, record string
		trigger             event.Span
	)
	if err := row.Scan(&k.rowid, &text, &trigger.Start, &trigger.End, &lemma, &record); err != nil {
		return event.Event{}, k, err
	}
	e, err := d.Event(record, text, trigger, lemma)
	if err != nil {
		return event.Event{}, k, fmt.Errorf("event %s: %w", e.ID, err)
	}
	k.date = e.Date.Value
	return e, k, nil
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (event.Event, error) {
	e, _, err := scanEvent(s.queryRow(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.rowid IN (`+eventRowidsByID+`)`, id, idPrefixes(id)), &store.RecordReader{})
	if errors.Is(err, sql.ErrNoRows) {
		return event.Event{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return event.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// Events implements store.Store.
func (s *Store) Events(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	return s.events(ctx, f, &store.RecordReader{})
}

// events is Events, its records decoded with d.
func (s *Store) events(ctx context.Context, f store.EventFilter, d *store.RecordReader) (store.EventPage, error) {
	if err := f.Validate(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	limit, _ := store.PageLimit(f.Limit)
	q, args, err := s.eventQuery(ctx, f)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	rows, err := s.query(ctx, q+` LIMIT ?`, append(args, limit+1)...)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var (
		page store.EventPage
		keys []eventKey
	)
	page.Events = make([]event.Event, 0, min(limit+1, 64))
	for rows.Next() {
		e, k, err := scanEvent(rows, d)
		if err != nil {
			return store.EventPage{}, fmt.Errorf("events: %w", err)
		}
		page.Events, keys = append(page.Events, e), append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	if len(page.Events) > limit {
		page.Events, page.Next = page.Events[:limit], keys[limit-1].cursor()
	}
	return page, nil
}

// eachPage is how many events EachEvent reads at a time.
const eachPage = 1000

// EachEvent implements store.Store. It reads page by page, so fn may use the store.
func (s *Store) EachEvent(ctx context.Context, f store.EventFilter, fn func(event.Event) error) error {
	f.Limit, f.Cursor = eachPage, ""
	var d store.RecordReader // for all pages, so that they share their strings
	for {
		page, err := s.events(ctx, f, &d)
		if err != nil {
			return err
		}
		for _, e := range page.Events {
			if err := fn(e); err != nil {
				return err
			}
		}
		if page.Next == "" {
			return nil
		}
		f.Cursor = page.Next
	}
}

// eventQuery turns f into a query of eventColumns in event order, without its
// LIMIT. One index drives it and the other conditions filter the rows it gives:
//   - a text filter whose words few events hold (see defaultTextDriveLimit): the
//     full-text index, its events sorted;
//   - else an actor filter that is a key (store.KeyedActor): that key's rows of
//     event_actors, which are in event order already;
//   - else SQLite's choice, usually events in date order.
//
// CROSS JOIN keeps SQLite from reordering the join.
func (s *Store) eventQuery(ctx context.Context, f store.EventFilter) (string, []any, error) {
	var (
		where []string
		args  []any
		text  string
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if f.Text != "" {
		q, err := store.ParseQuery(f.Text)
		if err != nil {
			return "", nil, err
		}
		text = matchExpr(q)
	}
	byText := false
	if text != "" {
		var n int
		if err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT ?)`,
			text, s.textDriveLimit).Scan(&n); err != nil {
			return "", nil, err
		}
		byText = n < s.textDriveLimit
	}
	from, date, rowid := `events e`, `e.date_key`, `e.rowid`
	switch {
	case byText:
		from = `(SELECT rowid AS r FROM events_fts WHERE events_fts MATCH ?) t CROSS JOIN events e ON e.rowid = t.r`
		args = append(args, text)
		if store.KeyedActor(f.Actor) {
			add(`EXISTS (SELECT 1 FROM event_actors a WHERE a.key = (SELECT id FROM codes WHERE code = ?) AND a.date_key = e.date_key AND a.event_rowid = e.rowid AND a.roles & ? <> 0)`,
				f.Actor, store.RoleBits(f.Role))
		}
	case store.KeyedActor(f.Actor):
		from, date, rowid = `event_actors a CROSS JOIN events e ON e.rowid = a.event_rowid`, `a.date_key`, `a.event_rowid`
		add(`a.key = (SELECT id FROM codes WHERE code = ?)`, f.Actor)
		if f.Role != store.AnyRole {
			add(`a.roles & ? <> 0`, store.RoleBits(f.Role))
		}
	}
	if f.Actor != "" && !store.KeyedActor(f.Actor) {
		add(`e.rowid IN (SELECT event_rowid FROM event_actors WHERE key IN (SELECT id FROM codes WHERE code >= ? AND code < ?) AND roles & ? <> 0)`,
			f.Actor, store.PrefixEnd(f.Actor), store.RoleBits(f.Role))
	}
	if text != "" && !byText {
		add(matchFunc+`(`+eventText+`, ?)`, f.Text)
	}
	if !f.Duplicates {
		add(`e.duplicate = 0`)
	}
	if f.ArticleID != "" {
		add(`e.article_rowid = (SELECT rowid FROM articles WHERE id = ?)`, f.ArticleID)
	}
	switch {
	case len(f.Cameo) == 2: // a root
		add(`e.cameo_root_id = (SELECT id FROM codes WHERE code = ?)`, f.Cameo)
	case len(f.Cameo) >= 4: // a leaf
		add(`e.cameo_id = (SELECT id FROM codes WHERE code = ?)`, f.Cameo)
	case f.Cameo != "":
		add(`e.cameo_id IN (SELECT id FROM codes WHERE code >= ? AND code < ?)`, f.Cameo, store.PrefixEnd(f.Cameo))
	}
	if f.Plover != "" {
		add(`e.plover_id = (SELECT id FROM codes WHERE code = ?)`, f.Plover)
	}
	if f.Modality != "" {
		add(`e.modality = ?`, string(f.Modality))
	}
	if f.From != "" {
		k, err := dateKey(f.From)
		if err != nil {
			return "", nil, err
		}
		add(date+` >= ?`, k)
	}
	if f.To != "" {
		k, err := dateKey(f.To)
		if err != nil {
			return "", nil, err
		}
		add(date+` BETWEEN 1 AND ?`, k)
	}
	if f.Country != "" {
		add(`e.country_id = (SELECT id FROM codes WHERE code = ?)`, f.Country)
	}
	if f.Cursor != "" {
		k, err := store.DecodeCursor(f.Cursor, 2)
		if err != nil {
			return "", nil, err
		}
		n, err := strconv.ParseInt(k[1], 10, 64)
		if err != nil {
			return "", nil, fmt.Errorf("cursor %q: %w", f.Cursor, store.ErrInvalid)
		}
		dk, err := dateKey(k[0])
		if err != nil {
			return "", nil, fmt.Errorf("cursor %q: %w", f.Cursor, store.ErrInvalid)
		}
		add(`(`+date+`, `+rowid+`) > (?, ?)`, dk, n)
	}
	return `SELECT ` + eventColumns + ` FROM ` + from + whereClause(where) + ` ORDER BY ` + date + `, ` + rowid, args, nil
}
