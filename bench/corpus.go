// Package bench generates a synthetic news-like corpus and measures how fast the coder
// gets through it, on one core and on many, with bounded memory.
package bench

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/article"
)

// Generator writes news-like sentences from templates that combine actor names, event
// verbs in several tenses, numbers, places and dates. The same seed gives the same text.
type Generator struct {
	rng   *rand.Rand
	b     strings.Builder
	deals []deal
}

// NewGenerator returns a generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.deals = g.newDeals()
	return g
}

// Sentence returns one sentence of about 19 words (about 120 bytes).
func (g *Generator) Sentence() string {
	g.b.Reset()
	g.expand(templates[g.rng.IntN(len(templates))], nil)
	return capitalise(g.b.String())
}

func capitalise(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// Article returns n sentences as paragraphs of two or three sentences.
func (g *Generator) Article(n int) string {
	return g.article(n, time.Time{})
}

// article is Article for an article published on pub: one in dealShare reports on
// one of the corpus's deals signed before pub, in one of its sentences.
func (g *Generator) article(n int, pub time.Time) string {
	about := -1
	if !pub.IsZero() && g.rng.IntN(dealShare) == 0 {
		about = g.rng.IntN(len(g.deals))
		if !g.deals[about].signed.Before(pub) {
			about = -1
		}
	}
	at := g.rng.IntN(max(n, 1))
	var b strings.Builder
	for i := range n {
		if i > 0 {
			if g.rng.IntN(3) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		if i == at && about >= 0 {
			b.WriteString(g.dealSentence(g.deals[about]))
			continue
		}
		b.WriteString(g.Sentence())
	}
	return b.String()
}

// Corpus yields articles of perArticle sentences (the last may be shorter) until
// sentences sentences have been produced. Articles carry a publication date between
// 2015 and 2024 and ids "bench-N". Nothing is held beyond the current article.
func Corpus(seed uint64, sentences, perArticle int) iter.Seq[article.Article] {
	return func(yield func(article.Article) bool) {
		g := NewGenerator(seed)
		start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := 0; sentences > 0; i++ {
			n := min(perArticle, sentences)
			sentences -= n
			pub := start.AddDate(0, 0, g.rng.IntN(3650))
			a := article.Article{
				ID:   fmt.Sprintf("bench-%d", i),
				Name: fmt.Sprintf("bench:%d", i),
				Date: pub,
				Text: g.article(n, pub),
			}
			if !yield(a) {
				return
			}
		}
	}
}

// expand writes a template: {a} an actor, {v:FORM} a verb in a form (base, s, past,
// pp, ing; pass is the participle without its preposition), {n} a number, {u} a
// counted noun, {p} a place, {d} a date, {w} a weekday; special, when set, writes
// the slots it knows and reports whether it did.
func (g *Generator) expand(t string, special func(name string) bool) {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			g.b.WriteString(t)
			return
		}
		g.b.WriteString(t[:i])
		j := strings.IndexByte(t[i:], '}') + i
		if name := t[i+1 : j]; special == nil || !special(name) {
			g.slot(name)
		}
		t = t[j+1:]
	}
}

func (g *Generator) slot(name string) {
	pick := func(list []string) string { return list[g.rng.IntN(len(list))] }
	switch name {
	case "a":
		g.b.WriteString(pick(actors))
	case "n":
		n := pick3(g.rng)
		if n >= 1000 {
			fmt.Fprintf(&g.b, "%d,%03d", n/1000, n%1000)
		} else {
			fmt.Fprintf(&g.b, "%d", n)
		}
	case "u":
		g.b.WriteString(pick(units))
	case "p":
		g.b.WriteString(pick(places))
	case "d":
		d := time.Date(2015+g.rng.IntN(10), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC)
		g.b.WriteString(d.Format("January 2"))
	case "w":
		g.b.WriteString(time.Weekday(1 + g.rng.IntN(5)).String())
	default:
		form, _ := strings.CutPrefix(name, "v:")
		v := verbs[g.rng.IntN(len(verbs))]
		g.b.WriteString(v.form(form))
	}
}

// pick3 returns a number that looks like news: small counts mostly, some thousands.
func pick3(rng *rand.Rand) int {
	switch rng.IntN(4) {
	case 0:
		return 2 + rng.IntN(20)
	case 1:
		return 10 * (2 + rng.IntN(50))
	case 2:
		return 100 * (1 + rng.IntN(90))
	default:
		return 1000 * (1 + rng.IntN(15))
	}
}
