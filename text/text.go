// Package text turns an article body into sentences and tokens with byte offsets and POS
// tags, and finds dates, quantities and quotes in them. It knows nothing about actors
// or events.
package text

import (
	"sync"
	"time"
)

// Token is one word or punctuation mark. Start and End are byte offsets in the
// document's text; Lower is the lower-cased text with curly apostrophes straightened.
type Token struct {
	Text  string
	Lower string
	Start int
	End   int
	Tag   string // Penn Treebank POS tag
}

// Sentence is a run of tokens. Start and End are byte offsets in the document's text.
type Sentence struct {
	Index  int
	Start  int
	End    int
	Tokens []Token
}

// Doc is an analysed text.
type Doc struct {
	Text      string
	Sentences []Sentence

	// memo holds what Dates and Quantities found, so that the coder and the
	// agreement readers, which all ask, pay for it once a sentence.
	// Both are indexed by sentence and made when first needed. A sentence's first
	// dates, for whichever date, serve Quantities: what it needs of them does not
	// depend on the date (inDate).
	mu    sync.Mutex
	memo  []sentenceDates
	quant []quantities

	quotesOnce sync.Once
	quotes     []Quote
}

type memoKey struct {
	sentence int
	pub      time.Time
}

// quantities are a sentence's quantities once found.
type quantities struct {
	found bool
	qs    []Quantity
}

// sentenceDates are the dates found in a sentence for each publication date asked
// for, the first apart: most articles ask for one.
type sentenceDates struct {
	found bool
	first datesAt
	more  []datesAt
}

// datesAt are a sentence's dates resolved against pub.
type datesAt struct {
	pub   time.Time
	dates []DateMention
}

// Dates is FindDates(s, pub), computed once for each of d's sentences and date; s
// is one of d.Sentences, or a sentence made from them, which is read afresh. The
// mentions are shared: a caller that changes them copies them first.
func (d *Doc) Dates(s Sentence, pub time.Time) []DateMention {
	if !d.owns(s) {
		return FindDates(s, pub)
	}
	k := memoKey{s.Index, pub}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.datesLocked(k, s)
}

// datesLocked is Dates with d.mu held.
func (d *Doc) datesLocked(k memoKey, s Sentence) []DateMention {
	if len(d.memo) < len(d.Sentences) {
		d.memo = append(d.memo, make([]sentenceDates, len(d.Sentences)-len(d.memo))...)
	}
	m := &d.memo[k.sentence]
	if m.found && m.first.pub == k.pub { // as a map key compares
		return m.first.dates
	}
	for _, at := range m.more {
		if at.pub == k.pub {
			return at.dates
		}
	}
	ms := FindDates(s, k.pub)
	if !m.found {
		m.found, m.first = true, datesAt{k.pub, ms}
	} else {
		m.more = append(m.more, datesAt{k.pub, ms})
	}
	return ms
}

// Quantities is FindQuantities(s), computed once for each of d's sentences, as
// Dates is; the quantities are shared. It reads the sentence's dates from the
// memo when Dates has found them, for whichever date.
func (d *Doc) Quantities(s Sentence) []Quantity {
	if !d.owns(s) {
		return FindQuantities(s)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.quant) < len(d.Sentences) {
		d.quant = append(d.quant, make([]quantities, len(d.Sentences)-len(d.quant))...)
	}
	if q := d.quant[s.Index]; q.found {
		return q.qs
	}
	qs := findQuantities(s, func() []DateMention {
		if s.Index < len(d.memo) && d.memo[s.Index].found {
			return d.memo[s.Index].first.dates
		}
		return d.datesLocked(memoKey{s.Index, time.Time{}}, s)
	})
	d.quant[s.Index] = quantities{true, qs}
	return qs
}

// Quotes is FindQuotes(d), computed once; the quotes are shared. d's sentences
// must not change once it is called.
func (d *Doc) Quotes() []Quote {
	d.quotesOnce.Do(func() { d.quotes = FindQuotes(d) })
	return d.quotes
}

// owns reports whether s is d's sentence s.Index, tokens and all.
func (d *Doc) owns(s Sentence) bool {
	if s.Index < 0 || s.Index >= len(d.Sentences) {
		return false
	}
	o := d.Sentences[s.Index]
	return o.Start == s.Start && o.End == s.End && len(o.Tokens) == len(s.Tokens) &&
		(len(s.Tokens) == 0 || &o.Tokens[0] == &s.Tokens[0])
}

// DateMention is a time expression found in a sentence, resolved when it can be.
// Tok and TokEnd are token indices in the sentence ([Tok, TokEnd)).
type DateMention struct {
	Tok, TokEnd int
	Text        string
	Value       time.Time // zero when unresolved
	End         time.Time // zero unless a range
	Granularity string    // day, week, month, year, unknown
	Basis       string    // explicit, relative, unresolved
	// Offset marks "N days after/before ..." expressions whose anchor is another
	// clause: Value is then zero and Offset holds the signed distance.
	Offset *Offset
	// Anaphor marks a mention that counts from the latest date the text named before
	// it rather than from the publication date or a clause of its own: "that day",
	// "the same week", "the next day", "the following month", "a week later". Its
	// Offset holds the distance (zero for "that day") and Granularity the precision
	// of the date it names; ResolveFrom dates it once that earlier date is known.
	Anaphor bool
}

// Offset is a signed distance in time relative to an anchor the caller supplies.
type Offset struct {
	Years, Months, Days int
	Hours               int
}

// Quantity is a number found in a sentence, with the noun it counts.
type Quantity struct {
	Tok, TokEnd int
	Value       float64
	Max         float64 // upper bound of a range, else 0
	Unit        string  // the counted noun, lower-case plural as written ("troops")
	UnitTok     int     // index of the unit token, -1 when none
	Approx      bool    // about, some, nearly, tens of thousands...
	AtLeast     bool    // at least, more than, over
	AtMost      bool    // at most, up to, less than
}

// Quote is a stretch of reported speech with its speaker's span and reporting verb.
// Offsets are bytes in the document's text. SpeakerStart == SpeakerEnd means the
// speaker was not found.
type Quote struct {
	Start, End               int // the reported content
	SpeakerStart, SpeakerEnd int
	Verb                     string // said, declared, told, according to...
	Quoted                   bool   // inside quotation marks
}
