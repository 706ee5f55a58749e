// Package feed reads RSS and Atom feeds (through github.com/mmcdole/gofeed) into
// articles: one per item, its content (else its description) as the text, with the
// item's link, title and published date and the feed's title as the source.
package feed

import (
	"bytes"
	"fmt"
	"io"

	"github.com/mmcdole/gofeed"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/ingest/page"
)

// Entry is one item of a feed. Article has no Text (and no ID) when the item
// carries no content; Link is then the page to fetch for it.
type Entry struct {
	Article article.Article
	Link    string
}

// Detect reports whether data starts like an RSS or Atom feed.
func Detect(data []byte) bool {
	switch gofeed.DetectFeedType(bytes.NewReader(data)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	return false
}

// Parse reads the feed in r; name is the feed's name for messages, and each entry's
// article is named "name#N" (N counting items from 1). A feed that cannot be parsed
// is an error; items are returned in feed order.
func Parse(r io.Reader, name string) ([]Entry, error) {
	f, err := gofeed.NewParser().Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	entries := make([]Entry, 0, len(f.Items))
	for i, it := range f.Items {
		a := article.Article{URL: it.Link, Title: page.Text(it.Title), Source: page.Text(f.Title),
			Name: fmt.Sprintf("%s#%d", name, i+1)}
		switch {
		case it.PublishedParsed != nil:
			a.Date = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			a.Date = it.UpdatedParsed.UTC()
		}
		body := it.Content
		if page.Text(body) == "" {
			body = it.Description
		}
		if text := page.Text(body); text != "" {
			a.Text, a.ID = text, article.ID(text)
		}
		entries = append(entries, Entry{Article: a, Link: it.Link})
	}
	return entries, nil
}
