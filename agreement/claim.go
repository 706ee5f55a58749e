package agreement

import (
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// Proposition is what a claim states, as assessment reads it: the words of the
// reported content, the actors it names, its numbers, when it is dated, and whether
// it is the reporter's own statement rather than a speaker's.
type Proposition struct {
	Sentence int
	// Date is when the statement places what it reports: the first resolved date in
	// the sentence, never later than the article's publication, else the publication.
	Date      time.Time
	Published time.Time
	// Narrative marks a sentence the article states in its own voice.
	Narrative bool
	// Actors are the codes of the actors named in the content, in text order.
	Actors []string
	// Words are the lower-case words of the content.
	Words      []string
	Quantities []text.Quantity
	// Events are the coded events of the sentence.
	Events []event.Event
}

// Claims finds the statements src attributes to speakers ("X said ...", "according to
// X", quotations), one per sentence, each with the whole sentence as its evidence.
// The speaker is the actor named where the quote's speaker stands, else the speaker
// the coder attributed the sentence's events to. Sentences without a speaker are
// returned too, as the reporter's own statements (Prop.Narrative, the article's
// source as speaker name and no code), so that assessment can read what the article
// itself reports; Conflicts pairs only attributed claims.
func Claims(src Source) []Claim {
	d := src.Doc
	if d == nil {
		return nil
	}
	pub := src.Article.Date
	bySent := map[int]*Claim{}
	var order []int
	lastActor := ""
	mentionAt := func(start, end int) (string, bool) {
		for _, m := range src.Mentions {
			if m.Code != "" && !m.Place && m.Span.Start < end && start < m.Span.End {
				return m.Code, true
			}
		}
		return "", false
	}
	for _, q := range text.FindQuotes(d) {
		si := sentenceAt(d, q.SpeakerStart)
		if q.SpeakerStart == q.SpeakerEnd {
			si = sentenceAt(d, q.Start)
		}
		if si < 0 {
			continue
		}
		if c, ok := bySent[si]; ok {
			c.Prop.Words = append(c.Prop.Words, words(d, q.Start, q.End)...)
			continue
		}
		s := d.Sentences[si]
		name := strings.TrimSpace(d.Text[q.SpeakerStart:q.SpeakerEnd])
		code, ok := mentionAt(q.SpeakerStart, q.SpeakerEnd)
		if !ok {
			code = attributed(src.Events, si)
		}
		if code == "" && isPronoun(name) {
			code = lastActorBefore(src.Mentions, s.Start)
		}
		if name == "" && code == "" {
			continue
		}
		c := &Claim{Speaker: Speaker{Code: code, Name: name}}
		fill(c, src, si, q.Start, q.End)
		bySent[si] = c
		order = append(order, si)
	}
	_ = lastActor
	for si := range d.Sentences {
		if _, ok := bySent[si]; ok {
			continue
		}
		s := d.Sentences[si]
		c := &Claim{Speaker: Speaker{Name: src.Article.Source}}
		fill(c, src, si, s.Start, s.End)
		c.Prop.Narrative = true
		bySent[si] = c
		order = append(order, si)
	}
	out := make([]Claim, 0, len(bySent))
	for si := range d.Sentences {
		if c, ok := bySent[si]; ok {
			out = append(out, *c)
		}
	}
	_ = order
	_ = pub
	return out
}

// fill sets c's evidence to sentence si and reads its proposition from the content
// [start, end).
func fill(c *Claim, src Source, si, start, end int) {
	d := src.Doc
	s := d.Sentences[si]
	c.ArticleID = src.Article.ID
	c.Start, c.End = s.Start, s.End
	c.Text = d.Text[s.Start:s.End]
	p := &c.Prop
	p.Sentence = si
	p.Published = src.Article.Date
	p.Date = src.Article.Date
	for _, dm := range text.FindDates(s, src.Article.Date) {
		if !dm.Value.IsZero() && dm.Offset == nil {
			if src.Article.Date.IsZero() || !dm.Value.After(src.Article.Date) {
				p.Date = dm.Value
			}
			break
		}
	}
	p.Words = words(d, start, end)
	for _, m := range src.Mentions {
		if m.Code != "" && !m.Place && m.Span.Start >= start && m.Span.End <= end {
			p.Actors = append(p.Actors, m.Code)
		}
	}
	for _, q := range text.FindQuantities(s) {
		if t := s.Tokens[q.Tok]; t.Start >= start && t.End <= end {
			p.Quantities = append(p.Quantities, q)
		}
	}
	for _, e := range src.Events {
		if e.Sentence == si {
			p.Events = append(p.Events, e)
		}
	}
}

// sentenceAt returns the index of the sentence of d holding byte offset off, or -1.
func sentenceAt(d *text.Doc, off int) int {
	for i, s := range d.Sentences {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// words returns the lower-case words of d within [start, end).
func words(d *text.Doc, start, end int) []string {
	var out []string
	for _, s := range d.Sentences {
		if s.End <= start || s.Start >= end {
			continue
		}
		for _, t := range s.Tokens {
			if t.Start >= start && t.End <= end {
				out = append(out, t.Lower)
			}
		}
	}
	return out
}

// attributed returns the speaker code the coder gave the events of sentence si.
func attributed(evs []event.Event, si int) string {
	for _, e := range evs {
		if e.Sentence == si && e.Attribution != nil && e.Attribution.Speaker.Code != "" {
			return e.Attribution.Speaker.Code
		}
	}
	return ""
}

func lastActorBefore(ms []event.Mention, off int) string {
	code := ""
	for _, m := range ms {
		if m.Code != "" && !m.Place && m.Span.End <= off {
			code = m.Code
		}
	}
	return code
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}
