package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/ingest/fetch"
)

const pageHTML = `<!DOCTYPE html><html><head><title>Talks resume</title>
<meta property="article:published_time" content="2020-03-12T08:00:00Z"></head>
<body><article><p>Negotiators for the Taliban and the Afghan government met in Doha on Thursday to resume talks on a prisoner exchange, officials from both sides said.</p>
<p>The United States urged both sides to agree on a ceasefire before talks on a political settlement begin.</p></article></body></html>`

func feedXML(base string) string {
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Released</title><link>` + base + `/p1</link><pubDate>Tue, 10 Mar 2020 08:00:00 GMT</pubDate>
<description>The government released 100 prisoners on Tuesday.</description></item>
<item><title>Linked only</title><link>` + base + `/page</link><pubDate>Thu, 12 Mar 2020 09:00:00 GMT</pubDate></item>
</channel></rss>`
}

// collect reads inputs and returns the items' names (or errors).
func collect(t *testing.T, r *Reader, inputs ...string) (arts []Item, bad []string) {
	t.Helper()
	err := r.Read(context.Background(), inputs, func(it Item) error {
		if it.Parse != nil {
			it.Article, it.Err = it.Parse()
		}
		if it.Err != nil {
			bad = append(bad, it.Err.Error())
		} else {
			arts = append(arts, it)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, bad
}

func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "peacewatch/") {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feedXML(srv.URL))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>"+strings.Repeat("word ", 1000)+"</p></body></html>")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestURLs(t *testing.T) {
	srv := server(t)
	r := New(Options{Client: fetch.New(fetch.Options{Timeout: 300 * time.Millisecond, MaxSize: 4000})})
	arts, bad := collect(t, r, srv.URL+"/page", srv.URL+"/feed", srv.URL+"/big", srv.URL+"/slow", srv.URL+"/loop", srv.URL+"/missing")
	if len(arts) != 2 {
		t.Fatalf("%d articles (%+v), want the page and the feed's first item", len(arts), arts)
	}
	if a := arts[0].Article; a.URL != srv.URL+"/page" || a.Date.Format(time.DateOnly) != "2020-03-12" || !strings.Contains(a.Text, "prisoner exchange") {
		t.Errorf("page = %+v", a)
	}
	if a := arts[1].Article; a.Text != "The government released 100 prisoners on Tuesday." || a.Source != "Wire" {
		t.Errorf("feed item = %+v", a)
	}
	want := []string{"#2: the item has no content; use --fetch", "/big: too large", "/slow:", "/loop: ", "/missing: 404"}
	if len(bad) != len(want) {
		t.Fatalf("bad = %q, want %d", bad, len(want))
	}
	for i, w := range want {
		if !strings.Contains(bad[i], w) {
			t.Errorf("bad[%d] = %q, want %q", i, bad[i], w)
		}
	}
}

func TestFeedFetch(t *testing.T) {
	srv := server(t)
	r := New(Options{Fetch: true})
	arts, bad := collect(t, r, srv.URL+"/feed")
	if len(bad) != 0 || len(arts) != 2 {
		t.Fatalf("articles %d, bad %q", len(arts), bad)
	}
	a := arts[1].Article
	if a.Title != "Linked only" || a.URL != srv.URL+"/page" || !strings.Contains(a.Text, "prisoner exchange") || a.ID == "" {
		t.Errorf("fetched item = %+v", a)
	}
}

func TestFilesAndFormats(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":             "Date: 2020-03-02\n\nThe Taliban attacked Afghan forces in Kunduz on Monday.",
		"b.md":              "# Notes\n\nTurkey hosted talks between Russia and Ukraine in Antalya.",
		"c.ndjson":          `{"text":"Russian forces shelled Kharkiv."}` + "\n" + `{"text":"Ukraine said it repelled the attack."}` + "\n",
		"d.htm":             pageHTML,
		"no-extension":      pageHTML,
		"feed.atom":         `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>M</title><entry><title>x</title><content>Shelling was reported near the river.</content></entry></feed>`,
		"records":           `{"text":"A JSONL file without an extension."}` + "\n",
		".hidden.txt":       "skipped",
		".git/config":       "skipped",
		"sub/deeper/e.text": "Ceasefire talks began in Geneva.",
		"empty.txt":         "",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := New(Options{})
	n, _ := r.Files([]string{dir})
	if n != 9 {
		t.Errorf("Files = %d, want 9 (hidden entries left out)", n)
	}
	arts, bad := collect(t, r, dir, filepath.Join(dir, "missing.txt"))
	var names []string
	for _, a := range arts {
		names = append(names, filepath.Base(a.Article.Name))
	}
	got := strings.Join(names, " ")
	if want := "a.txt b.md c.ndjson:1 c.ndjson:2 d.htm feed.atom#1 no-extension records:1 e.text"; got != want {
		t.Errorf("articles %q,\nwant %q", got, want)
	}
	if len(bad) != 2 || !strings.Contains(bad[0], "empty.txt: empty") || !strings.Contains(bad[1], "missing.txt") {
		t.Errorf("bad = %q", bad)
	}
}

func TestStdin(t *testing.T) {
	r := New(Options{Stdin: strings.NewReader(`{"text":"Talks resumed."}` + "\n{oops\n")})
	arts, bad := collect(t, r, "-")
	if len(arts) != 1 || len(bad) != 1 || !strings.Contains(bad[0], "standard input:2") {
		t.Errorf("articles %+v, bad %q", arts, bad)
	}
	r = New(Options{Format: FormatText, Stdin: strings.NewReader(`{"text":"read as text"}`)})
	if arts, _ := collect(t, r, "-"); len(arts) != 1 || !strings.HasPrefix(arts[0].Article.Text, `{"text"`) {
		t.Errorf("forced text: %+v", arts)
	}
}

func TestDetect(t *testing.T) {
	gdeltRow := strings.Repeat("x\t", 60) + "x\n"
	for _, tc := range []struct {
		name, head string
		want       Format
	}{
		{"x.txt", "<html>", FormatText},
		{"x.csv", gdeltRow, FormatGDELT},
		{"x.csv", "event_id_cnty,event_date,event_type,actor1,country\n", FormatACLED},
		{"x.gz", "\x1f\x8b\x08", formatDataset},
		{"x", `<?xml version="1.0"?><rss version="2.0"><channel>`, FormatFeed},
		{"x", "  <!DOCTYPE html><html>", FormatHTML},
		{"x", `{"text":"a"}`, FormatJSONL},
		{"x", "Plain words.", FormatText},
	} {
		if got := Detect(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Detect(%q, %.20q) = %q, want %q", tc.name, tc.head, got, tc.want)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) = nil error")
	}
}

func TestReadStopsOnEmitError(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("One."), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Two."), 0o644)
	stop := errors.New("stop")
	n := 0
	err := New(Options{}).Read(context.Background(), []string{dir}, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Read = %v after %d items, want stop after 1", err, n)
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("x.csv", []byte(strings.Repeat("a\t", 60)))
	f.Add("x", []byte(`<?xml version="1.0"?><rss>`))
	f.Add("x", []byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		switch Detect(name, head) {
		case FormatText, FormatJSONL, FormatHTML, FormatFeed, FormatGDELT, FormatACLED, formatDataset:
		default:
			t.Errorf("Detect(%q) gave no known format", name)
		}
	})
}

// TestSizeLimits checks that an article file over MaxSize and a feed file over
// MaxPageSize are reported as too large, while a feed larger than one article's limit
// is read.
func TestSizeLimits(t *testing.T) {
	dir := t.TempDir()
	feed := feedXML("http://example.org")
	big := strings.Repeat("Rebels shelled the town. ", 100)
	for name, text := range map[string]string{"feed.xml": feed, "big.txt": big, "ok.txt": "Rebels shelled the town."} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := New(Options{MaxSize: int64(len(feed)) - 1, MaxPageSize: int64(len(feed))})
	arts, bad := collect(t, r, filepath.Join(dir, "feed.xml"), filepath.Join(dir, "big.txt"), filepath.Join(dir, "ok.txt"))
	if len(bad) != 2 || !strings.Contains(bad[0]+bad[1], "big.txt") || !strings.Contains(bad[0]+bad[1], "too large") {
		t.Errorf("bad items %q, want big.txt too large and the linked-only feed item", bad)
	}
	if len(arts) != 2 {
		t.Errorf("%d articles, want the feed's first item and ok.txt", len(arts))
	}
	small := New(Options{MaxPageSize: int64(len(feed)) - 1})
	if _, bad := collect(t, small, filepath.Join(dir, "feed.xml")); len(bad) != 1 || !strings.Contains(bad[0], "limit for a page or feed") {
		t.Errorf("feed over MaxPageSize: bad items %q, want one too large", bad)
	}
}
