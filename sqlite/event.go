package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

const eventColumns = `e.id, e.date, e.text, e.trigger_start, e.trigger_end, e.lemma, e.record`

func scanEvent(row scanner) (event.Event, error) {
	var (
		id, date, text, lemma string
		trigger               event.Span
		record                []byte
	)
	if err := row.Scan(&id, &date, &text, &trigger.Start, &trigger.End, &lemma, &record); err != nil {
		return event.Event{}, err
	}
	e, err := store.DecodeEvent(record, text, trigger, lemma)
	if err != nil {
		return event.Event{}, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// Event implements store.Store.
func (s *Store) Event(ctx context.Context, id string) (event.Event, error) {
	e, err := scanEvent(s.r.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id))
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
	if err := f.Validate(); err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	limit, _ := store.PageLimit(f.Limit)
	where, args, err := eventConditions(f)
	if err != nil {
		return store.EventPage{}, fmt.Errorf("events: %w", err)
	}
	q := `SELECT ` + eventColumns + ` FROM events e` + whereClause(where) + ` ORDER BY e.date, e.id LIMIT ?`
	rows, err := s.r.QueryContext(ctx, q, append(args, limit+1)...)
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
func eventConditions(f store.EventFilter) ([]string, []any, error) {
	var (
		where []string
		args  []any
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if !f.Duplicates {
		add(`e.duplicate = 0`)
	}
	if f.ArticleID != "" {
		add(`e.article_rowid = (SELECT rowid FROM articles WHERE id = ?)`, f.ArticleID)
	}
	if f.Actor != "" {
		cond := `e.rowid IN (SELECT event_rowid FROM event_actors WHERE code >= ? AND code < ?`
		a := []any{f.Actor, store.PrefixEnd(f.Actor)}
		switch f.Role {
		case store.SourceRole:
			cond += ` AND role = 1`
		case store.TargetRole:
			cond += ` AND role = 2`
		}
		add(cond+`)`, a...)
	}
	if f.Cameo != "" {
		add(`e.cameo >= ? AND e.cameo < ?`, f.Cameo, store.PrefixEnd(f.Cameo))
	}
	if f.Plover != "" {
		add(`e.plover = ?`, f.Plover)
	}
	if f.Modality != "" {
		add(`e.modality = ?`, string(f.Modality))
	}
	if f.From != "" {
		add(`e.date >= ?`, f.From)
	}
	if f.To != "" {
		add(`e.date <> '' AND e.date <= ?`, f.To)
	}
	if f.Country != "" {
		add(`e.country = ?`, f.Country)
	}
	if f.Text != "" {
		q, err := store.ParseQuery(f.Text)
		if err != nil {
			return nil, nil, err
		}
		add(`e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, matchExpr(q))
	}
	if f.Cursor != "" {
		k, err := store.DecodeCursor(f.Cursor, 2)
		if err != nil {
			return nil, nil, err
		}
		add(`(e.date, e.id) > (?, ?)`, k[0], k[1])
	}
	return where, args, nil
}
