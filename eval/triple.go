// Package eval scores coded events against a hand-coded dev set: precision, recall and
// F1 over (source, target, CAMEO code) triples, at full-code and root level, with
// breakdowns by record tag and CAMEO root, and the accuracy of modality and date on
// the events that match.
package eval

import "github.com/peacewatch/peacewatch/event"

// Triple is one coded relation: source actor code, target actor code ("" when the event
// has none) and CAMEO event code.
type Triple struct {
	Source string `json:"source_actor"`
	Target string `json:"target_actor"`
	Code   string `json:"event_code"`
}

// Root is the CAMEO root of the triple's code: its first two digits.
func (t Triple) Root() string { return Root(t.Code) }

// Root is the CAMEO root of a code: its first two characters ("19" for "190").
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// String formats the triple as "SOURCE -[CODE]-> TARGET".
func (t Triple) String() string {
	target := t.Target
	if target == "" {
		target = "-"
	}
	return t.Source + " -[" + t.Code + "]-> " + target
}

// Coded is a triple from a coded event, with what is checked on full-code matches.
type Coded struct {
	Triple
	Modality string
	Date     string
}

// Expand turns events into triples: one per (source, target) pair of each event, with
// an empty target when the event has none. An event without a source yields none, as
// it cannot match.
func Expand(events []event.Event) []Coded {
	var out []Coded
	for _, e := range events {
		targets := e.Target
		if len(targets) == 0 {
			targets = []event.Actor{{}}
		}
		for _, s := range e.Source {
			for _, t := range targets {
				out = append(out, Coded{
					Triple:   Triple{Source: s.Code, Target: t.Code, Code: e.Cameo},
					Modality: string(e.Modality),
					Date:     e.Date.Value,
				})
			}
		}
	}
	return out
}
