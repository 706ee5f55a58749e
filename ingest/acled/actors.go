package acled

import (
	"strings"
	"time"
	"unicode"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/event"
)

// actorCoder codes ACLED actor names ("Military Forces of Russia (2000-)", "RSF:
// Rapid Support Forces", "Protesters (Nigeria)") as CAMEO actor codes. It is not safe
// for concurrent use (it caches what it resolved).
type actorCoder struct {
	dict      *actor.Dictionary
	cache     map[string]resolved
	countries map[string]string
}

// resolved is what an actor name tells, whatever the date.
type resolved struct {
	entry      *actor.Entry // a group, person or organisation the dictionary knows
	root       string       // the country the name names, or ""
	branch     string       // the country in the name's brackets ("Islamic State (Nigeria)")
	state      bool         // the name says state forces: military, army, police, government
	police     bool
	government bool
}

func newActorCoder(d *actor.Dictionary) *actorCoder {
	return &actorCoder{dict: d, cache: map[string]resolved{}, countries: map[string]string{}}
}

// code returns the actor code of name, an actor of ACLED type inter, in an event on
// date in country (alpha-3). A group, person or organisation the dictionary knows
// takes its code as of the date (the Taliban are AFGREB before August 2021). Otherwise
// the code is a country — the one the name gives ("Military Forces of Sudan", "Rioters
// (Kenya)"), else the event's — and the role of the actor type (data/inter.tsv): state
// forces are MIL, or COP or GOV when the name says police or government. An actor of
// no known country or role (external forces the dictionary does not know) gets "".
func (c *actorCoder) code(name, inter string, date time.Time, country string) string {
	r := c.resolve(name)
	if r.entry != nil {
		if code := r.entry.CodeAt(date); code != "" {
			if strings.HasPrefix(code, "IMG") && r.branch != "" {
				// A transnational group's branch named for one country is that
				// country's rebels, as in the actor dictionary.
				return r.branch + "REB"
			}
			return code
		}
	}
	role, _ := Role(inter)
	if role == "MIL" || role == "" && r.state {
		switch {
		case r.police:
			role = "COP"
		case r.government:
			role = "GOV"
		default:
			role = "MIL"
		}
	}
	root := r.root
	if root == "" && role != "" {
		root = country
	}
	if root == "" {
		return ""
	}
	return root + role
}

// actors codes an actor and its associated actors ("Women (Nigeria); Students
// (Nigeria)"), which share its type.
func (c *actorCoder) actors(name, assoc, inter string, date time.Time, country string) []event.Actor {
	out := []event.Actor{}
	if name != "" {
		out = append(out, event.Actor{Code: c.code(name, inter, date, country), Name: name})
	}
	for _, a := range strings.Split(assoc, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, event.Actor{Code: c.code(a, inter, date, country), Name: a})
		}
	}
	return out
}

func (c *actorCoder) resolve(name string) resolved {
	if r, ok := c.cache[name]; ok {
		return r
	}
	r := c.lookup(name)
	if len(c.cache) > 100_000 {
		clear(c.cache) // bounded memory on files with endless distinct names
	}
	c.cache[name] = r
	return r
}

func (c *actorCoder) lookup(name string) resolved {
	base, notes := cutParens(name)
	lower := strings.ToLower(base)
	r := resolved{
		police:     strings.Contains(lower, "police") || strings.Contains(lower, "gendarmerie"),
		government: strings.Contains(lower, "government") || strings.Contains(lower, "ministry"),
	}
	r.state = r.police || r.government || strings.Contains(lower, "military") || strings.Contains(lower, "army") || strings.Contains(lower, "armed forces")
	if c.dict == nil {
		return r
	}
	candidates := []string{base}
	if short, long, ok := strings.Cut(base, ":"); ok {
		candidates = append(candidates, strings.TrimSpace(long), strings.TrimSpace(short))
	}
	for _, p := range candidates {
		for _, e := range c.dict.Lookup(p) {
			switch e.Kind {
			case actor.Group, actor.Person, actor.IGO:
				if r.entry == nil {
					r.entry = e
				}
			case actor.Country:
				if r.root == "" {
					r.root = countryCode(e)
				}
			}
		}
	}
	if r.entry == nil {
		c.match(base, &r)
	}
	for _, n := range notes {
		for _, e := range c.dict.Lookup(n) {
			if e.Kind == actor.Country && r.branch == "" {
				r.branch = countryCode(e)
			}
		}
	}
	if r.root == "" {
		r.root = r.branch
	}
	return r
}

// match finds the dictionary's phrases inside a name that is not itself an entry.
func (c *actorCoder) match(base string, r *resolved) {
	words := tokens(base)
	lowers := make([]string, len(words))
	for i, w := range words {
		lowers[i] = strings.ToLower(w)
	}
	for _, m := range c.dict.Match(words, lowers) {
		switch m.Entry.Kind {
		case actor.Group, actor.Person, actor.IGO:
			if r.entry == nil {
				r.entry = m.Entry
			}
		case actor.Country:
			if r.root == "" {
				r.root = countryCode(m.Entry)
			}
		}
	}
}

// country returns the alpha-3 code of a country name, or of the country named
// inside it, through the dictionary; "" when it names none.
func (c *actorCoder) country(name string) string {
	if c.dict == nil {
		return ""
	}
	if code, ok := c.countries[name]; ok {
		return code
	}
	var r resolved
	for _, e := range c.dict.Lookup(name) {
		if e.Kind == actor.Country && r.root == "" {
			r.root = countryCode(e)
		}
	}
	if r.root == "" {
		c.match(name, &r)
	}
	if len(c.countries) > 10_000 {
		clear(c.countries)
	}
	c.countries[name] = r.root
	return r.root
}

// countryCode is the alpha-3 code of a country entry.
func countryCode(e *actor.Entry) string {
	if e.Country != "" {
		return e.Country
	}
	return e.CodeAt(time.Time{})
}

// cutParens removes the parenthesised parts of an ACLED actor name and returns them
// apart: "Military Forces of Russia (2000-)" → "Military Forces of Russia", ["2000-"].
func cutParens(s string) (string, []string) {
	var notes []string
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		notes = append(notes, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
	return strings.Join(strings.Fields(b.String()), " "), notes
}

// tokens splits a name into words, with brackets, colons, commas and semicolons as
// tokens of their own, as the actor dictionary's matcher expects.
func tokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		start := 0
		for i, r := range f {
			if strings.ContainsRune("()[]:;,", r) || unicode.Is(unicode.Pd, r) && (i == 0 || i == len(f)-1) {
				if start < i {
					out = append(out, f[start:i])
				}
				out = append(out, string(r))
				start = i + len(string(r))
			}
		}
		if start < len(f) {
			out = append(out, f[start:])
		}
	}
	return out
}
