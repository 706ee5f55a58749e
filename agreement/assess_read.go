package agreement

import (
	"slices"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// observation is one sentence of the record as assessment reads it: a claim (an
// attributed statement or the article's own), with the events coded in it.
type observation struct {
	ev          Evidence
	date        time.Time
	pub         time.Time
	speaker     string // "" when the article states it in its own voice
	speakerName string
	narrative   bool
	dated       bool
	past        bool
	listItem    bool
	// term is the agreement whose provision this sentence states, or nil.
	term       *Agreement
	words      []string
	wordAt     []int // byte offset of each word, when known
	gran       string
	cues       cues // of words, filled on first use
	actors     []string
	actorAt    []int
	quantities []text.Quantity
	events     []event.Event
}

// Kinds of reading of an observation about a provision.
const (
	readNone      = iota
	readDone      // implementation reported
	readNotDone   // implementation reported missing or incomplete
	readInitiated // the obligor set implementation in motion (approval, order)
	readComply    // a continuing obligation reported honoured
	readBreach    // an act the provision forbids
	readRefusal   // a required party refuses or rejects
	readSupersede // a later agreement postpones or replaces the provision
	readIntent    // the obligor says it will act
	readDispute   // the parties accuse each other of breaking it
)

// reading is what one observation says about one provision.
type reading struct {
	kind int
	// agent is the obligor the reading is about, when one is named.
	agent string
	stage int // for readDone: 1 begun, 2 partial, 3 complete
	why   string
	obs   *observation
}

// observations turns rec into observations: one per claim, then one per coded event
// whose sentence no claim holds.
func observations(rec Record) []observation {
	var out []observation
	seen := map[string]bool{}
	for _, c := range rec.Claims {
		p := c.Prop
		o := observation{
			ev:   Evidence{ArticleID: c.ArticleID, Start: c.Start, End: c.End, Text: c.Text},
			date: p.Date, pub: p.Published, speaker: c.Speaker.Code, speakerName: c.Speaker.Name, narrative: p.Narrative,
			dated: p.Dated, past: p.Past, listItem: p.ListItem,
			words: p.Words, wordAt: p.WordAt, gran: p.Granularity, actors: p.Actors, actorAt: p.ActorAt, quantities: p.Quantities, events: p.Events,
		}
		if pub, ok := rec.Published[c.ArticleID]; ok {
			o.pub = pub
		}
		for _, e := range p.Events {
			seen[sentenceKey(e)] = true
		}
		out = append(out, o)
	}
	for _, e := range rec.Events {
		if seen[sentenceKey(e)] {
			continue
		}
		o := observation{
			ev:     Evidence{ArticleID: e.ArticleID, Start: e.Span.Start, End: e.Span.End, Text: e.Text},
			events: []event.Event{e}, pub: rec.Published[e.ArticleID], narrative: e.Attribution == nil,
			words: strings.Fields(strings.ToLower(e.Text)),
		}
		if e.Attribution != nil {
			o.speaker, o.speakerName = e.Attribution.Speaker.Code, e.Attribution.Speaker.Name
		}
		for _, q := range e.Quantities {
			o.quantities = append(o.quantities, text.Quantity{Tok: -1, Value: q.Value, Max: q.Max, Unit: q.Unit, Approx: q.Approx, AtLeast: q.AtLeast})
		}
		o.date = eventDate(e, o.pub)
		o.dated = e.Date.Basis == event.BasisExplicit || e.Date.Basis == event.BasisRelative
		o.past = e.Modality == event.Asserted
		out = append(out, o)
	}
	return out
}

func sentenceKey(e event.Event) string {
	return e.ArticleID + "#" + itoa(e.Sentence)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

// eventDate is when e happened, never later than pub for an event reported as done.
func eventDate(e event.Event, pub time.Time) time.Time {
	d := parseDate(e.Date.Value)
	if d.IsZero() {
		return pub
	}
	if !pub.IsZero() && d.After(pub) && (e.Modality == event.Asserted || e.Modality == event.Negated) {
		return pub
	}
	return d
}

// parseDate reads YYYY-MM-DD, YYYY-MM or YYYY; anything else is the zero time.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// actorBefore returns the actor named last before word i, or "".
func (o *observation) actorBefore(i int) string {
	a := ""
	for k, at := range o.actorAt {
		if at <= i {
			a = o.actors[k]
		}
	}
	return a
}

// agentBefore returns the actor named last before word i; else the speaker when a
// pronoun stands just before the word ("they would not"); else "".
func (o *observation) agentBefore(i int) string {
	a := ""
	for k, at := range o.actorAt {
		if at <= i {
			a = o.actors[k]
		}
	}
	if a != "" {
		return a
	}
	for _, w := range o.words[max(0, i-4):min(i, len(o.words))] {
		switch w {
		case "it", "they", "we", "he", "she", "its", "their", "our", "i":
			return o.speaker
		}
	}
	return ""
}

// actorAfter returns the actor named first after word i, or "".
func (o *observation) actorAfter(i int) string {
	for k, at := range o.actorAt {
		if at > i {
			return o.actors[k]
		}
	}
	return ""
}

// negatedAt reports whether a negative cue stands within three words before word i
// ("failed to honour", "has not respected").
func (r *Rules) negatedAt(words []string, i int) bool {
	return r.Cues["negative"].MatchAny(words[max(0, i-3):i]) >= 0
}

// cuesOfObs returns the cues of o's words, computed once.
func (r *Rules) cuesOfObs(o *observation) cues {
	if o.cues == nil {
		o.cues = r.cuesOf(o.words)
	}
	return o.cues
}

// cues holds which cue kinds a statement's words carry.
type cues map[string]bool

func (r *Rules) cuesOf(words []string) cues {
	c := cues{}
	for kind, w := range r.Cues {
		if w.MatchAny(words) >= 0 {
			c[kind] = true
		}
	}
	if i := r.Cues["comply"].MatchAny(words); i >= 0 && r.negatedAt(words, i) {
		// "failed to honour its obligations" is a violation.
		delete(c, "comply")
		c["violate"] = true
	}
	if r.Refuse.MatchAny(words) >= 0 {
		c["refuse"] = true
	}
	return c
}

// objectWords returns the words that name p's object and unit in a report.
func (r *Rules) objectWords(p Provision) WordRule {
	var w WordRule
	if u := strings.ToLower(p.Unit); u != "" && len(u) < 4 {
		w.Words = append(w.Words, u) // "kg", "usd": exactly
	}
	for _, x := range strings.FieldsFunc(strings.ToLower(p.Object+" "+p.Unit), func(c rune) bool {
		return !(c >= 'a' && c <= 'z')
	}) {
		if len(x) < 4 || stopWords[x] {
			continue
		}
		if syn, ok := r.Objects[x]; ok {
			w.Words = append(w.Words, syn.Words...)
			continue
		}
		w.Words = append(w.Words, strings.TrimSuffix(x, "s")+"*")
	}
	return w
}

var stopWords = map[string]bool{
	"with": true, "from": true, "into": true, "their": true, "other": true, "that": true,
	"this": true, "those": true, "these": true, "against": true, "area": true, "over": true,
}

// read says what o shows about p. start is the date the provision took effect.
func (r *Rules) read(p Provision, o *observation, start time.Time) reading {
	words := o.words
	c := r.cuesOfObs(o)
	obj := r.objectWords(p)
	objHit := obj.MatchAny(words) >= 0
	impl := r.Implement[p.Action]
	actHit := impl.MatchAny(words) >= 0
	agents := slices.Clone(o.actors)
	if o.speaker != "" && selfRef(words) {
		agents = append(agents, o.speaker) // "Israel said its troops had left"
	}
	obligorEvent := false
	for _, e := range o.events {
		agents = append(agents, codes(e.Source)...)
		if r.standsAny(p.Obligor, codes(e.Source)) && (impl.MatchCameo(e.Cameo) || impl.MatchWord(e.Lemma)) {
			obligorEvent, actHit = true, true
		}
	}
	named := r.standsAny(p.Obligor, agents)
	if p.Action == Other {
		// Without a vocabulary for the act, the object must be named.
		n := objectScore(obj, words)
		actHit = n >= min(2, len(obj.Words)) && n > 0
	}
	rd := reading{obs: o, agent: r.obligorIn(p, o.actors)}
	if i := r.Cues["supersede"].MatchAny(words); i >= 0 && c["agree"] && objectScore(obj, words[i:]) >= min(2, len(obj.Words)) && objHit && (o.term == nil || parseDate(o.term.Signed).After(start)) {
		rd.kind, rd.why = readSupersede, "postponed or replaced by a later agreement"
		return rd
	}
	if o.term != nil && (o.listItem || !o.past || c["intent"]) {
		// A sentence stating a term reports only what its coded events assert.
		if r.continuing(p) {
			if e, ok := r.forbidden(p, o, start); ok {
				rd.kind, rd.why, rd.agent = readBreach, "an act the provision forbids: "+e.Lemma, r.obligorIn(p, codes(e.Source))
			}
		}
		return rd
	}
	if rf, ok := r.refusal(p, o, c, start); ok {
		return rf
	}
	if c["hypothetical"] {
		return rd // "if Hamas did not return the hostages, the ceasefire would end"
	}
	if i := r.Refuse.MatchAny(words); i >= 0 && r.obligorIn(p, []string{o.agentBefore(i)}) == "" {
		return rd // someone else refuses: "because Hamas had refused to release them"
	}
	if r.continuing(p) {
		return r.readContinuing(p, o, c, rd, obj, objHit, actHit, named, start)
	}
	forces := obj
	if p.Action == Withdraw || p.Action == Reduce {
		// What is withdrawn is always, among other things, forces.
		forces.Words = append(slices.Clone(obj.Words), r.Objects["troops"].Words...)
	}
	if (p.Action == Withdraw || p.Action == Reduce) && forces.MatchAny(words) >= 0 && named {
		objHit = true
		if r.absent(words, forces) {
			// "it had no troops there": the obligor is said to be gone.
			rd.kind, rd.stage, rd.why = readDone, 3, "reported gone"
			return rd
		}
		if c["remain"] && !c["complete"] && !c["intent"] {
			rd.kind, rd.why = readNotDone, "the obligor remains"
			return rd
		}
	}
	if !actHit || !(named || obligorEvent || o.narrative && objHit && r.noOtherSubject(p, o) || objHit && len(p.Obligor) > 1) {
		return rd
	}
	if !objHit && !obligorEvent && p.Object != "" && len(obj.Words) > 0 {
		return rd
	}
	if c["intent"] && !c["complete"] {
		switch {
		case c["begin"] && (named || obligorEvent) && hasWord(words, "approv"):
			rd.kind, rd.why, rd.stage = readInitiated, "implementation approved", 1
		case named && objHit && o.date.After(start):
			rd.kind, rd.why = readIntent, "announced, not yet done"
		}
		return rd
	}
	if (p.Action == Withdraw || p.Action == Reduce) && r.absent(words, obj) {
		// "it had no troops there": the obligor says it is gone.
		rd.kind, rd.stage, rd.why = readDone, 3, "reported gone"
		return rd
	}
	if c["negative"] || c["remain"] && !c["complete"] && (objHit || named) {
		rd.kind, rd.why = readNotDone, "reported not done"
		if c["remain"] {
			rd.why = "the obligor remains"
		}
		if ai, ni := impl.MatchAny(words), r.Cues["negative"].MatchAny(words); c["negative"] && ai >= 0 && ni > ai && clauseBreak(words[ai:ni]) {
			// "approved the amendment that creates the court, which has not yet
			// started": done, with something still missing.
			rd.kind, rd.stage, rd.why = readDone, 2, "done in part"
			if c["begin"] && !r.Begun[p.Action] {
				rd.stage, rd.why = 1, "begun, not finished"
			}
		}
		return rd
	}
	if !o.past && !obligorEvent {
		return rd // a state, not a report of something done
	}
	rd.kind, rd.stage, rd.why = readDone, 3, "implementation reported"
	if s, ok := r.Stage[p.Action]; ok && !c["complete"] {
		rd.stage = s
	}
	if c["begin"] && !c["complete"] && !r.Begun[p.Action] {
		rd.stage, rd.why = 1, "implementation begun"
	}
	if p.Quantity != nil && counted[p.Action] {
		if v, ok := r.bestQuantity(p, o, obj); ok {
			switch {
			case reached(p, v) || r.removedEnough(p, o, v):
				rd.stage, rd.why = 3, "target reached"
			default:
				rd.stage, rd.why = 2, "progress towards the target"
			}
		} else if !c["complete"] {
			rd.stage = max(1, min(rd.stage, 2))
		}
	}
	return rd
}

// readContinuing reads o for an obligation that holds over a period.
func (r *Rules) readContinuing(p Provision, o *observation, c cues, rd reading, obj WordRule, objHit, actHit, named bool, start time.Time) reading {
	words := o.words
	if e, ok := r.forbidden(p, o, start); ok {
		rd.kind, rd.why, rd.agent = readBreach, "an act the provision forbids: "+e.Lemma, r.obligorIn(p, codes(e.Source))
		if c["deny"] || c["negative"] {
			rd.kind, rd.why = readComply, "a party denies a breach"
		}
		return rd
	}
	if c["violate"] && c["mutual"] && r.sidesNamed(p, o) >= 2 {
		rd.kind, rd.why = readDispute, "the parties accuse each other"
		return rd
	}
	if p.Quantity != nil && (named || o.narrative) && !c["intent"] {
		// A cap ("no more than 3.67 percent") is kept by any report at or under it
		// and broken by one above.
		if v, ok := r.bestQuantity(p, o, obj); ok && objHit {
			if v <= *p.Quantity*1.02 {
				rd.kind, rd.why, rd.stage = readComply, "within the limit", 2
			} else {
				rd.kind, rd.why = readBreach, "above the limit"
			}
			return rd
		}
	}
	fw := r.Forbid[p.Action]
	if i := fw.MatchAny(words); i >= 0 && named && !c["negative"] && !c["deny"] && !c["intent"] && (objHit || c["violate"] || p.Action == CeaseFire && r.obligorIn(p, []string{o.agentBefore(i)}) != "") {
		rd.kind, rd.why = readBreach, "an act the provision forbids"
		if a := r.obligorIn(p, []string{o.agentBefore(i)}); a != "" {
			rd.agent = a
		}
		return rd
	}
	if (c["held"] || c["comply"] && r.compliesHere(p, o) || c["negative"] && fw.MatchAny(words) >= 0) && (actHit || c["refer"]) && !c["intent"] {
		rd.kind, rd.why, rd.stage = readComply, "holding", 2
		if c["complete"] {
			rd.stage = 3
		}
		return rd
	}
	if i := r.Cues["violate"].MatchAny(words); i >= 0 && (named || c["refer"]) && !c["deny"] {
		rd.kind, rd.why = readBreach, "a violation is reported"
		rd.agent = r.obligorIn(p, []string{o.actorAfter(i), o.actorBefore(i)})
		return rd
	}
	if actHit && objHit && !c["intent"] && !c["negative"] {
		rd.kind, rd.why, rd.stage = readComply, "in force", 2
	}
	return rd
}

// refusal reads a required party's refusal in o: the obligor, named before the
// refusing words or speaking them, refusing the action, its object or the deal (what
// follows "until" or "unless" is a condition, not the thing refused); or a refused
// event of the obligor's.
func (r *Rules) refusal(p Provision, o *observation, c cues, start time.Time) (reading, bool) {
	if c["violate"] || !o.date.After(start) {
		return reading{}, false
	}
	words := o.words
	if i := r.Refuse.MatchAny(words); i >= 0 {
		who := o.agentBefore(i)
		if r.standsAny(p.Obligor, []string{who}) && r.refuses(p, words[i:]) {
			return reading{kind: readRefusal, why: "refused by " + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
		}
	}
	if e, ok := refusedEvent(r, p, o); ok && r.refuses(p, o.wordsAfter(e.Trigger.Start)) {
		who := e.Source[0].Code
		return reading{kind: readRefusal, why: "refused by " + who + ", a required party", obs: o, agent: r.obligorIn(p, []string{who})}, true
	}
	return reading{}, false
}

// compliesHere reports whether the compliance o reports is p's: the actor named
// before the compliance word, if any, is one of p's obligors ("Russian forces had
// respected the moratorium" says nothing of Ukraine's pledge).
func (r *Rules) compliesHere(p Provision, o *observation) bool {
	i := r.Cues["comply"].MatchAny(o.words)
	a := o.agentBefore(i)
	return a == "" || r.obligorIn(p, []string{a}) != ""
}

// sidesNamed counts the obligors of p that the actors of o stand for.
func (r *Rules) sidesNamed(p Provision, o *observation) int {
	agents := slices.Clone(o.actors)
	for _, e := range o.events {
		agents = append(agents, codes(e.Source)...)
	}
	n := 0
	for _, ob := range p.Obligor {
		if r.standsAny([]string{ob}, agents) {
			n++
		}
	}
	return n
}

// refuses reports whether the words after a refusal name what p commits to: its
// action, its object or the deal as a whole, within ten words and before any
// condition ("until Kinshasa released detainees" is not what is refused).
func (r *Rules) refuses(p Provision, after []string) bool {
	after = after[:min(len(after), 10)]
	for k, w := range after {
		if k > 0 && r.Cues["condition"].MatchWord(w) {
			after = after[:k]
			break
		}
	}
	return r.Implement[p.Action].MatchAny(after) >= 0 || r.objectWords(p).MatchAny(after) >= 0 ||
		r.Cues["whole"].MatchAny(after) >= 0
}

// wordsAfter returns o's words from the byte offset off on; all of them when the
// offsets are unknown.
func (o *observation) wordsAfter(off int) []string {
	for i, at := range o.wordAt {
		if at >= off {
			return o.words[i:]
		}
	}
	if len(o.wordAt) == 0 {
		return o.words
	}
	return nil
}

// obligorIn returns the first of p's obligors that one of actors stands for, or "".
func (r *Rules) obligorIn(p Provision, actors []string) string {
	for _, a := range actors {
		for _, ob := range p.Obligor {
			if r.Stands(ob, a) {
				return ob
			}
		}
	}
	return ""
}

// absent reports whether words deny the object's presence: a negative word just
// before a word naming the object ("no troops", "none of its forces").
func (r *Rules) absent(words []string, obj WordRule) bool {
	for i := 1; i < len(words); i++ {
		if obj.MatchWord(words[i]) && r.Cues["negative"].MatchWord(words[i-1]) && words[i-1] != "not" {
			return true
		}
	}
	return false
}

// noOtherSubject reports whether no actor is named before the first word of p's
// action or object in o: "It also removed 12,000 centrifuges under IAEA seals" may
// be the obligor's act, "Israeli forces pulled out" is not Hezbollah's.
func (r *Rules) noOtherSubject(p Provision, o *observation) bool {
	i := r.Implement[p.Action].MatchAny(o.words)
	if j := r.objectWords(p).MatchAny(o.words); i < 0 || j >= 0 && j < i {
		i = j
	}
	for _, at := range o.actorAt {
		if i >= 0 && at < i && (at == 0 || !prepositions[o.words[at-1]]) {
			return false
		}
	}
	return true
}

// prepositions introduce phrases whose actor is no subject ("under IAEA seals").
var prepositions = map[string]bool{
	"under": true, "by": true, "with": true, "of": true, "to": true, "from": true, "in": true,
	"at": true, "for": true, "on": true, "into": true, "against": true, "between": true,
}

// selfRef reports whether words refer back to their speaker ("its troops", "they").
func selfRef(words []string) bool {
	for _, w := range words {
		switch w {
		case "it", "its", "they", "their", "we", "our":
			return true
		}
	}
	return false
}

// clauseBreak reports whether words hold a clause boundary ("which", "but", ",").
func clauseBreak(words []string) bool {
	for _, w := range words {
		switch w {
		case "which", "but", ",", ";", "although", "though":
			return true
		}
	}
	return false
}

// removedEnough reports whether v, a number reported removed ("removed more than
// 12,000 centrifuges"), covers the cut from p's starting quantity to its target.
func (r *Rules) removedEnough(p Provision, o *observation, v float64) bool {
	if p.FromQuantity == nil || p.Quantity == nil || *p.FromQuantity <= *p.Quantity {
		return false
	}
	if !hasWord(o.words, "remov") && !hasWord(o.words, "dismantl") {
		return false
	}
	return v >= (*p.FromQuantity-*p.Quantity)*0.9 && v < *p.FromQuantity
}

// counted are the actions whose quantity counts what is moved, so that a report
// without a number is only progress.
var counted = map[Action]bool{
	Withdraw: true, Reduce: true, Release: true, Exchange: true, Transfer: true, Pay: true,
	Disarm: true, Deploy: true, Allow: true,
}

// continuing reports whether p holds over a period: an action of the continuing kind
// without a deadline.
func (r *Rules) continuing(p Provision) bool {
	return r.Continuing[p.Action] && (p.Deadline == nil || p.Deadline.Date == "")
}

// objectScore counts the object words of obj that words name.
func objectScore(obj WordRule, words []string) int {
	n := 0
	for _, w := range obj.Words {
		if (WordRule{Words: []string{w}}).MatchAny(words) >= 0 {
			n++
		}
	}
	return n
}

func codes(as []event.Actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return out
}

func hasWord(words []string, stem string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// refusedEvent returns a refusal event of o by p's obligor.
func refusedEvent(r *Rules, p Provision, o *observation) (event.Event, bool) {
	for _, e := range o.events {
		if (e.Modality == event.Refused || r.Refuse.MatchCameo(e.Cameo) && e.Modality != event.Negated) &&
			r.standsAny(p.Obligor, codes(e.Source)) && e.Modality != event.Denied {
			return e, true
		}
	}
	return event.Event{}, false
}

// forbidden returns an asserted event of o that p forbids: an act of the forbidden
// kinds by the obligor against someone other than itself, after start.
func (r *Rules) forbidden(p Provision, o *observation, start time.Time) (event.Event, bool) {
	fw, ok := r.Forbid[p.Action]
	if !ok {
		return event.Event{}, false
	}
	if p.Action == Prohibit && fw.MatchAny(strings.Fields(strings.ToLower(p.Object))) < 0 {
		// A ban on something other than attacks ("no haven for al-Qaeda") is not
		// broken by fighting.
		return event.Event{}, false
	}
	for _, e := range o.events {
		if e.Modality != event.Asserted || !fw.MatchCameo(e.Cameo) {
			continue
		}
		if e.Date.Basis != event.BasisExplicit && e.Date.Basis != event.BasisRelative {
			continue // undated: it may be history
		}
		if !r.standsAny(p.Obligor, codes(e.Source)) || len(e.Target) == 0 {
			continue
		}
		if r.standsAny(codes(e.Source), codes(e.Target)) {
			continue // a party's own forces, or fighting within one side
		}
		if d := eventDate(e, o.pub); !start.IsZero() && !d.After(start) {
			continue
		}
		return e, true
	}
	return event.Event{}, false
}

// bestQuantity returns the quantity of o that counts p's object, nearest the target.
func (r *Rules) bestQuantity(p Provision, o *observation, obj WordRule) (float64, bool) {
	best, found := 0.0, false
	for _, q := range o.quantities {
		if q.Tok >= 2 && q.Tok-1 < len(o.words) && o.words[q.Tok-1] == "the" && o.words[q.Tok-2] == "of" {
			continue // "half of the 28 bodies" counts the whole, not what was done
		}
		if q.Unit != "" && len(obj.Words) > 0 && obj.MatchAny(strings.Fields(q.Unit)) < 0 {
			continue
		}
		if p.FromQuantity != nil && q.Value == *p.FromQuantity {
			continue
		}
		if !found || reached(p, q.Value) && !reached(p, best) || reached(p, q.Value) == reached(p, best) && closer(p, q.Value, best) {
			best, found = q.Value, true
		}
	}
	return best, found
}

func closer(p Provision, v, than float64) bool {
	t := *p.Quantity
	return abs(v-t) < abs(than-t)
}

// reached reports whether v meets p's target: at or below it for a reduction from a
// higher number, at or above it otherwise, with 2% tolerance for rounding.
func reached(p Provision, v float64) bool {
	t := *p.Quantity
	if p.FromQuantity != nil && *p.FromQuantity > t || p.Action == Reduce {
		return v <= t*1.02
	}
	return v >= t*0.98
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
