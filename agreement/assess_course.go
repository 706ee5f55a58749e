package agreement

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// course assesses the provisions of an agreement set date after date. A status
// depends on the readings of its provision known on the date, the conflicting
// claims about it, the progress its earlier stage took, and what the date makes of
// its deadline, its conditions and the articles published after it; a provision is
// decided again only on a date where one of these changed, and keeps its status
// otherwise. What is known on a date stays known later, so each date adds to the
// last.
type course struct {
	r      *Rules
	ags    []Agreement
	tracks []*track // by agreement, each agreement's in order of deadline
	byKey  map[pkey]*track
	pairs  []pairConflict // with both claims, in order of when the later is known
	npairs int            // pairs known so far
	// everyDate decides every provision on every date, on all its readings
	// (assess).
	everyDate bool
}

// track is one provision followed through the dates.
type track struct {
	k pkey
	p Provision
	// parties are the sides its duty binds: the obligors and beneficiaries of
	// every provision of its agreement with its action (a guarantor deploying
	// peacekeepers is none of a truce's).
	parties []string
	start   time.Time // when it took effect
	// deadline is its deadline (zero: none), year the latest year its conditions
	// name (lastYearNamed).
	deadline time.Time
	year     int
	// begins is when a continuing obligation comes into force, if later than
	// start (beginsOn); zero otherwise.
	begins time.Time
	// ranAfter is the first publication after a continuing obligation's stated term
	// ended (termEnd), zero when it has none or none came after.
	ranAfter time.Time
	// replacements are later agreements' provisions restating its duty.
	replacements []replacement
	reads        []reading   // every reading of it, in order of date (stable)
	order        []int       // indices of reads in the order they become known
	known        []time.Time // when each of order becomes known
	// rs are the readings known so far, in order of date; idx are their indices
	// in reads.
	rs  []reading
	idx []int
	// digest, for a continuing obligation, tells the readings known so far
	// that decide tells apart (see digest); nil for the others.
	digest *digest
	// followed is when an article was first published after the one stating
	// it, and at least silenceAfter days after it took effect (zero: never).
	followed time.Time
	// quiet is when an article was first published after the one stating it,
	// and at least quietAfter days after it took effect (zero: never).
	quiet time.Time
	// stages are the earlier stages of the same duty, whose progress reports it
	// leaves out.
	stages []*track
	// disputed holds the evidence of the conflicting claims known so far, by the
	// obligor they concern; claimed is the latest publication among them.
	disputed map[string][]Evidence
	claimed  time.Time
	// signers are the agreement's parties, guarantors and witnesses.
	signers []string
	// What the last decision was made on, and the decision.
	decided bool
	clock   moment
	used    []*observation // progress reports the status rests on
	after   []*observation // progress reports after it was complete
	changed bool           // used changed at the last decision
	status  Status
}

// silenceAfter is how many days after a provision took effect a later article's
// silence about it makes it unknown rather than pending.
const silenceAfter = 7

// quietAfter is how many days after a provision took effect a later article must
// come for its silence about a duty with no deadline to make it unknown rather
// than pending: the deal's first weeks are too soon
// (testdata/agreements/README.md, "Pending, overdue or unknown").
const quietAfter = 30

// statedAsAwaited reports whether p's term is told as waiting on something: a
// condition that supposes ("if the autonomy offer is rejected"), or a sentence
// stating it as not yet come ("has not yet been scheduled", "still to be set").
// Silence about such a term is no sign of anything.
func (r *Rules) statedAsAwaited(p Provision) bool {
	for _, c := range p.Conditions {
		if r.Cues["hypothetical"].MatchAny(strings.Fields(strings.ToLower(c))) >= 0 {
			return true
		}
	}
	words := strings.Fields(strings.ToLower(p.Evidence.Text))
	return r.Cues["awaiting"].MatchAny(words) >= 0 || slices.Contains(words, "yet")
}

// moment is what a date makes of one provision.
type moment struct {
	d        time.Time
	due      bool // its deadline has passed
	followed bool // a later article has been published
	quiet    bool // a later article has been published after the deal's first weeks
	notYet   bool // its conditions name a later year
	begun    bool // a continuing obligation is in force
	ranTerm  bool // a continuing obligation's stated term is over, and an article came after it
}

func (m moment) same(o moment) bool {
	return m.due == o.due && m.followed == o.followed && m.quiet == o.quiet && m.notYet == o.notYet && m.begun == o.begun && m.ranTerm == o.ranTerm
}

// newCourse prepares the tracks of ags from the observations obs (ordered by
// date, stable) and the conflicting claims among them.
func (r *Rules) newCourse(ags []Agreement, obs []*observation, pairs []pairConflict, rec Record) *course {
	cs := &course{r: r, ags: ags, byKey: map[pkey]*track{}}
	pubs := make([]time.Time, 0, len(rec.Published))
	for _, t := range rec.Published {
		pubs = append(pubs, t)
	}
	slices.SortFunc(pubs, time.Time.Compare)
	for ai, a := range ags {
		var done []*track
		whole := r.dealReplacements(a, rec)
		for _, pi := range byDeadline(a.Provisions) {
			p := a.Provisions[pi]
			t := &track{k: pkey{ai, pi}, p: p, parties: bound(a, p.Action), signers: signers(a), start: effective(a, p, rec), deadline: deadline(p), year: lastYearNamed(p), disputed: map[string][]Evidence{}}
			if r.continuing(p) {
				t.begins = r.dealBegins(a, p, rec)
				t.digest = newDigest()
				if end := termEnd(p, t.begins, t.start); !end.IsZero() {
					if i := sort.Search(len(pubs), func(i int) bool { return pubs[i].After(end) }); i < len(pubs) {
						t.ranAfter = pubs[i]
					}
				}
			}
			t.replacements = append(r.replacements(ags, t), whole...)
			if pub, ok := rec.Published[p.Evidence.ArticleID]; ok {
				// A report a day or two after the deal took effect is too soon for
				// its silence to mean anything.
				soon := t.start.AddDate(0, 0, silenceAfter-1)
				switch {
				case soon.After(pub):
					pub = soon
				case r.continuing(p) && !t.start.IsZero():
					// An article a week or more after the deal took effect that
					// states a ban or a truce and tells of no breach is itself a
					// later report: "signed last September ... no attacks".
					t.followed = pub
				}
				if i := sort.Search(len(pubs), func(i int) bool { return pubs[i].After(pub) }); i < len(pubs) && t.followed.IsZero() {
					t.followed = pubs[i]
				}
				late := t.start.AddDate(0, 0, quietAfter)
				if i := sort.Search(len(pubs), func(i int) bool { return pubs[i].After(pub) && !pubs[i].Before(late) }); i < len(pubs) {
					t.quiet = pubs[i]
				}
				if !t.start.IsZero() && !pub.Before(late.AddDate(0, 0, quietAfter)) && !r.statedAsAwaited(p) {
					// An article stating the term months after the deal took
					// effect ("Under the same memorandum, signed in April ...",
					// told in October) and telling of nothing done is itself the
					// later report its silence comes from.
					t.quiet = pub
				}
			}
			for _, o := range obs {
				if !t.start.IsZero() && periodEnd(o).Before(t.start) {
					continue
				}
				if rd := r.readMemo(t.k, p, o, t.start); rd.kind != readNone {
					t.order = append(t.order, len(t.reads))
					t.reads = append(t.reads, rd)
				}
			}
			slices.SortStableFunc(t.order, func(i, j int) int { return knownOn(t.reads[i].obs).Compare(knownOn(t.reads[j].obs)) })
			for _, i := range t.order {
				t.known = append(t.known, knownOn(t.reads[i].obs))
			}
			for _, x := range done {
				if stages(x.p, p) && r.standsAny(x.p.Obligor, p.Obligor) {
					t.stages = append(t.stages, x)
				}
			}
			done = append(done, t)
			cs.tracks = append(cs.tracks, t)
			cs.byKey[t.k] = t
		}
	}
	for _, pc := range pairs {
		// An obligor saying that what it is to withdraw was never there contradicts
		// the term itself: the one claim disputes it.
		if pc.b != nil && (!pc.rebuttal || r.continuing(pc.provision)) || pc.b == nil && r.deniesPremise(pc.agreement, pc.provision, pc.a) {
			cs.pairs = append(cs.pairs, pc)
		}
	}
	slices.SortStableFunc(cs.pairs, func(a, b pairConflict) int { return pairKnown(a).Compare(pairKnown(b)) })
	return cs
}

// bound returns the obligors and beneficiaries of a's provisions of action act.
func bound(a Agreement, act Action) []string {
	var out []string
	for _, q := range a.Provisions {
		if q.Action == act {
			out = append(out, q.Obligor...)
			out = append(out, q.Beneficiary...)
		}
	}
	return out
}

// signers are a's parties, guarantors and witnesses.
func signers(a Agreement) []string {
	return slices.Concat(a.Parties, a.Guarantors, a.Witnesses)
}

// knownOn is the first date o is known on: published and dated.
func knownOn(o *observation) time.Time {
	if o.pub.After(o.date) {
		return o.pub
	}
	return o.date
}

func pairKnown(pc pairConflict) time.Time {
	if pc.b == nil {
		return knownOn(pc.a)
	}
	a, b := knownOn(pc.a), knownOn(pc.b)
	if a.After(b) {
		return a
	}
	return b
}

// at returns every provision's status on d; dates must come in ascending order.
func (cs *course) at(d time.Time) map[pkey]Status {
	for ; cs.npairs < len(cs.pairs) && !pairKnown(cs.pairs[cs.npairs]).After(d); cs.npairs++ {
		pc := cs.pairs[cs.npairs]
		t := cs.byKey[pc.key]
		for _, side := range []string{pc.side, pc.other} {
			if side == "" && side != pc.side {
				continue
			}
			ev := t.disputed[side]
			for _, o := range []*observation{pc.a, pc.b} {
				if o == nil {
					continue // the term's own text
				}
				if !slices.ContainsFunc(ev, func(x Evidence) bool { return overlaps(x, o.ev) }) {
					ev = append(ev, o.ev)
				}
				if o.pub.After(t.claimed) {
					t.claimed = o.pub
				}
			}
			t.disputed[side] = ev
		}
		t.decided = false
	}
	out := make(map[pkey]Status, len(cs.tracks))
	for _, t := range cs.tracks {
		m := moment{d: d, due: !t.deadline.IsZero() && d.After(t.deadline), followed: !t.followed.IsZero() && !t.followed.After(d), quiet: !t.quiet.IsZero() && !t.quiet.After(d), notYet: t.year > d.Year(), begun: !d.Before(t.begins) && !d.Before(t.start),
			ranTerm: !t.ranAfter.IsZero() && !t.ranAfter.After(d)}
		again := cs.everyDate || !t.decided || !m.same(t.clock) || slices.ContainsFunc(t.stages, func(x *track) bool { return x.changed })
		n := len(t.rs)
		for n < len(t.known) && !t.known[n].After(d) {
			n++
		}
		if n > len(t.rs) {
			t.learn(t.order[len(t.rs):n])
			again = true
		}
		t.changed = false
		if again {
			cs.decide(t, m)
		}
		st := t.status
		st.AsOf = d.Format(time.DateOnly)
		out[t.k] = st
	}
	cs.replaced(out, d)
	dependents(cs.ags, out)
	cs.r.waiting(cs.ags, out)
	return out
}

// replaced marks superseded each provision of sts that a later agreement, signed by d,
// restates at another figure (replacements).
func (cs *course) replaced(sts map[pkey]Status, d time.Time) {
	for _, t := range cs.tracks {
		for _, rp := range t.replacements {
			if rp.signed.After(d) {
				continue
			}
			st := sts[t.k]
			if rp.whole && !replacedWhole(st) {
				continue
			}
			st.Value, st.Overdue = Superseded, false
			st.Reason = "replaced by " + rp.by + " at another figure"
			if rp.whole {
				st.Reason = "replaced, as a whole deal, by " + rp.by
			}
			st.Evidence = []Evidence{rp.ev}
			sts[t.k] = st
		}
	}
}

// replacement is a later agreement's provision restating a track's duty, or (whole)
// a sentence telling the track's agreement replaced by a later one.
type replacement struct {
	signed time.Time
	by     string
	ev     Evidence
	whole  bool
}

// replacements are the provisions of later agreements of ags that restate t's duty
// at another figure: the same action on the same thing by the same obligors ("two
// areas for missile defence", then "limited to a single area").
func (r *Rules) replacements(ags []Agreement, t *track) []replacement {
	p := t.p
	if p.Quantity == nil {
		return nil
	}
	var out []replacement
	for aj, b := range ags {
		signed := parseDate(b.Signed)
		if aj == t.k.a || signed.IsZero() || !signed.After(t.start) {
			continue
		}
		for _, q := range b.Provisions {
			if q.Action == p.Action && q.Quantity != nil && *q.Quantity != *p.Quantity && sameThing(p.Object, q.Object) &&
				r.standsAny(p.Obligor, q.Obligor) && r.standsAny(q.Obligor, p.Obligor) {
				out = append(out, replacement{signed: signed, by: b.Name, ev: q.Evidence})
			}
		}
	}
	return out
}

// learn adds the readings of t.reads at indices, known from now on, to t.rs and
// t.idx, keeping them in order of date. A date's readings are merged in one pass
// from the end, the known ones moved a run at a time, so that a long record read
// mostly out of order costs its length once a date rather than once a reading.
func (t *track) learn(indices []int) {
	add := slices.Clone(indices)
	slices.Sort(add)
	end := len(t.idx) // of the readings not yet moved
	w := end + len(add)
	t.idx = slices.Grow(t.idx, len(add))[:w]
	t.rs = slices.Grow(t.rs, len(add))[:w]
	for j := len(add) - 1; j >= 0; j-- {
		at, _ := slices.BinarySearch(t.idx[:end], add[j])
		n := end - at
		copy(t.idx[w-n:w], t.idx[at:end])
		copy(t.rs[w-n:w], t.rs[at:end])
		w, end = w-n-1, at
		t.idx[w], t.rs[w] = add[j], t.reads[add[j]]
	}
	if t.digest != nil {
		for _, i := range add {
			t.digest.add(i, t.reads[i])
		}
	}
}

// decide decides t on m from the readings known.
func (cs *course) decide(t *track, m moment) {
	skip := map[*observation]bool{}
	for _, x := range t.stages {
		for _, o := range x.used {
			skip[o] = true
		}
		// Once the earlier stage is complete, a report is the later one's unless
		// it names what sets the earlier apart ("the three ports", not "the city").
		own := cs.r.ownWords(x.p, t.p)
		for _, o := range x.after {
			if own.MatchAny(o.words) >= 0 {
				skip[o] = true
			}
		}
	}
	rs := t.rs
	switch {
	case len(skip) > 0:
		rs = slices.DeleteFunc(slices.Clone(rs), func(rd reading) bool { return skip[rd.obs] })
	case t.digest != nil && !cs.everyDate:
		// The reference decides on all.
		rs = t.digest.readings(t.reads)
	}
	t.status = cs.r.decide(t.p, t.parties, t.signers, rs, t.disputed, t.claimed, m)
	// Sized as the last decision's: a provision's reports only grow as the
	// dates pass, so a long record is not gathered a doubling at a time.
	used, after := make([]*observation, 0, len(t.used)), make([]*observation, 0, len(t.after))
	complete := false
	for _, rd := range rs {
		if rd.kind != readDone && rd.kind != readInitiated {
			continue
		}
		if complete {
			after = append(after, rd.obs)
		} else {
			used = append(used, rd.obs)
		}
		complete = complete || rd.kind == readDone && rd.stage == 3
	}
	t.changed = !slices.Equal(used, t.used) || !slices.Equal(after, t.after)
	t.used, t.after, t.decided, t.clock = used, after, true, m
}

// dependents puts at risk each provision of sts waiting on a blocked one, repeating
// for chains.
func dependents(ags []Agreement, sts map[pkey]Status) {
	for range 3 {
		for ai, a := range ags {
			for pi, p := range a.Provisions {
				k := pkey{ai, pi}
				st := sts[k]
				if final(st.Value) || strings.Contains(st.Reason, "depends on") {
					continue
				}
				for _, dep := range p.DependsOn {
					dk, ok := provisionByID(ags, ai, dep)
					ds := sts[dk]
					if !ok || ds.Value != AtRisk && ds.Value != Breached {
						continue
					}
					why := "depends on " + dep + ", which is " + string(ds.Value) + " (" + ds.Reason + ")"
					if st.Value == AtRisk {
						st.Reason += "; " + why
					} else {
						st.Value, st.Overdue, st.Reason = AtRisk, false, why
					}
					st.Evidence = append(slices.Clone(st.Evidence), ds.Evidence...)
					sts[k] = st
					break
				}
			}
		}
	}
}

// digest keeps, of a continuing obligation's readings known so far, those that
// decide and decideContinuing tell apart from the others, as indices in
// track.reads: the first supersession, the last refusal, every breach while no
// refusal is known, the last dispute, the first comply or done reading of the
// highest stage, every done or initiated reading (course.decide's used and
// after) and the last reading. On these, in their order, decide gives the status
// it gives on all, so that a date costs its new readings and not every reading
// known; it must change with decideContinuing (TestDigestDecidesAsAll).
type digest struct {
	supersede, refusal, dispute, comply, last int   // -1: none
	breaches, progress                        []int // in order
	held                                      []int // the readings kept, reused
	rs                                        []reading
	stage                                     int // of comply
}

func newDigest() *digest {
	return &digest{supersede: -1, refusal: -1, dispute: -1, comply: -1, last: -1}
}

// add takes reading rd, at index i of the track's readings.
func (g *digest) add(i int, rd reading) {
	g.last = max(g.last, i)
	switch rd.kind {
	case readSupersede:
		if g.supersede < 0 || i < g.supersede {
			g.supersede = i
		}
	case readRefusal:
		g.refusal = max(g.refusal, i)
		g.breaches = nil // a refusal decides, whatever the breaches
	case readBreach:
		if g.refusal < 0 {
			g.breaches = insertSorted(g.breaches, i)
		}
	case readDispute:
		g.dispute = max(g.dispute, i)
	}
	if rd.kind == readDone || rd.kind == readInitiated {
		g.progress = insertSorted(g.progress, i)
	}
	if rd.kind == readComply || rd.kind == readDone {
		if g.comply < 0 || rd.stage > g.stage || rd.stage == g.stage && i < g.comply {
			g.comply, g.stage = i, rd.stage
		}
	}
}

// readings returns the readings of reads the digest keeps, in order; they are
// valid until the next call.
func (g *digest) readings(reads []reading) []reading {
	g.held = append(g.held[:0], g.breaches...)
	g.held = append(g.held, g.progress...)
	for _, i := range []int{g.supersede, g.refusal, g.dispute, g.comply, g.last} {
		if i >= 0 {
			g.held = append(g.held, i)
		}
	}
	slices.Sort(g.held)
	g.held = slices.Compact(g.held)
	g.rs = g.rs[:0]
	for _, i := range g.held {
		g.rs = append(g.rs, reads[i])
	}
	return g.rs
}

// insertSorted inserts i into the ascending xs.
func insertSorted(xs []int, i int) []int {
	if len(xs) == 0 || xs[len(xs)-1] < i {
		return append(xs, i)
	}
	at, _ := slices.BinarySearch(xs, i)
	return slices.Insert(xs, at, i)
}
