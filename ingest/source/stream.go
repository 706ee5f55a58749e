package source

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/ingest/feed"
	"github.com/peacewatch/peacewatch/ingest/fetch"
	"github.com/peacewatch/peacewatch/ingest/page"
)

// stream reads one input, file or fetched body, in its format. pageURL is where a
// fetched body came from ("" for local input).
func (r *Reader) stream(ctx context.Context, in io.Reader, name, pageURL string, emit func(Item) error) error {
	br := bufio.NewReaderSize(in, sniffLen)
	format := r.opt.Format
	if format == FormatAuto {
		head, err := br.Peek(sniffLen)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return emit(Item{Err: fmt.Errorf("%s: read: %w", name, err)})
		}
		format = Detect(name, head)
	}
	switch format {
	case FormatText, FormatJSONL:
		return r.articles(ctx, br, name, pageURL, format, emit)
	case FormatHTML:
		data, err := r.readAll(br, name)
		if err != nil {
			return emit(Item{Err: err})
		}
		return emit(Item{Article: article.Article{Name: name, URL: pageURL}, Parse: func() (article.Article, error) {
			a, err := page.Parse(data, pageURL, name)
			if err != nil {
				return article.Article{}, fmt.Errorf("%s: %w", name, err)
			}
			return a, nil
		}})
	case FormatFeed:
		return r.feed(ctx, br, name, emit)
	}
	return r.dataset(ctx, br, name, format, emit)
}

// readAll reads a whole page or feed, up to the size limit.
func (r *Reader) readAll(in io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in, r.opt.MaxPageSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if int64(len(data)) > r.opt.MaxPageSize {
		return nil, fmt.Errorf("%s: %w: over the %d-byte limit for a page or feed; skipped", name, article.ErrTooLarge, r.opt.MaxPageSize)
	}
	return data, nil
}

// articles reads plain text or JSON Lines through package article.
func (r *Reader) articles(ctx context.Context, in io.Reader, name, pageURL string, format Format, emit func(Item) error) error {
	af := article.FormatText
	if format == FormatJSONL {
		af = article.FormatJSONL
	}
	ar := article.NewReader(in, name, af)
	ar.MaxSize = r.opt.MaxSize
	var warns []string
	ar.Warn = func(w article.Warning) { warns = append(warns, w.String()) }
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := ar.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var rec *article.RecordError
		if err != nil && !errors.As(err, &rec) {
			// The input cannot be read further.
			return emit(Item{Err: err, Warnings: warns})
		}
		if err == nil && a.URL == "" {
			a.URL = pageURL
		}
		it := Item{Article: a, Err: err, Warnings: warns}
		warns = nil
		if err := emit(it); err != nil {
			return err
		}
	}
}

// feed reads an RSS or Atom feed: each item with content is an article; an item
// without is fetched from its link when Options.Fetch is set (by its Item.Parse),
// else reported.
func (r *Reader) feed(ctx context.Context, in io.Reader, name string, emit func(Item) error) error {
	data, err := r.readAll(in, name)
	if err != nil {
		return emit(Item{Err: err})
	}
	entries, err := feed.Parse(bytesReader(data), name)
	if err != nil {
		return emit(Item{Err: fmt.Errorf("%s: %w", name, err)})
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		it := Item{Article: e.Article}
		switch {
		case e.Article.Text != "":
		case !fetch.IsURL(e.Link):
			it.Err = fmt.Errorf("%s: the item has no content and no http link", e.Article.Name)
		case !r.opt.Fetch:
			it.Err = fmt.Errorf("%s: the item has no content; use --fetch to fetch %s", e.Article.Name, e.Link)
		default:
			// Fetched by the caller's workers, in parallel, not here.
			it.Parse = func() (article.Article, error) {
				got := r.linked(ctx, e)
				return got.Article, got.Err
			}
		}
		if err := emit(it); err != nil {
			return err
		}
	}
	return nil
}

// linked fetches the page a feed item links to, keeping the item's title and date
// where the page gives none.
func (r *Reader) linked(ctx context.Context, e feed.Entry) Item {
	resp, err := r.opt.Client.Get(ctx, e.Link)
	if err != nil {
		return Item{Err: fmt.Errorf("%s: %w", e.Article.Name, err)}
	}
	a, err := page.Parse(resp.Body, resp.URL, e.Article.Name)
	if err != nil {
		return Item{Err: fmt.Errorf("%s: %s: %w", e.Article.Name, e.Link, err)}
	}
	a.URL = e.Link
	if e.Article.Title != "" {
		a.Title = e.Article.Title
	}
	if a.Date.IsZero() {
		a.Date = e.Article.Date
	}
	if a.Source == "" {
		a.Source = e.Article.Source
	}
	return Item{Article: a}
}
