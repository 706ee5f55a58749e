package agreement

import (
	"slices"
	"time"
)

// truceDue reports whether p is a truce or a ban on attacks due by a date ("a
// permanent ceasefire is to take effect within 72 hours"): done once when it takes
// effect, as a duty to act is, and broken by what it forbids after its deadline.
func (r *Rules) truceDue(p Provision) bool {
	return !r.continuing(p) && (p.Action == CeaseFire || p.Action == Prohibit && r.bansAttacks(p))
}

// breachOfDue is read's reading of o for a truce due by a date when o reports it
// broken after the deadline, as readContinuing reads a breach of a truce in force
// ("Fighting has continued despite the ceasefire").
func (r *Rules) breachOfDue(p Provision, o *observation, c cues, rd reading, obj WordRule, objHit, actHit, named bool, start time.Time) (reading, bool) {
	if !r.truceDue(p) {
		return reading{}, false
	}
	if dl := deadline(p); dl.After(start) {
		start = dl
	}
	if !o.date.After(start) {
		return reading{}, false // fighting before the truce was due is none of its breaches
	}
	if b := r.readContinuing(p, o, c, rd, obj, objHit, actHit, named, start); b.kind == readBreach {
		return b, true
	}
	return reading{}, false
}

// brokenAfterDue is decide's status of a truce due by a date that a breach broke:
// the status decideContinuing gives it, when that is breached (a breach in dispute
// or one a refusal came after leaves it to the rules of a duty to act).
func (r *Rules) brokenAfterDue(p Provision, parties, signers []string, rs []reading, disputed map[string][]Evidence, m moment) (Status, []reading, bool) {
	if !r.truceDue(p) || !slices.ContainsFunc(rs, func(x reading) bool { return x.kind == readBreach }) {
		return Status{}, nil, false
	}
	var cited []reading
	st := Status{Value: Pending}
	st = r.decideContinuing(p, parties, signers, &st, rs, disputed, m, func(x ...reading) { cited = append(cited, x...) })
	return st, cited, st.Value == Breached
}
