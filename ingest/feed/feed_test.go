package feed

import (
	"strings"
	"testing"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire: World</title><link>https://example.org/</link>
<item><title>Prisoner exchange begins</title><link>https://example.org/a1</link>
<pubDate>Tue, 10 Mar 2020 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The first 100 prisoners were released on Tuesday under the exchange agreed last month.&lt;/p&gt;</description></item>
<item><title>Talks delayed</title><link>https://example.org/a2</link>
<pubDate>Wed, 11 Mar 2020 08:00:00 GMT</pubDate></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title>
<entry><title>Ceasefire violated</title><link href="https://example.org/b1"/>
<updated>2024-05-02T10:00:00Z</updated>
<content type="html">&lt;p&gt;Shelling was reported near the river despite the truce.&lt;/p&gt;</content></entry>
</feed>`

func TestParseRSS(t *testing.T) {
	if !Detect([]byte(rss)) || !Detect([]byte(atom)) || Detect([]byte("<html><body>x</body></html>")) {
		t.Fatal("Detect is wrong")
	}
	es, err := Parse(strings.NewReader(rss), "world.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Fatalf("%d entries, want 2", len(es))
	}
	a := es[0].Article
	if a.Text != "The first 100 prisoners were released on Tuesday under the exchange agreed last month." ||
		a.Title != "Prisoner exchange begins" || a.URL != "https://example.org/a1" ||
		a.Date.Format("2006-01-02") != "2020-03-10" || a.Source != "Example Wire: World" || a.ID == "" || a.Name != "world.xml#1" {
		t.Errorf("first entry = %+v", a)
	}
	if es[1].Article.Text != "" || es[1].Article.ID != "" || es[1].Link != "https://example.org/a2" {
		t.Errorf("entry without content = %+v", es[1])
	}
}

func TestParseAtom(t *testing.T) {
	es, err := Parse(strings.NewReader(atom), "monitor.atom")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Article.Text != "Shelling was reported near the river despite the truce." || es[0].Article.Date.Year() != 2024 {
		t.Errorf("entries = %+v", es)
	}
}

func TestParseBroken(t *testing.T) {
	if _, err := Parse(strings.NewReader(`<?xml version="1.0"?><rss><channel><item><title>cut`), "cut.xml"); err == nil {
		t.Error("a truncated feed parsed")
	}
	if _, err := Parse(strings.NewReader("not a feed at all"), "x"); err == nil {
		t.Error("text parsed as a feed")
	}
}
