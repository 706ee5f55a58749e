package agreement

import (
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/text"
)

// termEnd is the last day of the term a condition of p states ("for four days", "for
// a year"), counted from begins (or start when begins is zero); zero when no
// condition states one, or the term renews or may be extended ("for 120 days,
// renewed automatically").
func termEnd(p Provision, begins, start time.Time) time.Time {
	from := begins
	if from.IsZero() {
		from = start
	}
	if from.IsZero() {
		return time.Time{}
	}
	for _, c := range p.Conditions {
		f := strings.Fields(strings.ToLower(c))
		if len(f) < 3 || f[0] != "for" || strings.Contains(c, "renew") || strings.Contains(c, "extend") || strings.Contains(c, "unless") {
			continue
		}
		v, n, ok := text.ParseNumber(f[1:])
		if !ok && (f[1] == "a" || f[1] == "an" || f[1] == "one") {
			v, n, ok = 1, 1, true
		}
		if !ok || v <= 0 || v != float64(int(v)) || 1+n >= len(f) {
			continue
		}
		if o, ok := text.PeriodOf(int(v), strings.TrimRight(f[1+n], ",.")); ok && o.Hours == 0 {
			return o.From(from).AddDate(0, 0, -1)
		}
	}
	return time.Time{}
}
