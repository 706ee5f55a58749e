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
	rng *rand.Rand
	b   strings.Builder
}

// NewGenerator returns a generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Sentence returns one sentence of about 19 words (about 120 bytes).
func (g *Generator) Sentence() string {
	g.b.Reset()
	g.write(templates[g.rng.IntN(len(templates))])
	s := g.b.String()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// Article returns n sentences as paragraphs of two or three sentences.
func (g *Generator) Article(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			if g.rng.IntN(3) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
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
			a := article.Article{
				ID:   fmt.Sprintf("bench-%d", i),
				Name: fmt.Sprintf("bench:%d", i),
				Date: start.AddDate(0, 0, g.rng.IntN(3650)),
				Text: g.Article(n),
			}
			if !yield(a) {
				return
			}
		}
	}
}

// write expands a template: {a} an actor, {v:FORM} a verb in a form (base, s, past,
// pp, ing; pass is the participle without its preposition), {n} a number, {u} a counted noun, {p} a place, {d} a date, {w} a weekday.
func (g *Generator) write(t string) {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			g.b.WriteString(t)
			return
		}
		g.b.WriteString(t[:i])
		j := strings.IndexByte(t[i:], '}') + i
		g.slot(t[i+1 : j])
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
