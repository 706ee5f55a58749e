package agreement

import (
	"time"

	"github.com/peacewatch/peacewatch/text"
)

// timeline holds the dates an article's relative deadlines count from.
type timeline struct {
	signed    string
	effective string      // the day the deal takes effect, "" when not said
	period    text.Offset // a phase's stated length ("The first lasts 42 days")
	hasPeriod bool
	published string // the article's date, for "by the end of the year"
}

// readTimeline finds the day the deal takes effect and a phase length stated in the
// article ("will take effect on Sunday, January 19", "The first lasts 42 days").
func readTimeline(vs []sent, body, signed string) timeline {
	tl := timeline{signed: signed}
	for i := range vs {
		v := &vs[i]
		for k, w := range v.words {
			cue := (w == "effect" && (v.word(k-1) == "take" || v.word(k-1) == "took" || v.word(k-1) == "takes" || v.word(k-1) == "taking")) ||
				(w == "force" && v.word(k-1) == "into") || (w == "begin" || w == "began" || w == "begins") && k > 0 ||
				w == "hold" && v.word(k-1) == "took" ||
				(w == "ceasefire" || w == "truce") && (v.word(k+1) == "from" || v.word(k+1) == "starting") // "a ceasefire from midnight on December 28"
			if cue && tl.effective == "" {
				// "take effect on Sunday, January 19": the explicit date wins; "from
				// Tuesday, August 29, when the truce takes effect" gives it before
				for _, dm := range v.dates {
					if dm.Tok > k && dm.Tok <= k+8 || dm.TokEnd <= k && k-dm.TokEnd <= 6 && hasAny(v.words, dm.TokEnd, k, "when") {
						if day := dayDate(dm); day != "" && (tl.effective == "" || monthNamed(dm.Text)) {
							tl.effective = day
						}
					}
				}
				if tl.effective == "" {
					// "the memorandum taking effect, ten days after the signing": the
					// count may stand after a comma
					tl.effective = afterSigning(v, body, k+1+boolInt(v.word(k+1) == ","), signed)
				}
			}
			if (w == "lasts" || w == "last" || w == "lasting") && !tl.hasPeriod {
				if n, used, ok := text.ParseNumber(v.words[min(k+1, len(v.words)):]); ok && durations[v.word(k+1+used)] {
					tl.period = offsetOf(int(n), v.word(k+1+used))
					tl.hasPeriod = true
				}
			}
		}
	}
	return tl
}

// afterSigning returns the day "N days|months after the signing" at token i counts
// to from the signing day ("enters into force one month after the signing"), "" when
// no such phrase starts there or the signing day is unknown.
func afterSigning(v *sent, body string, i int, signed string) string {
	d := afterPhraseAt(v, body, i, len(v.words))
	t, err := time.Parse(time.DateOnly, signed)
	if d == nil || d.anchor != "signing" || err != nil {
		return ""
	}
	return d.offset.From(t).Format(time.DateOnly)
}
