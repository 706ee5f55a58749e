package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

const eventColumns = `e.rowid, e.date, e.text, e.trigger_start, e.trigger_end, e.lemma, e.record`

// scanEvent reads a row of eventColumns, returning the event and its cursor.
func scanEvent(row pgx.Row) (event.Event, string, error) {
	var (
		rowid             int64
		date, text, lemma string
		start, end        int32
		record            []byte
	)
	if err := row.Scan(&rowid, &date, &text, &start, &end, &lemma, &record); err != nil {
		return event.Event{}, "", err
	}
	e, err := store.DecodeEvent(record, text, event.Span{Start: int(start), End: int(end)}, lemma)
	if err != nil {
		return event.Event{}, "", fmt.Errorf("event %s: %w", e.ID, err)
	}
	return e, store.EncodeCursor(date, strconv.FormatInt(rowid, 10)), nil
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (event.Event, error) {
	e, _, err := scanEvent(s.pool.QueryRow(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return event.Event{}, fmt.Errorf("event %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return event.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// Events implements store.Store.
func (s *Store) Events(ctx context.Context, f store.EventFilter) (store.EventPage, error) {
	if err := f.Validate(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	limit, _ := store.PageLimit(f.Limit)
	q, a, err := eventQuery(f)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	q += ` LIMIT ` + a.add(limit+1)
	rows, err := s.pool.Query(ctx, q, a...)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var (
		page    store.EventPage
		cursors []string
	)
	for rows.Next() {
		e, c, err := scanEvent(rows)
		if err != nil {
			return store.EventPage{}, fmt.Errorf("events: %w", err)
		}
		page.Events, cursors = append(page.Events, e), append(cursors, c)
	}
	if err := rows.Err(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	if len(page.Events) > limit {
		page.Events, page.Next = page.Events[:limit], cursors[limit-1]
	}
	return page, nil
}

// eachPage is how many events EachEvent reads at a time.
const eachPage = 1000

// EachEvent implements store.Store. It reads page by page, so fn may use the store.
func (s *Store) EachEvent(ctx context.Context, f store.EventFilter, fn func(event.Event) error) error {
	f.Limit, f.Cursor = eachPage, ""
	for {
		page, err := s.Events(ctx, f)
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
// LIMIT, and its arguments. An actor filter that is a key (store.KeyedActor) is a
// join on that key's rows of event_actors, which list its events in event order.
func eventQuery(f store.EventFilter) (string, args, error) {
	var (
		where []string
		a     args
	)
	from, date, rowid := `events e`, `e.date`, `e.rowid`
	if store.KeyedActor(f.Actor) {
		from, date, rowid = `event_actors x JOIN events e ON e.rowid = x.event_rowid`, `x.date`, `x.event_rowid`
		where = append(where, `x.key = `+a.add(f.Actor))
		if f.Role != store.AnyRole {
			where = append(where, `x.roles & `+a.add(store.RoleBits(f.Role))+` <> 0`)
		}
	} else if f.Actor != "" {
		where = append(where, `e.rowid IN (SELECT event_rowid FROM event_actors WHERE key >= `+a.add(f.Actor)+
			` AND key < `+a.add(store.PrefixEnd(f.Actor))+` AND roles & `+a.add(store.RoleBits(f.Role))+` <> 0)`)
	}
	if !f.Duplicates {
		where = append(where, `NOT e.duplicate`)
	}
	if f.ArticleID != "" {
		where = append(where, `e.article_rowid = (SELECT rowid FROM articles WHERE id = `+a.add(f.ArticleID)+`)`)
	}
	switch {
	case len(f.Cameo) == 2: // a root
		where = append(where, `substr(e.cameo, 1, 2) = `+a.add(f.Cameo))
	case len(f.Cameo) >= 4: // a leaf
		where = append(where, `e.cameo = `+a.add(f.Cameo))
	case f.Cameo != "":
		where = append(where, `e.cameo >= `+a.add(f.Cameo)+` AND e.cameo < `+a.add(store.PrefixEnd(f.Cameo)))
	}
	if f.Plover != "" {
		where = append(where, `e.plover = `+a.add(f.Plover))
	}
	if f.Modality != "" {
		where = append(where, `e.modality = `+a.add(string(f.Modality)))
	}
	if f.From != "" {
		where = append(where, date+` >= `+a.add(f.From))
	}
	if f.To != "" {
		where = append(where, date+` <> '' AND `+date+` <= `+a.add(f.To))
	}
	if f.Country != "" {
		where = append(where, `e.country = `+a.add(f.Country))
	}
	if f.Text != "" {
		q, err := store.ParseQuery(f.Text)
		if err != nil {
			return "", nil, err
		}
		where = append(where, `to_tsvector('simple', e.text) @@ to_tsquery('simple', `+a.add(tsQuery(q))+`)`)
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
		where = append(where, `(`+date+`, `+rowid+`) > (`+a.add(k[0])+`, `+a.add(n)+`)`)
	}
	return `SELECT ` + eventColumns + ` FROM ` + from + whereClause(where) + ` ORDER BY ` + date + `, ` + rowid, a, nil
}
