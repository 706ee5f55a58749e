package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/peacewatch/peacewatch/agreement"
)

// BoardOptions choose what the text and Markdown status boards show besides the
// agreements, their provisions and the conflicting claims.
type BoardOptions struct {
	// History adds each provision's status on every date it changed.
	History bool
	// Events lists the coded events; without it the board only counts them.
	Events bool
}

// excerptLen is how many characters of an evidence sentence a board shows.
const excerptLen = 70

// row is one provision as both boards show it. label numbers it on the board ("1.3",
// the third provision of the first agreement), so that conflicts and dependencies can
// point at it; terms are its conditions and dependencies, for the detailed views.
type row struct {
	label, status, obligor, action, what, deadline, evidence string
	terms, history                                           []string
}

// labels numbers the provisions of r by agreement and place: id → "1.3".
func labels(r Report) map[string]string {
	m := map[string]string{}
	for i, a := range r.Agreements {
		for j, p := range a.Provisions {
			if _, dup := m[p.ID]; !dup && p.ID != "" {
				m[p.ID] = fmt.Sprintf("%d.%d", i+1, j+1)
			}
		}
	}
	return m
}

func provisionRow(p agreement.Provision, asOf string, labels map[string]string) row {
	r := row{
		label:    labels[p.ID],
		status:   statusText(p.Status),
		obligor:  codesText(p.Obligor),
		action:   string(p.Action),
		what:     whatText(p),
		deadline: deadlineText(p, asOf),
		evidence: quoteExcerpt(p.Evidence.Text),
	}
	if r.action == "" {
		r.action = "?"
	}
	if len(p.Conditions) > 0 {
		r.terms = append(r.terms, "conditions: "+strings.Join(p.Conditions, "; "))
	}
	if len(p.DependsOn) > 0 {
		deps := make([]string, len(p.DependsOn))
		for i, id := range p.DependsOn {
			deps[i] = id
			if l, ok := labels[id]; ok {
				deps[i] = l
			}
		}
		r.terms = append(r.terms, "depends on "+strings.Join(deps, ", "))
	}
	for _, h := range p.History {
		line := h.AsOf + " " + statusText(&h)
		if h.Reason != "" {
			line += ": " + h.Reason
		}
		r.history = append(r.history, line)
	}
	return r
}

// statusText is "in_progress L1", or "unassessed" without a status.
func statusText(s *agreement.Status) string {
	if s == nil || s.Value == "" {
		return "unassessed"
	}
	return fmt.Sprintf("%s L%d", s.Value, s.Level)
}

func codesText(codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	return strings.Join(codes, "+")
}

// whatText is the object with the quantities: "13,000 → 8,600 troops" when the unit
// names the object, "enriched uranium: 10,000 → 300 kg" otherwise.
func whatText(p agreement.Provision) string {
	q := ""
	switch {
	case p.FromQuantity != nil && p.Quantity != nil:
		q = number(*p.FromQuantity) + " → " + number(*p.Quantity)
	case p.Quantity != nil:
		q = number(*p.Quantity)
	case p.FromQuantity != nil:
		q = "from " + number(*p.FromQuantity)
	}
	obj, unit := strings.TrimSpace(p.Object), p.Unit
	if q != "" && strings.EqualFold(unit, "usd") {
		q, unit = "$"+q, ""
	}
	switch {
	case q == "" && obj == "":
		return "-"
	case q == "":
		return obj
	case obj == "":
		return strings.TrimSpace(q + " " + unit)
	case unit == "" && strings.HasPrefix(q, "$"):
		return obj + ": " + q
	case unit == "" || containsWord(obj, unit):
		return q + " " + obj
	}
	return obj + ": " + q + " " + unit
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if f == strings.ToLower(w) {
			return true
		}
	}
	return false
}

// number prints a quantity with thousands separators ("13,000", "3.67"), and counts
// of millions and billions in words ("6 billion").
func number(f float64) string {
	for _, u := range []struct {
		n    float64
		word string
	}{{1e9, "billion"}, {1e6, "million"}} {
		if v := f / u.n; math.Abs(v) >= 1 && math.Abs(v*100-math.Round(v*100)) < 1e-6 {
			return strconv.FormatFloat(v, 'f', -1, 64) + " " + u.word
		}
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// deadlineText is the deadline with the days left or overdue as of asOf: "2020-07-13
// (132 days left)", "2020-03-10 (overdue 4 days)"; done or replaced provisions show
// the date alone. A phrase without a computed date is shown as the text puts it.
func deadlineText(p agreement.Provision, asOf string) string {
	d := p.Deadline
	if d == nil || (d.Date == "" && d.Relative == "") {
		return "-"
	}
	if d.Date == "" {
		return d.Relative + " (no date)"
	}
	due, err := time.Parse(time.DateOnly, d.Date)
	now, err2 := time.Parse(time.DateOnly, asOf)
	if err != nil || err2 != nil || p.Status != nil && settled(p.Status.Value) {
		return d.Date
	}
	days := int(due.Sub(now).Hours() / 24)
	switch {
	case days > 0:
		return fmt.Sprintf("%s (%s left)", d.Date, plural(days, "day"))
	case days == 0:
		return d.Date + " (due today)"
	}
	return fmt.Sprintf("%s (overdue %s)", d.Date, plural(-days, "day"))
}

// settled tells whether a status ends the question of the deadline.
func settled(v agreement.StatusValue) bool {
	switch v {
	case agreement.Met, agreement.MetLate, agreement.PartiallyMet, agreement.Superseded, agreement.Breached:
		return true
	}
	return false
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// quoteExcerpt is s on one line, cut to excerptLen characters, in quotes; "-" when
// empty.
func quoteExcerpt(s string) string {
	s = excerpt(s, excerptLen)
	if s == "" {
		return "-"
	}
	return "“" + s + "”"
}

// excerpt is s on one line, cut to n characters with an ellipsis.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n - 1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// heading is an agreement's second line: "signed 2020-02-29 in Doha · parties USA,
// AFGREB · witnesses USAGOV".
func heading(a agreement.Agreement) string {
	var parts []string
	signed := "signing date unknown"
	if a.Signed != "" {
		signed = "signed " + a.Signed
	}
	if a.Place != "" {
		signed += " in " + a.Place
	}
	parts = append(parts, signed)
	add := func(label string, codes []string) {
		if len(codes) > 0 {
			parts = append(parts, label+" "+strings.Join(codes, ", "))
		}
	}
	add("parties", a.Parties)
	add("witnesses", a.Witnesses)
	add("guarantors", a.Guarantors)
	if len(a.Articles) > 0 {
		parts = append(parts, "reported by "+plural(len(a.Articles), "article"))
	}
	if a.Manual {
		parts = append(parts, "hand-written")
	}
	return strings.Join(parts, " · ")
}

// summary is the board's first line.
func summary(r Report) string {
	n := 0
	for _, a := range r.Agreements {
		n += len(a.Provisions)
	}
	asOf := r.AsOf
	if asOf == "" {
		asOf = "an unknown date"
	}
	parts := []string{"Status board as of " + asOf}
	if r.Articles != nil {
		parts = append(parts, plural(len(r.Articles), "article"))
	}
	parts = append(parts, plural(len(r.Agreements), "agreement"), plural(n, "provision"))
	if r.Articles != nil {
		// A board read from a store has no article list: it counts what it shows.
		parts = append(parts, plural(len(r.ClaimsInConflict), "conflicting claim"), plural(len(r.Events), "event"))
	}
	return strings.Join(parts, " · ")
}

func speakerText(s agreement.Speaker) string {
	switch {
	case s.Name != "" && s.Code != "":
		return s.Name + " [" + s.Code + "]"
	case s.Name != "":
		return s.Name
	case s.Code != "":
		return s.Code
	}
	return "unknown speaker"
}

// conflictTopic names the provision a conflict is about by its board label, or "".
func conflictTopic(r Report, c agreement.Conflict, labels map[string]string) string {
	if c.ProvisionID == nil {
		return ""
	}
	for _, a := range r.Agreements {
		for _, p := range a.Provisions {
			if p.ID == *c.ProvisionID {
				return fmt.Sprintf("%s (%s %s %s)", labels[p.ID], codesText(p.Obligor), p.Action, whatText(p))
			}
		}
	}
	return *c.ProvisionID
}
