// Package page reads an HTML page into an article: the readable text found by
// readability (codeberg.org/readeck/go-readability/v2), the title, and the
// publication date from the page's meta tags when it gives one. It also turns the
// HTML fragments of feed items into plain text.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/peacewatch/peacewatch/article"
)

// ErrNoText is wrapped by the error for a page in which no article text was found.
var ErrNoText = errors.New("no article text")

// Parse reads the HTML page data, fetched from pageURL ("" for a local file), into an
// article named name. The text is readability's, normalised as Normalize does; the
// id is article.ID of it. A page that is not HTML at all (binary data) or holds no
// readable text is an error wrapping article.ErrBinary or ErrNoText; a date that
// cannot be read is left out.
func Parse(data []byte, pageURL, name string) (article.Article, error) {
	if isBinary(data) {
		return article.Article{}, fmt.Errorf("%w", article.ErrBinary)
	}
	var u *url.URL
	if pageURL != "" {
		if p, err := url.Parse(pageURL); err == nil {
			u = p
		}
	}
	doc, err := readability.FromReader(bytes.NewReader(data), u)
	if err != nil {
		return article.Article{}, fmt.Errorf("read html: %w", err)
	}
	if doc.Node == nil {
		return article.Article{}, ErrNoText
	}
	text := Normalize(render.InnerText(doc.Node))
	if text == "" {
		return article.Article{}, ErrNoText
	}
	a := article.Article{ID: article.ID(text), URL: pageURL, Title: strings.TrimSpace(doc.Title()),
		Source: strings.TrimSpace(doc.SiteName()), Text: text, Name: name}
	if t, err := doc.PublishedTime(); err == nil {
		a.Date = t.UTC()
	}
	return a, nil
}

// Text returns the plain text of an HTML fragment (a feed item's content):
// paragraphs and line breaks become line breaks, tags and scripts go, entities are
// decoded; the result is Normalize'd. Text that holds no markup is only normalised.
func Text(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return Normalize(fragment)
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return Normalize(fragment)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return Normalize(render.InnerText(root))
}

// Normalize makes extracted text fit for coding: invalid UTF-8 becomes U+FFFD, NUL
// bytes spaces, CRLF and CR line ends LF, lines are right-trimmed, runs of blank
// lines become one blank line, and the whole is trimmed.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.ReplaceAll(s, "\x00", " ")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	var b strings.Builder
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return strings.TrimSpace(b.String())
}

// isBinary reports whether data looks like binary data rather than markup: NUL
// bytes near the start, or mostly invalid UTF-8.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8000)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return len(head) > 0 && float64(bad)/float64(len(head)) > 0.3
}
