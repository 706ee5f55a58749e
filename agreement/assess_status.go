package agreement

import (
	"github.com/peacewatch/peacewatch/text"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
)

// pkey names a provision by its agreement's and its own index: ids need not be
// unique across agreements.
type pkey struct{ a, i int }

// provisionByID finds the provision id, in agreement ai first, then in any.
func provisionByID(ags []Agreement, ai int, id string) (pkey, bool) {
	for pi, p := range ags[ai].Provisions {
		if p.ID == id {
			return pkey{ai, pi}, true
		}
	}
	for aj, a := range ags {
		for pi, p := range a.Provisions {
			if p.ID == id {
				return pkey{aj, pi}, true
			}
		}
	}
	return pkey{}, false
}

// staged is a provision assessed, with the reports of progress it took: of
// several stages of one duty (troops down to 8,600 within 135 days, the rest
// within 14 months), progress counts for the earliest.
type staged struct {
	p    Provision
	used []*observation
}

// stages reports whether q is a later stage of p's duty: the same kind of action
// with a later deadline.
func stages(p, q Provision) bool {
	fam := func(a Action) Action {
		if a == Reduce {
			return Withdraw
		}
		return a
	}
	dp, dq := deadline(p), deadline(q)
	return fam(p.Action) == fam(q.Action) && !dp.IsZero() && !dq.IsZero() && dp.Before(dq) && sameThing(p.Object, q.Object)
}

// sameThing reports whether two objects share a content word ("troops" and
// "remaining troops"; not "Aghdam district" and "Kalbajar district").
func sameThing(a, b string) bool {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if len(w) >= 4 && !stopWords[w] && !generic[w] {
				out = append(out, w)
			}
		}
		return out
	}
	bw := words(b)
	for _, w := range words(a) {
		if slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// ownWords are the words that name p's object and not q's, by themselves or by a
// synonym: "combat" of "US combat forces" beside "all US forces".
func (r *Rules) ownWords(p, q Provision) WordRule {
	qw := strings.Fields(strings.ToLower(q.Object))
	var own []string
	for _, w := range strings.Fields(strings.ToLower(p.Object)) {
		// A word q names by a synonym is no more p's own: "troops" of "half of
		// the Soviet troops" beside "the rest of the Soviet force".
		if syn, ok := r.Objects[w]; !slices.Contains(qw, w) && !(ok && syn.MatchAny(qw) >= 0) {
			own = append(own, w)
		}
	}
	return r.compileWords(strings.Join(own, " "), "")
}

// generic object words name a kind of thing, not which one.
var generic = map[string]bool{"district": true, "area": true, "region": true, "town": true, "city": true, "province": true, "remaining": true}

// byDeadline returns the indices of ps in order of deadline, those without one last.
func byDeadline(ps []Provision) []int {
	out := make([]int, len(ps))
	for i := range out {
		out[i] = i
	}
	slices.SortStableFunc(out, func(i, j int) int {
		da, db := deadline(ps[i]), deadline(ps[j])
		switch {
		case da.IsZero() && db.IsZero():
			return 0
		case da.IsZero():
			return 1
		case db.IsZero():
			return -1
		}
		return da.Compare(db)
	})
	return out
}

// periodEnd is the last day of the period o is dated to: "at the end of July" may
// be after a signing on July 22.
func periodEnd(o *observation) time.Time {
	return text.PeriodEnd(o.date, o.gran)
}

func final(v StatusValue) bool {
	return v == Met || v == MetLate || v == Superseded || v == Breached || v == PartiallyMet
}

// waiting makes pending each continuing obligation of sts held in force only for
// want of a reported breach that depends on a duty to act not yet begun: a ban in
// parks the deal is to create binds nowhere until they exist
// (testdata/agreements/README.md, "No deadline: pending while ... the duty waits on
// a later stage").
func (r *Rules) waiting(ags []Agreement, sts map[pkey]Status) {
	for ai, a := range ags {
		for pi, p := range a.Provisions {
			k := pkey{ai, pi}
			st := sts[k]
			if !r.continuing(p) || st.Value != InProgress || len(st.Evidence) > 0 {
				continue
			}
			for _, dep := range p.DependsOn {
				dk, ok := provisionByID(ags, ai, dep)
				if !ok || r.continuing(ags[dk.a].Provisions[dk.i]) {
					continue
				}
				if ds := sts[dk]; ds.Value == Pending && ds.Level == 0 {
					st.Value, st.Level, st.Reason = Pending, 0, "waits on "+dep+", not yet begun"
					sts[k] = st
					break
				}
			}
		}
	}
}

// effective is when p took effect: its agreement's signing, else the publication of
// the article that states it.
func effective(a Agreement, p Provision, rec Record) time.Time {
	if t := parseDate(a.Signed); !t.IsZero() {
		return t
	}
	if t, ok := rec.Published[p.Evidence.ArticleID]; ok {
		return t.AddDate(0, 0, -1)
	}
	return time.Time{}
}

var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// deadline is p's deadline, moved to the date a condition says it was extended to,
// or by the period a condition allows it to be extended by.
func deadline(p Provision) time.Time {
	var dl time.Time
	if p.Deadline != nil {
		dl = parseDate(p.Deadline.Date)
	}
	base := dl
	for _, c := range p.Conditions {
		if !strings.Contains(strings.ToLower(c), "extend") {
			continue
		}
		if t := parseDate(isoDate.FindString(c)); t.After(dl) {
			dl = t
		}
		if t := extendedBy(base, c); t.After(dl) {
			dl = t
		}
	}
	return dl
}

// extendedBy is dl moved by the period a condition allows it to be extended by ("the
// Secretary-General may extend the period by 30 days"), or the zero time.
func extendedBy(dl time.Time, cond string) time.Time {
	if dl.IsZero() {
		return time.Time{}
	}
	f := strings.Fields(strings.ToLower(cond))
	for i, w := range f {
		if w != "by" {
			continue
		}
		n, k, ok := text.ParseNumber(f[i+1:])
		if !ok || i+1+k >= len(f) {
			continue
		}
		if o, ok := text.PeriodOf(int(n), strings.TrimRight(f[i+1+k], ",.;")); ok {
			return o.From(dl)
		}
	}
	return time.Time{}
}

// decide is p's status on m.d from its readings (oldest first); parties are those
// its action binds, signers its agreement's parties, guarantors and witnesses.
// disputed holds the
// conflicting claims about p, by the obligor they concern; claimed is the latest
// publication among them.
func (r *Rules) decide(p Provision, parties, signers []string, rs []reading, disputed map[string][]Evidence, claimed time.Time, m moment) Status {
	of := func(kind int) []reading {
		var out []reading
		for _, rd := range rs {
			if rd.kind == kind {
				out = append(out, rd)
			}
		}
		return out
	}
	st := Status{Value: Pending, Evidence: []Evidence{}}
	// cited holds st.Evidence by article, so that a long record's citations are
	// compared within their article only (overlaps); indexed is how many of
	// st.Evidence it holds.
	var cited map[string][]Evidence
	indexed := 0
	cite := func(rds ...reading) {
		if len(st.Evidence) < indexed {
			cited, indexed = nil, 0
		}
		for _, rd := range rds {
			if cited == nil {
				cited = map[string][]Evidence{}
			}
			for _, e := range st.Evidence[indexed:] {
				cited[e.ArticleID] = append(cited[e.ArticleID], e)
			}
			indexed = len(st.Evidence)
			ev := rd.obs.ev
			if !slices.ContainsFunc(cited[ev.ArticleID], func(e Evidence) bool { return overlaps(e, ev) }) {
				st.Evidence = append(st.Evidence, ev)
			}
		}
	}
	if s := of(readSupersede); len(s) > 0 {
		st.Value, st.Reason = Superseded, s[0].why
		cite(s[0])
		return st
	}
	if b, cited, ok := r.brokenAfterDue(p, parties, signers, rs, disputed, m); ok {
		st.Value, st.Level, st.Reason = b.Value, b.Level, b.Reason
		cite(cited...)
		return st
	}
	dl := deadline(p)
	due := m.due
	if r.continuing(p) {
		return r.decideContinuing(p, parties, signers, &st, rs, disputed, m, cite)
	}
	conflicting := conflictingClaims(disputed)
	// The progress reports are gathered only where the status cites them: a
	// long record decided on many dates would gather them on each.
	level, reported := 0, false
	for _, rd := range rs {
		if rd.kind == readDone || rd.kind == readInitiated {
			level, reported = max(level, rd.stage), true
		}
	}
	if done := completes(rs); done >= 0 && !(len(conflicting) > 0 && !rs[done].obs.narrative) {
		// A completion only the parties claim is not settled while they disagree.
		c := rs[done]
		later := slices.ContainsFunc(rs[done+1:], func(x reading) bool { return x.kind == readNotDone && x.why == "the obligor remains" })
		switch {
		case later:
			st.Value, st.Level, st.Reason = PartiallyMet, 2, "done in part: "+c.why+"; the obligor remains"
			if !due {
				st.Value = InProgress
			}
			cite(c)
			for _, x := range rs[done+1:] {
				if x.kind == readNotDone {
					cite(x)
					break
				}
			}
			return st
		case len(conflicting) > 0 && !claimed.Before(c.obs.pub):
			// Nor is one the article reports while it, or a later one, reports
			// a party saying that some of it was not done.
			st.Value, st.Level, st.Reason = Disputed, 2, "reported done, but credible claims contradict each other"
			st.Evidence = append(st.Evidence, conflicting...)
			return st
		case !dl.IsZero() && (c.obs.date.After(dl.AddDate(0, 0, 1)) && c.obs.dated || r.saysLate(c.obs.words)) && !r.saysOnTime(c.obs.words):
			// Another report of the completion may tell it was on time ("took
			// office on New Year's Day, as planned"): then it was met.
			if i := slices.IndexFunc(rs, func(x reading) bool {
				return x.kind == readDone && x.stage == 3 && r.saysOnTime(x.obs.words) && !r.saysLate(x.obs.words)
			}); i >= 0 {
				st.Value, st.Level, st.Reason = Met, 3, rs[i].why
				cite(rs[i])
				return st
			}
			st.Value, st.Level, st.Reason = MetLate, 3, c.why+" after the deadline"
		default:
			st.Value, st.Level, st.Reason = Met, 3, c.why
		}
		cite(c)
		return st
	}
	if ref := of(readRefusal); len(ref) > 0 {
		st.Value, st.Level, st.Reason = AtRisk, min(level, 2), ref[len(ref)-1].why
		cite(ref...)
		return st
	}
	if len(conflicting) > 0 {
		st.Value, st.Level, st.Reason = Disputed, min(level, 2), "credible claims contradict each other"
		st.Evidence = append(st.Evidence, conflicting...)
		return st
	}
	if reported {
		progress := slices.DeleteFunc(slices.Clone(rs), func(rd reading) bool { return rd.kind != readDone && rd.kind != readInitiated })
		last := progress[len(progress)-1]
		st.Value, st.Level, st.Reason = InProgress, min(max(level, 1), 2), last.why
		cite(progress...)
		if due {
			// Work only begun goes on late; a part done by the deadline (or at a
			// time the text does not give) is what the deadline found.
			if level >= 2 && (!last.obs.dated || !last.obs.date.After(dl.AddDate(0, 0, 1)) || shortOf(p, last)) {
				st.Value, st.Reason = PartiallyMet, "deadline passed with the provision partly carried out"
			} else {
				st.Overdue, st.Reason = true, last.why+", after the deadline"
			}
		}
		return st
	}
	nd := of(readNotDone)
	cite(nd...)
	intent := of(readIntent)
	switch {
	case due && len(nd) == 0 && len(intent) == 0 && m.followed:
		// Later articles say nothing of it, though it is due: unknown, not a
		// reported failure.
		st.Value, st.Reason = Unknown, "deadline passed; nothing reported on implementation"
	case due:
		st.Overdue, st.Reason = true, "deadline passed without evidence of implementation"
	case len(nd) > 0:
		st.Reason = nd[len(nd)-1].why
	case len(intent) > 0:
		st.Reason = intent[len(intent)-1].why
		cite(intent[len(intent)-1])
	case m.notYet:
		st.Reason = "not yet due"
	case dl.IsZero() && r.waits(p):
		st.Reason = "waits on a condition; nothing reported done"
	case dl.IsZero() && m.quiet:
		st.Value, st.Reason = Unknown, "nothing reported on implementation"
	default:
		st.Reason = "not yet due; nothing reported done"
	}
	return st
}

// waits reports whether p, which has no deadline of its own, waits on something
// else: a deadline counted from another provision ("within three years of the
// treaty's signing") or a condition of the rule's wait words ("once the first stage
// is over", "at a mutually convenient time"). Silence about it is no sign that
// something should have happened.
func (r *Rules) waits(p Provision) bool {
	if p.Deadline != nil && strings.HasPrefix(p.Deadline.Anchor, "provision:") {
		return true
	}
	for _, c := range p.Conditions {
		if r.Cues["wait"].MatchAny(strings.Fields(strings.ToLower(c))) >= 0 {
			return true
		}
	}
	return false
}

// shortOf reports whether rd counts a quantity short of p's target: a figure after
// the deadline ("19,000 of the 40,000") is what the deadline found.
func shortOf(p Provision, rd reading) bool {
	return p.Quantity != nil && rd.stage == 2 && rd.why == "progress towards the target"
}

// thirdParty reports whether rd's sentence is the article's own or a speaker's
// who is none of parties.
func (r *Rules) thirdParty(parties []string, rd reading) bool {
	return rd.obs.narrative || rd.obs.speaker != "" && !r.standsAny(parties, []string{rd.obs.speaker})
}

// accusation reports whether rd's sentence is an accusation, told in one of the
// accuse words ("He accused Russia of attacking ...", "Islamabad blamed Kabul for
// the attacks").
func (r *Rules) accusation(rd reading) bool {
	return rd.obs.match(r.Cues["accuse"]) >= 0
}

// ownSideUnnamed reports whether breach rd names no author and is told by a speaker
// of the side of every obligor of p, and not as its own act allowed (justify).
func (r *Rules) ownSideUnnamed(p Provision, rd reading) bool {
	o := rd.obs
	if rd.agent != "" || o.narrative || o.speaker == "" || len(p.Obligor) == 0 || r.cuesOfObs(o)["justify"] {
		return false
	}
	return !slices.ContainsFunc(p.Obligor, func(ob string) bool { return !r.Stands(ob, o.speaker) })
}

// partial reports whether rd is told by a speaker who is none of signers, yet no
// neutral one either (a state, a movement; not an international organisation):
// when the accused answers it, the charge is one of two claims, not a settled
// report. A signer the act does not bind (a mediator, a guarantor) monitors it,
// unless it is the state whose own rebels it charges: that is one side of the war.
func (r *Rules) partial(signers []string, rd reading) bool {
	if rd.obs.narrative || rd.obs.speaker == "" || international(rd.obs.speaker) {
		return false
	}
	return !r.standsAny(signers, []string{rd.obs.speaker}) || rd.agent != "" && Root(rd.agent) == Root(rd.obs.speaker)
}

// partisan reports whether breach rd is one side's claim against the other rather
// than a settled report: an accusation, or told by a speaker the obligation binds
// about a named author not of its side. A breach without an author ("the truce was
// broken") is not taken for a charge against anyone.
func (r *Rules) partisan(parties []string, rd reading) bool {
	if r.accusation(rd) {
		return true
	}
	return rd.agent != "" && rd.obs.speaker != "" && !r.thirdParty(parties, rd) && !r.sameSide(rd.obs.speaker, rd.agent)
}

// lastYearNamed is the latest year p's conditions name ("from the 2018 elections"),
// 0 when they name none: until it comes, p is not yet due.
func lastYearNamed(p Provision) int {
	last := 0
	for _, c := range p.Conditions {
		if until := strings.Index(strings.ToLower(c), "until "); until >= 0 {
			c = c[:until] // "until 1977" is when it ends, not when it begins
		}
		for _, f := range strings.FieldsFunc(c, func(r rune) bool { return r < '0' || r > '9' }) {
			if len(f) == 4 {
				if y := int(f[0]-'0')*1000 + int(f[1]-'0')*100 + int(f[2]-'0')*10 + int(f[3]-'0'); y < 2200 {
					last = max(last, y)
				}
			}
		}
	}
	return last
}

// completes returns the index of the first reading reporting p complete, or -1.
func completes(rs []reading) int {
	return slices.IndexFunc(rs, func(rd reading) bool { return rd.kind == readDone && rd.stage == 3 })
}

// decideContinuing assesses an obligation that holds over a period: the latest of
// breach and refusal decides (a refusal ends a party's part, so acts after it breach
// nothing); a breach that the claims about its author dispute makes it disputed;
// otherwise it is in progress while reported holding. It decides *st, whose
// evidence cite adds to.
func (r *Rules) decideContinuing(p Provision, parties, signers []string, st *Status, rs []reading, disputed map[string][]Evidence, m moment, cite func(...reading)) Status {
	var worst *reading
	var undisputed []reading // of the breaches before a refusal
	for i := range rs {
		switch {
		case rs[i].kind == readRefusal:
			worst = &rs[i]
		case rs[i].kind == readBreach && r.ownSideUnnamed(p, rs[i]):
			// "About a dozen rockets were fired from Gaza, the army says": the
			// side bound telling of an act no one is named doing blames the other.
		case rs[i].kind == readBreach && (worst == nil || worst.kind != readRefusal):
			worst = &rs[i]
			b := rs[i]
			// The side a breach naming no author is charged to: the other side
			// of the speaker's, or the only obligor (as the claim's stance).
			side := b.agent
			if side == "" {
				side = r.otherSide(p, b.obs.speaker)
			}
			if side == "" && len(p.Obligor) == 1 {
				side = p.Obligor[0]
			}
			_, ok := disputed[side]
			switch {
			case r.thirdParty(parties, b) && !r.accusation(b) && !(ok && r.partial(signers, b)):
				// What the article itself or a third party (a monitoring mission,
				// a guarantor the truce does not bind) reports, not as someone's
				// accusation, is not in dispute.
				undisputed = append(undisputed, b)
			case !ok && (len(disputed) == 0 || !r.partisan(parties, b)):
				// While claims about the obligation contradict each other, one
				// side's charge against the other is one of them, not a settled
				// breach (testdata/agreements/README.md, disputed).
				undisputed = append(undisputed, b)
			}
		}
	}
	mutual := -1
	comply := -1
	for i, rd := range rs {
		if rd.kind == readDispute {
			mutual = i
		}
		if rd.kind == readComply || rd.kind == readDone {
			if comply < 0 || rd.stage > rs[comply].stage {
				comply = i
			}
		}
	}
	switch {
	case worst != nil && worst.kind == readRefusal:
		st.Value, st.Level, st.Reason = AtRisk, 2, worst.why
		cite(*worst)
	case len(undisputed) > 0:
		st.Value, st.Level, st.Reason = Breached, 1, undisputed[len(undisputed)-1].why
		cite(undisputed...)
	case len(conflictingClaims(disputed)) > 0:
		// Sorted and gathered only when it decides: a refusal decides first, on
		// most dates of a long record.
		st.Value, st.Level, st.Reason = Disputed, 1, "credible claims contradict each other"
		st.Evidence = append(st.Evidence, conflictingClaims(disputed)...)
	case mutual >= 0:
		st.Value, st.Level, st.Reason = Disputed, 1, rs[mutual].why
		cite(rs[mutual])
	case r.waits(p) && !m.followed:
		// "it would take effect only after Western sanctions were lifted": the
		// article stating it cannot also tell it in force.
		st.Reason = "waits on a condition; not yet in force"
	case comply >= 0 && p.Action == Allow && rs[len(rs)-1].kind == readNotDone && len(rs)-1 > comply:
		// "Nothing has yet been done to reopen the road and rail links", after a
		// report that seemed to tell the access given: the latest report decides.
		st.Reason = rs[len(rs)-1].why
		cite(rs[len(rs)-1])
	case comply >= 0 && rs[comply].stage == 3:
		st.Value, st.Level, st.Reason = Met, 3, "held for its term"
		cite(rs[comply])
	case m.ranTerm && m.begun && (comply >= 0 || m.followed):
		// "to be halted for four days", and an article after the four days that
		// tells of no breach: the term ran unbroken.
		st.Value, st.Level, st.Reason = Met, 3, "held for its stated term"
		if comply >= 0 {
			cite(rs[comply])
		}
	case comply >= 0:
		st.Value, st.Level, st.Reason = InProgress, 2, "in force: "+rs[comply].why
		cite(rs[comply])
	case !m.begun || m.notYet:
		st.Reason = "not yet in force"
	case len(rs) > 0 && rs[len(rs)-1].kind == readUnbound:
		st.Reason = rs[len(rs)-1].why
		cite(rs[len(rs)-1])
	case p.Action == Allow && len(rs) > 0 && rs[len(rs)-1].kind == readNotDone:
		st.Reason = rs[len(rs)-1].why
		cite(rs[len(rs)-1])
	case m.followed:
		// In force, and a later article reports no breach: testdata/agreements'
		// convention ("a continuing obligation in force with no breach reported").
		st.Value, st.Level, st.Reason = InProgress, 2, "in force; no breach reported"
	case p.Action == Allow || p.Action == Prohibit && r.Cues["harbour"].MatchWord(objectHeadWord(p.Object)):
		// An access or a passage is in force once given, a ban on harbouring
		// groups once acted on: until a report says so, nothing is known done.
		st.Reason = "nothing reported since it took effect"
	default:
		// A truce or a ban binds from the day it takes effect, even its first
		// (testdata/agreements/README.md, "Start of a continuing obligation").
		st.Value, st.Level, st.Reason = InProgress, 2, "in force since it took effect; no breach reported"
	}
	return *st
}

// saysLate reports whether words say that what they report came after its deadline,
// without a date: "more than a week after the January deadline", "seven weeks after
// the June 30 target", "months late",
// "behind schedule".
func (r *Rules) saysLate(words []string) bool {
	if r.Cues["late"].MatchAny(words) >= 0 {
		return true
	}
	for i, w := range words {
		switch {
		case strings.HasPrefix(w, "deadline") || w == "target" || w == "timetable":
			// "seven weeks after the June 30 target": a date may stand between.
			for _, x := range words[max(0, i-4):i] {
				if x == "after" || x == "past" || x == "missed" || x == "beyond" {
					return true
				}
			}
		case w == "late" && i > 0 && r.Cues["time"].MatchWord(words[i-1]):
			return true // "19 months late"
		}
	}
	return false
}

// saysOnTime reports whether words say that what they report came by its deadline:
// the ontime words ("on schedule", "as planned") or "before" a few words ahead of
// "deadline" ("a few days before the June 30 deadline"). A report that says so is
// not late, whatever date a vague phrase of time ("at the end of May") gives it.
func (r *Rules) saysOnTime(words []string) bool {
	if r.Cues["ontime"].MatchAny(words) >= 0 {
		return true
	}
	for i, w := range words {
		if strings.HasPrefix(w, "deadline") {
			for _, x := range words[max(0, i-5):i] {
				if x == "before" || x == "ahead" {
					return true
				}
			}
		}
	}
	return false
}

// conflictingClaims is the evidence of disputed, in the order of the obligors it
// is about.
func conflictingClaims(disputed map[string][]Evidence) []Evidence {
	var out []Evidence
	if len(disputed) == 0 {
		return out
	}
	for _, side := range slices.Sorted(maps.Keys(disputed)) {
		out = append(out, disputed[side]...)
	}
	return out
}
