package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/peacewatch/peacewatch/store"
)

// Event ids have no index of their own (migration 00007): an event's id is unique
// among its article's by events_article, and one that does not begin with its
// article's id and '-' is also in event_ids. An event of id X is therefore in
// event_ids or under an article whose id is a part of X before one of its '-'s.

// eventRowidsByID selects the rowids of the events of id ?1, given ?2, the JSON
// list of idPrefixes(?1).
const eventRowidsByID = `SELECT event_rowid FROM event_ids WHERE id = ?1
	UNION ALL SELECT x.rowid FROM articles a CROSS JOIN events x ON x.article_rowid = a.rowid AND x.id = ?1
	WHERE a.id IN (SELECT value FROM json_each(?2))`

// idPrefixes returns, as a JSON array, the parts of id before each of its '-'s:
// the ids of the articles whose events may take id.
func idPrefixes(id string) string {
	ps := beforeDashes(id)
	if len(ps) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ps) // strings always marshal
	return string(b)
}

// beforeDashes returns the parts of id before each of its '-'s.
func beforeDashes(id string) []string {
	var ps []string
	for i := 0; i < len(id); i++ {
		if id[i] == '-' {
			ps = append(ps, id[:i])
		}
	}
	return ps
}

// ownID reports whether an event id begins with its article's id and '-', as the
// coder's do, so that events_article keeps it from every other article's events
// but those of an article whose id begins the same way (see relatedArticles).
func ownID(eventID, articleID string) bool {
	return len(eventID) > len(articleID) && eventID[len(articleID)] == '-' && strings.HasPrefix(eventID, articleID)
}

// relatedArticles returns the ids of the articles of rows (grouped by article)
// whose own events' ids could be another article's event's: those of which a
// stored article's id is a part before a '-', and those which, with '-', begin a
// stored article's id or an id in event_ids. The
// own events of the other articles need no check of their ids beyond events_article
// and event_ids. One statement for all: one per article cost as much as what
// the index of ids cost at 30,000 articles.
func (w *writer) relatedArticles(ctx context.Context, rows []eventRow) (map[string]bool, error) {
	var ids []string
	var prefixes [][2]string
	for i, r := range rows {
		if i > 0 && rows[i-1].article == r.article {
			continue
		}
		ids = append(ids, r.id)
		for _, p := range beforeDashes(r.id) {
			prefixes = append(prefixes, [2]string{p, r.id})
		}
	}
	idList, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("look up related articles: %w", err)
	}
	prefixList := []byte("[]")
	if len(prefixes) > 0 {
		if prefixList, err = json.Marshal(prefixes); err != nil {
			return nil, fmt.Errorf("look up related articles: %w", err)
		}
	}
	q, err := w.query(ctx, `SELECT j.value FROM json_each(?1) j
		WHERE EXISTS (SELECT 1 FROM articles WHERE id >= j.value || '-' AND id < j.value || '.')
			OR EXISTS (SELECT 1 FROM event_ids WHERE id >= j.value || '-' AND id < j.value || '.')
		UNION SELECT p.value ->> 1 FROM json_each(?2) p
		WHERE EXISTS (SELECT 1 FROM articles WHERE id = p.value ->> 0)`, string(idList), string(prefixList))
	if err != nil {
		return nil, fmt.Errorf("look up related articles: %w", err)
	}
	defer q.Close()
	related := make(map[string]bool)
	for q.Next() {
		var id string
		if err := q.Scan(&id); err != nil {
			return nil, fmt.Errorf("look up related articles: %w", err)
		}
		related[id] = true
	}
	if err := q.Err(); err != nil {
		return nil, fmt.Errorf("look up related articles: %w", err)
	}
	return related, nil
}

// checkIDs stores in event_ids the ids of the rows just inserted that are not
// their article's own (ownID), with their rowids, and returns the ErrConflict
// error that names the first whose id an earlier event holds, among those that
// may be: the ids in event_ids and those of the articles relatedArticles
// returns.
func (w *writer) checkIDs(ctx context.Context, rows []eventRow, rowids []int64) error {
	for i, r := range rows {
		if r.own {
			continue
		}
		res, err := w.exec(ctx, `INSERT OR IGNORE INTO event_ids (id, event_rowid) VALUES (?, ?)`, r.e.ID, rowids[i])
		if err != nil {
			return &articleError{r.id, fmt.Errorf("insert event %s: %w", r.e.ID, err)}
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return &articleError{r.id, fmt.Errorf("event id %s is taken by another article: %w", r.e.ID, store.ErrConflict)}
		}
	}
	related, err := w.relatedArticles(ctx, rows)
	if err != nil {
		return err
	}
	for i, r := range rows {
		if r.own && !related[r.id] {
			continue
		}
		// Of two events of one id, the later names the conflict.
		var n int
		if err := w.queryRow(ctx, `SELECT count(*) FROM (`+eventRowidsByID+`) t WHERE t.event_rowid < ?3`,
			r.e.ID, idPrefixes(r.e.ID), rowids[i]).Scan(&n); err != nil {
			return &articleError{r.id, fmt.Errorf("insert event %s: %w", r.e.ID, err)}
		}
		if n > 0 {
			return &articleError{r.id, fmt.Errorf("event id %s is taken by another article: %w", r.e.ID, store.ErrConflict)}
		}
	}
	return nil
}
