package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

const eventColumns = `e.id, e.text, e.trigger_start, e.trigger_end, e.lemma, e.record`

func scanEvent(row pgx.Row) (event.Event, error) {
	var (
		id, text, lemma string
		start, end      int32
		record          []byte
	)
	if err := row.Scan(&id, &text, &start, &end, &lemma, &record); err != nil {
		return event.Event{}, err
	}
	e, err := store.DecodeEvent(record, text, event.Span{Start: int(start), End: int(end)}, lemma)
	if err != nil {
		return event.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (event.Event, error) {
	e, err := scanEvent(s.pool.QueryRow(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = $1`, id))
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
	where, a, err := eventConditions(f)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	q := `SELECT ` + eventColumns + ` FROM events e` + whereClause(where) + ` ORDER BY e.date, e.id LIMIT ` + a.add(limit+1)
	rows, err := s.pool.Query(ctx, q, a...)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var page store.EventPage
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return store.EventPage{}, fmt.Errorf("events: %w", err)
		}
		page.Events = append(page.Events, e)
	}
	if err := rows.Err(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	if len(page.Events) > limit {
		page.Events = page.Events[:limit]
		last := page.Events[limit-1]
		page.Next = store.EncodeCursor(last.Date.Value, last.ID)
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

// eventConditions turns f into SQL conditions on events e and their arguments.
func eventConditions(f store.EventFilter) ([]string, args, error) {
	var (
		where []string
		a     args
	)
	if !f.Duplicates {
		where = append(where, `NOT e.duplicate`)
	}
	if f.ArticleID != "" {
		where = append(where, `e.article_rowid = (SELECT rowid FROM articles WHERE id = `+a.add(f.ArticleID)+`)`)
	}
	if f.Actor != "" {
		cond := `e.rowid IN (SELECT event_rowid FROM event_actors WHERE code >= ` + a.add(f.Actor) + ` AND code < ` + a.add(store.PrefixEnd(f.Actor))
		switch f.Role {
		case store.SourceRole:
			cond += ` AND role = 1`
		case store.TargetRole:
			cond += ` AND role = 2`
		}
		where = append(where, cond+`)`)
	}
	if f.Cameo != "" {
		where = append(where, `e.cameo >= `+a.add(f.Cameo)+` AND e.cameo < `+a.add(store.PrefixEnd(f.Cameo)))
	}
	if f.Plover != "" {
		where = append(where, `e.plover = `+a.add(f.Plover))
	}
	if f.Modality != "" {
		where = append(where, `e.modality = `+a.add(string(f.Modality)))
	}
	if f.From != "" {
		where = append(where, `e.date >= `+a.add(f.From))
	}
	if f.To != "" {
		where = append(where, `e.date <> '' AND e.date <= `+a.add(f.To))
	}
	if f.Country != "" {
		where = append(where, `e.country = `+a.add(f.Country))
	}
	if f.Text != "" {
		q, err := store.ParseQuery(f.Text)
		if err != nil {
			return nil, nil, err
		}
		where = append(where, `to_tsvector('simple', e.text) @@ to_tsquery('simple', `+a.add(tsQuery(q))+`)`)
	}
	if f.Cursor != "" {
		k, err := store.DecodeCursor(f.Cursor, 2)
		if err != nil {
			return nil, nil, err
		}
		where = append(where, `(e.date, e.id) > (`+a.add(k[0])+`, `+a.add(k[1])+`)`)
	}
	return where, a, nil
}
