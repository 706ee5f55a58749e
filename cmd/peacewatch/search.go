package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/store"
)

// searchHit is a search hit as the jsonl format prints it.
type searchHit struct {
	ID      string `json:"id"`
	Date    string `json:"date"`
	Title   string `json:"title"`
	URL     string `json:"url"`
	Source  string `json:"source"`
	Snippet string `json:"snippet"`
}

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var (
		db         dbFlag
		limit      int
		cursor     string
		format     string
		duplicates bool
	)
	fs := newFlags("search", "[flags] QUERY...",
		"Search finds the stored articles whose title or text holds every word and \"quoted\n"+
			"phrase\" of the query (case-insensitive; punctuation is ignored, so al-Qaeda is the\n"+
			"phrase \"al qaeda\"), best match first, and prints each one's id, date, title and a\n"+
			"snippet with the matching words in [brackets]. When more hits follow, the cursor of\n"+
			"the next page is printed on stderr: pass it back with --cursor.", stderr)
	db.register(fs)
	fs.IntVar(&limit, "limit", 20, fmt.Sprintf("hits per page, 1 to %d", store.MaxLimit))
	fs.StringVar(&cursor, "cursor", "", "start at the page this `CURSOR` names (printed by the previous page)")
	fs.StringVar(&format, "format", formatTable, "output format: table or jsonl")
	fs.BoolVar(&duplicates, "duplicates", false, "include articles stored as near-duplicates (wire copies) of another")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return badFlag(fs, errors.New("no query given"))
	}
	q := store.SearchQuery{Text: strings.Join(fs.Args(), " "), Duplicates: duplicates, Limit: limit, Cursor: cursor}
	if _, err := store.ParseQuery(q.Text); err != nil {
		return badFlag(fs, err)
	}
	if limit < 1 || limit > store.MaxLimit {
		return badFlag(fs, fmt.Errorf("--limit %d: want 1 to %d", limit, store.MaxLimit))
	}
	if format != formatTable && format != formatJSONL {
		return badFlag(fs, fmt.Errorf("--format %q: want table or jsonl", format))
	}
	st, err := db.openExisting(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	page, err := st.Search(ctx, q)
	if errors.Is(err, store.ErrInvalid) && cursor != "" {
		return badFlag(fs, fmt.Errorf("--cursor %q: not a cursor this command printed", cursor))
	}
	if err != nil {
		return fmt.Errorf("search %s: %w", db.name(), err)
	}
	w := bufio.NewWriter(stdout)
	if format == formatJSONL {
		enc := json.NewEncoder(w)
		for _, h := range page.Hits {
			if err := enc.Encode(searchHit{ID: h.ID, Date: hitDate(h.Date), Title: h.Title, URL: h.URL, Source: h.Source, Snippet: h.Snippet}); err != nil {
				return err
			}
		}
	} else {
		writeHits(w, page.Hits)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if page.Next != "" {
		fmt.Fprintf(stderr, "peacewatch search: more hits: --cursor %s\n", page.Next)
	}
	return nil
}

// writeHits prints hits as a list: id, date and title on one line, the snippet
// indented under them.
func writeHits(w io.Writer, hits []store.SearchHit) {
	if len(hits) == 0 {
		fmt.Fprintln(w, "No article matches.")
		return
	}
	for _, h := range hits {
		title := h.Title
		if title == "" {
			title = "(untitled)"
		}
		date := hitDate(h.Date)
		if date == "" {
			date = "?"
		}
		fmt.Fprintf(w, "%-16s  %-10s  %s\n", h.ID, date, excerpt(title, 100))
		if s := excerpt(h.Snippet, 160); s != "" {
			fmt.Fprintf(w, "    %s\n", s)
		}
	}
}

func hitDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
