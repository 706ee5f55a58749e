package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/peacewatch/peacewatch/store"
)

// querier is what both the pool and a transaction offer.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

const articleColumns = `id, url, title, source, date, date_approx, name, body, fingerprint, duplicate_of`

func scanArticle(row pgx.Row) (store.Article, error) {
	var (
		a    store.Article
		date string
		fp   []byte
	)
	if err := row.Scan(&a.ID, &a.URL, &a.Title, &a.Source, &date, &a.DateApprox, &a.Name, &a.Text, &fp, &a.DuplicateOf); err != nil {
		return store.Article{}, err
	}
	t, err := store.ParseTime(date)
	if err != nil {
		return store.Article{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	if a.Fingerprint, err = store.ParseFingerprint(fp); err != nil {
		return store.Article{}, fmt.Errorf("article %s: %w", a.ID, err)
	}
	a.Date = t
	return a, nil
}

// Article implements store.Store.
func (s *Store) Article(ctx context.Context, id string) (store.Article, error) {
	a, err := scanArticle(s.pool.QueryRow(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Article{}, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// ArticleDate implements store.ArticleDater.
func (s *Store) ArticleDate(ctx context.Context, id string) (time.Time, error) {
	var date string
	err := s.pool.QueryRow(ctx, `SELECT date FROM articles WHERE id = $1`, id).Scan(&date)
	return store.ArticleDateRead(id, date, err, errors.Is(err, pgx.ErrNoRows))
}

// Articles implements store.Store.
func (s *Store) Articles(ctx context.Context, f store.ArticleFilter) (store.ArticlePage, error) {
	if err := f.Validate(); err != nil {
		return store.ArticlePage{}, fmt.Errorf("articles: %w", err)
	}
	limit, _ := store.PageLimit(f.Limit)
	var (
		where []string
		a     args
	)
	if !f.Duplicates {
		where = append(where, `duplicate_of = ''`)
	}
	if f.From != "" {
		where = append(where, `date >= `+a.add(f.From))
	}
	if f.To != "" {
		where = append(where, `date <> '' AND date < `+a.add(store.NextDay(f.To)))
	}
	if f.Cursor != "" {
		k, err := store.DecodeCursor(f.Cursor, 2)
		if err != nil {
			return store.ArticlePage{}, fmt.Errorf("articles: %w", err)
		}
		where = append(where, `(date, id) > (`+a.add(k[0])+`, `+a.add(k[1])+`)`)
	}
	q := `SELECT ` + articleColumns + ` FROM articles` + whereClause(where) + ` ORDER BY date, id LIMIT ` + a.add(limit+1)
	rows, err := s.pool.Query(ctx, q, a...)
	if err != nil {
		return store.ArticlePage{}, fmt.Errorf("articles: %w", err)
	}
	defer rows.Close()
	var page store.ArticlePage
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return store.ArticlePage{}, fmt.Errorf("articles: %w", err)
		}
		page.Articles = append(page.Articles, a)
	}
	if err := rows.Err(); err != nil {
		return store.ArticlePage{}, fmt.Errorf("articles: %w", err)
	}
	if len(page.Articles) > limit {
		page.Articles = page.Articles[:limit]
		last := page.Articles[limit-1]
		page.Next = store.EncodeCursor(store.FormatTime(last.Date), last.ID)
	}
	return page, nil
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// Similar implements store.Store.
func (s *Store) Similar(ctx context.Context, fp store.Fingerprint, limit int) ([]store.Article, error) {
	return similar(ctx, s.pool, fp, limit, "")
}

// similar returns up to limit stored articles Near fp, nearest first, leaving out
// the article except.
func similar(ctx context.Context, q querier, fp store.Fingerprint, limit int, except string) ([]store.Article, error) {
	keys := fp.BandKeys()
	if len(keys) == 0 || limit <= 0 {
		return nil, nil
	}
	return nearest(ctx, q, fp, limit, except, `SELECT `+articleColumns+` FROM articles WHERE rowid IN
		(SELECT article_rowid FROM article_bands WHERE key = ANY($1))`, keys)
}

// original returns the stored article Near fp that a new article with id except
// is a copy of, if any, as similar would with limit 1, but among the first
// store.BandCandidates articles stored under each band key only.
func original(ctx context.Context, q querier, fp store.Fingerprint, except string) ([]store.Article, error) {
	return nearest(ctx, q, fp, 1, except, `SELECT `+articleColumns+` FROM articles WHERE rowid IN
		(SELECT b.article_rowid FROM unnest($1::bigint[]) AS k(key) CROSS JOIN LATERAL
			(SELECT article_rowid FROM article_bands WHERE key = k.key ORDER BY article_rowid LIMIT $2) b)`,
		fp.BandKeys(), store.BandCandidates)
}

// nearest returns store.Nearest of the candidate articles that query reads.
func nearest(ctx context.Context, q querier, fp store.Fingerprint, limit int, except, query string, args ...any) ([]store.Article, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	defer rows.Close()
	var cands []store.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("similar articles: %w", err)
		}
		cands = append(cands, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("similar articles: %w", err)
	}
	return store.Nearest(cands, fp, except, limit), nil
}

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, sq store.SearchQuery) (store.SearchPage, error) {
	q, err := store.ParseQuery(sq.Text)
	if err != nil {
		return store.SearchPage{}, fmt.Errorf("search: %w", err)
	}
	limit, err := store.PageLimit(sq.Limit)
	if err != nil {
		return store.SearchPage{}, fmt.Errorf("search: %w", err)
	}
	offset, err := store.DecodeOffset(sq.Cursor)
	if err != nil {
		return store.SearchPage{}, fmt.Errorf("search: %w", err)
	}
	dup := ""
	if !sq.Duplicates {
		dup = ` AND a.duplicate_of = ''`
	}
	rows, err := s.pool.Query(ctx, `WITH hits AS (
			SELECT a.id, a.title, a.url, a.source, a.date, a.body, ts_rank(a.tsv, q) AS rank, q
			FROM articles a, to_tsquery('simple', $1) q
			WHERE a.tsv @@ q`+dup+`
			ORDER BY rank DESC, a.id LIMIT $2 OFFSET $3)
		SELECT id, title, url, source, date, body
		FROM hits ORDER BY rank DESC, id`, tsQuery(q), limit+1, offset)
	if err != nil {
		return store.SearchPage{}, fmt.Errorf("search %q: %w", sq.Text, err)
	}
	defer rows.Close()
	var page store.SearchPage
	for rows.Next() {
		var (
			h          store.SearchHit
			date, body string
		)
		if err := rows.Scan(&h.ID, &h.Title, &h.URL, &h.Source, &date, &body); err != nil {
			return store.SearchPage{}, fmt.Errorf("search %q: %w", sq.Text, err)
		}
		h.Snippet = q.HitSnippet(h.Title, body)
		if h.Date, err = store.ParseTime(date); err != nil {
			return store.SearchPage{}, fmt.Errorf("search %q: %w", sq.Text, err)
		}
		page.Hits = append(page.Hits, h)
	}
	if err := rows.Err(); err != nil {
		return store.SearchPage{}, fmt.Errorf("search %q: %w", sq.Text, err)
	}
	if len(page.Hits) > limit {
		page.Hits = page.Hits[:limit]
		page.Next = store.OffsetCursor(offset + limit)
	}
	return page, nil
}

// tsQuery writes q for to_tsquery: terms joined by &, a phrase's words by <->.
// Words hold only letters and digits, so quoting cannot break.
func tsQuery(q store.Query) string {
	terms := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		words := make([]string, len(t))
		for j, w := range t {
			words[j] = "'" + w + "'"
		}
		terms[i] = "(" + strings.Join(words, " <-> ") + ")"
	}
	return strings.Join(terms, " & ")
}
