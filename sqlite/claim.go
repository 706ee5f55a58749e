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
		where, args = append(where, `article_id = ?`), append(args, f.ArticleID)
	}
	if f.Speaker != "" {
		where, args = append(where, `speaker_code = ?`), append(args, f.Speaker)
	}
	q := `SELECT article_id, speaker_code, speaker_name, text, start, "end", prop FROM claims` + whereClause(where) + ` ORDER BY article_id, start, rowid`
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
	rows, err := s.query(ctx, `SELECT article_id, speaker_code, speaker_name, text, start, "end", prop FROM claims
		WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start, rowid`, string(list))
	if err != nil {
		return nil, fmt.Errorf("claims of %d articles: %w", len(ids), err)
	}
	return scanClaims(rows)
}

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
