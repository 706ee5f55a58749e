package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// Claims implements store.Store.
func (s *Store) Claims(ctx context.Context, f store.ClaimFilter) ([]agreement.Claim, error) {
	if f.Limit < 0 {
		return nil, fmt.Errorf("claims: negative limit %d: %w", f.Limit, store.ErrInvalid)
	}
	var (
		where []string
		args  []any
	)
	if f.ArticleID != "" {
		where, args = append(where, `c.article_rowid = (SELECT rowid FROM articles WHERE id = ?)`), append(args, f.ArticleID)
	}
	if f.Speaker != "" {
		where, args = append(where, `c.speaker_id = (SELECT id FROM codes WHERE code = ?)`), append(args, f.Speaker)
	}
	// A filter's claims are found first (CROSS JOIN keeps SQLite from reordering
	// the join), then sorted; all claims are best read in the articles' id order.
	join := `JOIN`
	if len(where) > 0 {
		join = `CROSS JOIN`
	}
	q := `SELECT ` + claimColumns + ` FROM claims c ` + join + ` articles a ON a.rowid = c.article_rowid CROSS JOIN codes k ON k.id = c.speaker_id` +
		whereClause(where) + ` ORDER BY a.id, c.start, c.seq`
	if f.Limit > 0 {
		q += ` LIMIT ?`
		args = append(args, f.Limit)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return scanClaims(rows)
}

// ArticleClaims implements store.ArticleClaimer.
func (s *Store) ArticleClaims(ctx context.Context, ids []string) ([]agreement.Claim, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("claims of %d articles: %w", len(ids), err)
	}
	rows, err := s.query(ctx, `SELECT `+claimColumns+` FROM claims c CROSS JOIN articles a ON a.rowid = c.article_rowid CROSS JOIN codes k ON k.id = c.speaker_id
		WHERE c.article_rowid IN (SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(?))) ORDER BY c.article_rowid, c.start, c.seq`, string(list))
	if err != nil {
		return nil, fmt.Errorf("claims of %d articles: %w", len(ids), err)
	}
	return scanClaims(rows)
}

// claimColumns are the columns scanClaims reads, of claims c, their articles a and
// their speakers' codes k. A claim without a text of its own has its article's
// from start to end.
const claimColumns = `a.id, k.code, c.speaker_name, coalesce(c.text, substr(CAST(a.body AS BLOB), c.start + 1, c."end" - c.start)), c.start, c."end", c.prop`

// scanClaims reads the claims rows holds, and closes it.
func scanClaims(rows *sql.Rows) ([]agreement.Claim, error) {
	defer rows.Close()
	var (
		cs []agreement.Claim
		d  store.RecordReader
	)
	for rows.Next() {
		var (
			c    agreement.Claim
			prop string
		)
		if err := rows.Scan(&c.ArticleID, &c.Speaker.Code, &c.Speaker.Name, &c.Text, &c.Start, &c.End, &prop); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		if err := d.Proposition(prop, &c.Prop); err != nil {
			return nil, fmt.Errorf("claims of %s: %w", c.ArticleID, err)
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return cs, nil
}

// Stats implements store.Store.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM articles WHERE duplicate_of <> ''),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM claims),
		(SELECT count(*) FROM agreements),
		(SELECT count(*) FROM statuses)`).
		Scan(&st.Articles, &st.Duplicates, &st.Events, &st.Claims, &st.Agreements, &st.Statuses)
	if err != nil {
		return store.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
