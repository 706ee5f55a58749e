package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestURLs ingests a feed over HTTP, with --fetch for its item that only
// links to its page, and a page; a second run adds nothing.
func TestIngestURLs(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Convoy attacked</title><link>%[1]s/a</link><pubDate>Mon, 02 Mar 2020 08:00:00 GMT</pubDate>
<description>Taliban fighters attacked an Afghan army convoy in Kunduz on Monday, officials said.</description></item>
<item><title>Talks</title><link>%[1]s/page</link><pubDate>Thu, 12 Mar 2020 09:00:00 GMT</pubDate></item>
</channel></rss>`, base)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Talks</title></head><body><article><p>Negotiators for the Taliban and the Afghan government met in Doha on Thursday to discuss a prisoner exchange, officials from both sides said.</p><p>The United States urged both sides to agree on a ceasefire.</p></article></body></html>`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	base = srv.URL
	db := filepath.Join(t.TempDir(), "pw.db")

	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--db", db, "--fetch", srv.URL + "/feed.xml", srv.URL + "/page"}, &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	// The page is the feed's second item too: stored once.
	if !strings.Contains(errb.String(), "peacewatch ingest: 2 articles stored, 1 already stored, 0 duplicates linked") {
		t.Errorf("stderr = %q", errb.String())
	}
	errb.Reset()
	err := run(context.Background(), []string{"ingest", "--db", db, srv.URL + "/feed.xml"}, &out, &errb)
	if err == nil || !strings.Contains(errb.String(), "feed.xml#2: the item has no content; use --fetch") ||
		!strings.Contains(err.Error(), "0 articles stored, 1 already stored, 0 duplicates linked, 0 events, 1 bad items") {
		t.Errorf("without --fetch: %v; stderr %q", err, errb.String())
	}
}
