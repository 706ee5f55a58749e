package page

import (
	"errors"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/article"
)

const truceHTML = `<!DOCTYPE html>
<html><head><title>Truce holds in the north | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-11-28T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Truce holds in the north</h1>
<p>The ceasefire between the two armies held for a second day on Thursday, officials said, as
convoys of displaced families began returning to villages along the border.</p>
<p>Under the terms of the agreement, both sides are to pull their forces back three kilometres
within ten days, and monitors from the regional body will patrol the line.</p>
<p>A spokesman for the northern command said troops had begun leaving two forward positions,
and that the withdrawal would continue through the weekend if the calm held.</p>
</article>
<footer>Copyright Example Wire</footer>
<script>var tracking = 1;</script>
</body></html>`

func TestParse(t *testing.T) {
	a, err := Parse([]byte(truceHTML), "https://example.org/truce", "truce.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "pull their forces back three kilometres") {
		t.Errorf("text lacks the body: %q", a.Text)
	}
	for _, junk := range []string{"tracking", "Copyright", "Home"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q: %q", junk, a.Text)
		}
	}
	if a.Date.Format("2006-01-02") != "2024-11-28" {
		t.Errorf("date = %v, want 2024-11-28", a.Date)
	}
	if !strings.Contains(a.Title, "Truce holds") {
		t.Errorf("title = %q", a.Title)
	}
	if a.ID != article.ID(a.Text) || a.URL != "https://example.org/truce" || a.Name != "truce.html" {
		t.Errorf("id, url, name = %q %q %q", a.ID, a.URL, a.Name)
	}
}

func TestParseBad(t *testing.T) {
	for name, tc := range map[string]struct {
		data string
		want error
	}{
		"binary": {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", article.ErrBinary},
		"empty":  {"<html><body><div></div></body></html>", ErrNoText},
		"blank":  {"", ErrNoText},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(tc.data), "", name)
			if !errors.Is(err, tc.want) {
				t.Errorf("Parse = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	got := Text(`<p>Talks resumed in <b>Doha</b> &amp; Geneva.</p><p>Both sides met.</p><script>x()</script>`)
	if !strings.Contains(got, "Talks resumed in Doha & Geneva.") || !strings.Contains(got, "Both sides met.") || strings.Contains(got, "x()") {
		t.Errorf("Text = %q", got)
	}
	if got := Text("plain\r\n\r\n\r\ntext  "); got != "plain\n\ntext" {
		t.Errorf("Text(plain) = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(truceHTML))
	f.Add([]byte("<html><p>unclosed <b>tags"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data, "", "fuzz")
		if err == nil && (a.Text == "" || a.ID == "") {
			t.Errorf("article without text or id: %+v", a)
		}
	})
}
