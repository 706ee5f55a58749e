package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SnippetWords is the most words a search hit's snippet shows.
const SnippetWords = 24

// Snippet returns an excerpt of text of up to SnippetWords words where most of q's
// terms occur close together (the earliest such place), each occurrence in
// [brackets], with … where the text is cut; "" when no term occurs. It reads text
// twice, word by word, and holds only the words of the window, so a huge article in
// which every word matches costs no more than reading it (the full-text engines'
// highlighters compare every match with every other).
func (q Query) Snippet(text string) string {
	start, ok := q.bestWindow(text)
	if !ok {
		return ""
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	s := wordScanner{text: text}
	var (
		window []span
		cut    bool // words follow the window
	)
	for i := 0; ; i++ {
		w, more := s.next()
		if !more {
			break
		}
		if i < start {
			continue
		}
		if len(window) == SnippetWords {
			cut = true
			break
		}
		window = append(window, w)
	}
	marked := make([]bool, len(window))
	for i := range window {
		for _, t := range q.Terms {
			if runAt(text, window, i, t) {
				for j := range t {
					marked[i+j] = true
				}
			}
		}
	}
	from := window[0].start
	for i, w := range window {
		b.WriteString(text[from:w.start])
		if marked[i] {
			b.WriteString("[" + text[w.start:w.end] + "]")
		} else {
			b.WriteString(text[w.start:w.end])
		}
		from = w.end
	}
	if cut {
		b.WriteString("…")
	}
	return b.String()
}

// HitSnippet is the snippet of a search hit: from its body, or from its title when
// only the title matches.
func (q Query) HitSnippet(title, body string) string {
	if s := q.Snippet(body); s != "" {
		return s
	}
	return q.Snippet(title)
}

// bestWindow finds the first word of the snippet: the earliest window of SnippetWords
// words that begins at an occurrence and holds the most distinct terms, starting a few
// words before it for context.
func (q Query) bestWindow(text string) (int, bool) {
	const context = 3
	longest := 1
	for _, t := range q.Terms {
		longest = max(longest, len(t))
	}
	type hit struct{ word, term int }
	var (
		s      = wordScanner{text: text}
		recent []span // the last longest words, to test phrases ending at a word
		hits   []hit  // occurrences within the current window, oldest first
		counts = make([]int, len(q.Terms))
		inside int // distinct terms among hits
		best   = -1
		most   int
	)
	for i := 0; ; i++ {
		w, more := s.next()
		if !more {
			break
		}
		if len(recent) == longest {
			copy(recent, recent[1:])
			recent = recent[:longest-1]
		}
		recent = append(recent, w)
		for ti, t := range q.Terms {
			first := len(recent) - len(t)
			if first < 0 || !runAt(text, recent, first, t) {
				continue
			}
			for len(hits) > 0 && hits[0].word <= i-SnippetWords {
				if counts[hits[0].term]--; counts[hits[0].term] == 0 {
					inside--
				}
				hits = hits[1:]
			}
			hits = append(hits, hit{i - len(t) + 1, ti})
			if counts[ti]++; counts[ti] == 1 {
				inside++
			}
			if inside > most {
				most, best = inside, hits[0].word
			}
		}
		if most == len(q.Terms) {
			break
		}
	}
	if best < 0 {
		return 0, false
	}
	return max(0, best-context), true
}

// span is a word's place in a text.
type span struct{ start, end int }

// runAt reports whether the words of t stand at words[i:], compared as Words compares.
func runAt(text string, words []span, i int, t []string) bool {
	if i+len(t) > len(words) {
		return false
	}
	for j, w := range t {
		if !strings.EqualFold(text[words[i+j].start:words[i+j].end], w) {
			return false
		}
	}
	return true
}

// wordScanner yields the words of a text as Words cuts them: runs of letters and
// digits.
type wordScanner struct {
	text string
	at   int
}

func (s *wordScanner) next() (span, bool) {
	start := -1
	for s.at < len(s.text) {
		r, size := rune(s.text[s.at]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s.text[s.at:])
		}
		in := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case in && start < 0:
			start = s.at
		case !in && start >= 0:
			return span{start, s.at}, true
		}
		s.at += size
	}
	if start >= 0 {
		return span{start, len(s.text)}, true
	}
	return span{}, false
}
