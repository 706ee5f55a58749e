package actor

import "time"

// Choose returns the entry the mention names in its context, among m.Entry and m.Alt:
// the one whose country weighs most, weight giving a country's weight in the text (how
// often the sentence and the article name it); among equals, the first person who
// holds a dated code on t (in office: "Bush" in 1990 is the father, in 2005 the son);
// else the first of them, m.Entry when it is one. Without alternatives it is m.Entry.
func (m Mention) Choose(t time.Time, weight func(country string) int) *Entry {
	if len(m.Alt) == 0 || m.Entry == nil {
		return m.Entry
	}
	best := -1
	var tied []*Entry
	for _, e := range m.candidates() {
		w := 0
		if e.Country != "" && weight != nil {
			w = weight(e.Country)
		}
		switch {
		case w > best:
			best, tied = w, append(tied[:0], e)
		case w == best:
			tied = append(tied, e)
		}
	}
	if !t.IsZero() {
		for _, e := range tied {
			if e.Kind == Person && e.datedAt(t) {
				return e
			}
		}
	}
	return tied[0]
}

// candidates lists m.Entry then m.Alt.
func (m Mention) candidates() []*Entry {
	out := make([]*Entry, 0, 1+len(m.Alt))
	return append(append(out, m.Entry), m.Alt...)
}

// datedAt reports whether one of e's dated codes holds on t.
func (e *Entry) datedAt(t time.Time) bool {
	for _, c := range e.Codes {
		if (!c.From.IsZero() || !c.To.IsZero()) && c.Contains(t) {
			return true
		}
	}
	return false
}

// hasDated reports whether e has a dated code.
func (e *Entry) hasDated() bool {
	for _, c := range e.Codes {
		if !c.From.IsZero() || !c.To.IsZero() {
			return true
		}
	}
	return false
}

// distinct reports whether Choose can tell a and b apart: by country, or, for people,
// by the dates of their offices.
func distinct(a, b *Entry) bool {
	return a.Country != b.Country || a.Kind == Person && b.Kind == Person && (a.hasDated() || b.hasDated())
}
