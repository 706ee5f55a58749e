package agreement

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// sent is one sentence as extraction reads it: its tokens' lower-case words, the
// actors named in it with their token positions, its dates and quantities, and the
// paragraph it belongs to.
type sent struct {
	s         text.Sentence
	words     []string
	actors    []actorAt
	dates     []text.DateMention
	qty       []text.Quantity
	events    []event.Event
	para      int
	bullet    bool // a "- " or "1. " line
	first     int  // the first token after a bullet's mark
	introList bool // ends with a colon: the lines after it are its points
	// cellSubj: the actors of a table-like point's middle cell ("- Monitoring | Iran |
	// allow ..."): the point's subject; its terms start after the second "|"
	cellSubj []actorAt
	// dateline: the city a story's dateline names ("MOSCOW, Oct 10 –"), "" when the
	// sentence opens with none; its actors are where the story was filed, not who acted
	dateline string
	// mediators: mediatorRoots, read once
	mediators     []string
	mediatorsRead bool
}

// actorAt is an actor mention located at tokens [tok, end) of its sentence.
type actorAt struct {
	event.Mention
	tok, end int
}

// sentences builds the views of src's sentences.
func sentences(src Source) []sent {
	if src.Doc == nil {
		return nil
	}
	body := src.Doc.Text
	out := make([]sent, 0, len(src.Doc.Sentences))
	para := 0
	prevEnd := 0
	var mark *text.Sentence
	var ref text.DateMention // the last date the sentences so far named
	tokens := 0
	for _, s := range src.Doc.Sentences {
		tokens += len(s.Tokens)
	}
	words, actors := newSlab[string](tokens), newSlab[actorAt](len(src.Mentions))
	var dates slab[text.DateMention]
	var titled map[string]string // title nouns read so far, lower case, and their deal noun
	var events slab[event.Event]
	for k := range src.Doc.Sentences {
		s := src.Doc.Sentences[k]
		if numberedOnly(s) && k+1 < len(src.Doc.Sentences) && !strings.Contains(body[s.End:src.Doc.Sentences[k+1].Start], "\n") {
			// the analyser cuts "1. A halt to ..." after its mark: the point is one line
			mark = &src.Doc.Sentences[k]
			continue
		}
		if mark != nil {
			joined := text.Sentence{Index: s.Index, Start: mark.Start, End: s.End}
			joined.Tokens = append(append(joined.Tokens, mark.Tokens...), s.Tokens...)
			s, mark = joined, nil
		}
		if s.Start > prevEnd && strings.Contains(body[prevEnd:s.Start], "\n\n") {
			para++
		}
		prevEnd = s.End
		v := sent{s: s, para: para}
		v.words = words.take(len(s.Tokens))
		for _, t := range s.Tokens {
			v.words = append(v.words, t.Lower)
		}
		titled = v.readTitleNouns(loadLexicon(), titled)
		if len(v.words) > 1 && (v.words[0] == "-" || v.words[0] == "•" || v.words[0] == "*" || isNumberedMark(v.words[0])) {
			v.bullet = true
			v.first = 1
			if w := v.word(1); w == "." || w == ")" {
				v.first = 2
			}
		}
		if n := len(v.words); n > 0 && v.words[n-1] == ":" {
			v.introList = true
		}
		n := 0
		for _, m := range src.Mentions {
			if m.Span.Start >= s.Start && m.Span.End <= s.End {
				n++
			}
		}
		v.actors = actors.take(n)
		for _, m := range src.Mentions {
			if m.Span.Start < s.Start || m.Span.End > s.End {
				continue
			}
			a := actorAt{Mention: m, tok: -1}
			for i, t := range s.Tokens {
				if a.tok < 0 && t.End > m.Span.Start {
					a.tok = i
				}
				if t.Start < m.Span.End {
					a.end = i + 1
				}
			}
			if a.tok >= 0 && a.end < len(s.Tokens) && len(a.Code) == 6 && (strings.HasSuffix(a.Code, "ELI") || strings.HasSuffix(a.Code, "OPP")) {
				if w := strings.ToLower(s.Tokens[a.end].Text); w == "administration" || w == "government" {
					// "the Biden administration" in a story told after his term: the
					// government he led, whatever he is on the story's date
					a.Code = a.Code[:3] + "GOV"
				}
			}
			if a.tok >= 0 && a.end > a.tok {
				v.actors = append(v.actors, a)
			}
		}
		if len(v.actors) == 0 {
			v.actors = nil
		}
		v.actors = selfProclaimed(&v, v.actors)
		for i := range v.actors {
			if k := v.actors[i].tok; k >= 2 && v.word(k-1) == "of" && compass[v.word(k-2)] {
				v.actors[i].Place = true // "south of Paris": where it happened, not who acted
			}
			if k := v.actors[i].tok; k >= 2 && v.word(k-1) == "of" && dealNameHead(&v, k-2) {
				v.actors[i].Place = true // "the Act of Montevideo": where the deal was made, not who made it
			}
		}
		if end, city := datelineOf(s); end > 0 {
			v.dateline = city
			for i := range v.actors {
				if v.actors[i].tok < end {
					v.actors[i].Place = true
				}
			}
		}
		if v.bullet {
			v.readCells()
		}
		// a copy: the document's dates are shared with the coder
		if ds := src.Doc.Dates(s, src.Article.Date); len(ds) > 0 {
			v.dates = append(dates.take(len(ds)), ds...)
		} else {
			v.dates = slices.Clone(ds)
		}
		// "the understanding reached that afternoon": counted from the day told before
		text.ResolveAnaphors(v.dates, ref)
		if a, ok := text.LastAnchor(v.dates); ok {
			ref = a
		}
		v.qty = src.Doc.Quantities(s)
		v.events = sentenceEvents(src.Events, s.Index, &events)
		out = append(out, v)
	}
	return out
}

// sentenceEvents returns the events of sentence si, read only: a slice of evs when
// they stand together in it, as the coder's do, else copies cut from sl.
func sentenceEvents(evs []event.Event, si int, sl *slab[event.Event]) []event.Event {
	first, n := -1, 0
	for i := range evs {
		if evs[i].Sentence == si {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	switch {
	case n == 0:
		return nil
	case together(evs[first:first+n], si):
		return evs[first : first+n : first+n]
	}
	out := sl.take(n)
	for _, e := range evs {
		if e.Sentence == si {
			out = append(out, e)
		}
	}
	return out
}

// together reports whether every event of evs is of sentence si.
func together(evs []event.Event, si int) bool {
	for i := range evs {
		if evs[i].Sentence != si {
			return false
		}
	}
	return true
}

// compass words before "of" make the name after it a place ("south of Paris").
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "outskirts": true}

// datelineOf returns the end token of the dateline s opens with and the city it names
// in title case: a run of capitals, then the dash that ends the dateline within a few
// tokens ("MOSCOW, Oct 10 –", "DAYTON, Ohio (wire) –", "JUBA –"). 0 when none.
func datelineOf(s text.Sentence) (int, string) {
	var city []string
	for _, t := range s.Tokens {
		if !allCaps(t.Text) {
			break
		}
		city = append(city, titleCase(t.Text))
	}
	if len(city) == 0 || len(strings.Join(city, "")) < 3 {
		return 0, ""
	}
	for k := len(city); k < min(len(s.Tokens), 12); k++ {
		switch s.Tokens[k].Text {
		case "–", "—", "-", "--":
			return k + 1, strings.Join(city, " ")
		}
	}
	return 0, ""
}

// allCaps reports whether w has letters and no lower-case one.
func allCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// titleCase writes an upper-case word as a name: "PANMUNJOM" is "Panmunjom",
// "EL-SHEIKH" "El-Sheikh".
func titleCase(w string) string {
	rs := []rune(strings.ToLower(w))
	for i := range rs {
		if i == 0 || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

// numberedOnly reports whether s is only a list number ("1" ".").
func numberedOnly(s text.Sentence) bool {
	switch len(s.Tokens) {
	case 1:
		return isNumberedMark(s.Tokens[0].Text)
	case 2:
		return isNumberedMark(s.Tokens[0].Text) && (s.Tokens[1].Text == "." || s.Tokens[1].Text == ")")
	}
	return false
}

func isNumberedMark(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "."), ")")
	if w == "" || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// text is the sentence as written.
func (v *sent) text(body string) string { return body[v.s.Start:v.s.End] }

// span is the text of tokens [i, j).
func (v *sent) span(body string, i, j int) string {
	if i >= j || i < 0 || j > len(v.s.Tokens) {
		return ""
	}
	return body[v.s.Tokens[i].Start:v.s.Tokens[j-1].End]
}

// tag is the POS tag of token i, "" out of range.
func (v *sent) tag(i int) string {
	if i < 0 || i >= len(v.s.Tokens) {
		return ""
	}
	return v.s.Tokens[i].Tag
}

// word is the lower-case word i, "" out of range.
func (v *sent) word(i int) string {
	if i < 0 || i >= len(v.words) {
		return ""
	}
	return v.words[i]
}

// actorsIn returns the actor mentions that start in tokens [i, j), places left out.
func (v *sent) actorsIn(i, j int) []actorAt {
	var out []actorAt
	for _, a := range v.actors {
		if a.tok >= i && a.tok < j && !a.Place && a.Code != "" {
			out = append(out, a)
		}
	}
	return out
}

// dayDate returns a date mention's day as YYYY-MM-DD, "" when unresolved or coarser.
func dayDate(d text.DateMention) string {
	if d.Value.IsZero() || d.Granularity != text.GranDay {
		return ""
	}
	return d.Value.Format(time.DateOnly)
}

// actorRoots returns the distinct roots of codes, in order.
func actorRoots(codes []string) []string {
	var out []string
	for _, c := range codes {
		r := Root(c)
		if !contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// addCode appends code to codes unless present.
func addCode(codes []string, code string) []string {
	if code == "" || contains(codes, code) {
		return codes
	}
	return append(codes, code)
}

// readCells reads a point written as cells ("- Monitoring | Iran | allow ..."): a label,
// who is bound, then the duty. The duty's first token becomes the point's first and
// the middle cell's actors its subject. A point without two "|" is left as it is.
func (v *sent) readCells() {
	var bars []int
	for i := v.first; i < len(v.words); i++ {
		if v.words[i] == "|" {
			bars = append(bars, i)
		}
	}
	if len(bars) < 2 || bars[1]+1 >= len(v.words) {
		return
	}
	v.cellSubj = v.actorsIn(bars[0]+1, bars[1])
	v.first = bars[1] + 1
}

// dealNameHead reports whether token k heads a deal's proper name written before "of"
// and a place: a capitalised deal noun, title noun or "Convention" ("the Act of
// Montevideo", "the Treaty of Lisbon").
func dealNameHead(v *sent, k int) bool {
	if k < 1 || k >= len(v.s.Tokens) {
		return false
	}
	r := []rune(v.s.Tokens[k].Text)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	if v.words[k] == "convention" {
		return true
	}
	_, n := loadLexicon().match("deal", v.words, k)
	return n == 1
}

// selfProclaimed re-codes the places a self-proclaimed or breakaway republic is named
// for ("the leaders of the self-proclaimed Donetsk and Luhansk People's Republics",
// "the breakaway republic of Abkhazia"): the republic is a rebel group of the place's
// country, one actor however many places its name lists.
func selfProclaimed(v *sent, as []actorAt) []actorAt {
	for k, w := range v.words {
		if w != "self-proclaimed" && w != "breakaway" && w != "separatist" {
			continue
		}
		rep := -1
		for j := k + 1; j < min(len(v.words), k+9); j++ {
			if v.words[j] == "republic" || v.words[j] == "republics" {
				rep = j
				break
			}
		}
		if rep < 0 {
			continue
		}
		first := slices.IndexFunc(as, func(a actorAt) bool { return a.tok > k && a.tok <= rep+2 && a.Country != "" && a.tok < len(v.words) })
		if first < 0 || len(as[first].Country) != 3 {
			continue
		}
		a := as[first]
		a.Code, a.Place, a.end = a.Country+"REB", false, max(a.end, rep+1)
		out := slices.DeleteFunc(slices.Clone(as), func(b actorAt) bool { return b.tok > k && b.tok <= a.end && b.tok != a.tok })
		for i := range out {
			if out[i].tok == a.tok {
				out[i] = a
			}
		}
		as = out
	}
	return as
}

// readTitleNouns reads each title noun heading a deal's capitalised name ("the Act of
// Montevideo", "the Pretoria Minute", lexicon kinds titled and titledof) as the deal
// noun the lexicon gives for it, so that every rule reading deal nouns reads the name
// as a deal's; after such a name, the same noun after "the" refers back to it ("The act
// was signed on Tuesday"). The nouns in lower case ("an act of war", "a minute's
// silence") or heading no name stay as they are. seen maps the title nouns read in the
// sentences before to their deal noun; readTitleNouns returns it with this sentence's.
func (v *sent) readTitleNouns(lx *lexicon, seen map[string]string) map[string]string {
	for k := 1; k < len(v.words); k++ {
		w := v.words[k]
		if d, ok := seen[w]; ok && v.words[k-1] == "the" {
			v.words[k] = d
			continue
		}
		if !startsUpper(v.s.Tokens[k].Text) {
			continue
		}
		p, n := lx.match("titledof", v.words, k)
		if n != 1 || !v.namedAfterOf(k) {
			if p, n = lx.match("titled", v.words, k); n != 1 || !v.namedAfterOf(k) && !v.namedBefore(k) {
				continue
			}
		}
		if seen == nil {
			seen = map[string]string{}
		}
		seen[w], v.words[k] = p.value, p.value
	}
	return seen
}

// namedAfterOf reports whether token k is followed by "of" and a capitalised word
// ("Act of Montevideo").
func (v *sent) namedAfterOf(k int) bool {
	return v.word(k+1) == "of" && k+2 < len(v.s.Tokens) && startsUpper(v.s.Tokens[k+2].Text)
}

// namedBefore reports whether the word before token k is a capitalised name word
// ("Pretoria Minute"), not a determiner opening the sentence ("The Minute ...").
func (v *sent) namedBefore(k int) bool {
	return startsUpper(v.s.Tokens[k-1].Text) && !determiners[v.words[k-1]]
}
