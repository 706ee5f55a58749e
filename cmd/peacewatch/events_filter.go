package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// filterFlags are the event filters of the events and export commands.
type filterFlags struct {
	actor, role, cameo, plover, modality string
	from, to, country, text, article     string
	duplicates                           bool
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.actor, "actor", "", "events with an actor whose `CODE` starts with this (AFG, AFGREB, IGOUNO)")
	fs.StringVar(&f.role, "role", "", "with --actor: the actor's `ROLE` in the event, source or target (default: either)")
	fs.StringVar(&f.cameo, "cameo", "", "events whose CAMEO `CODE` is this or under it (a root such as 19, or 190, 0871)")
	fs.StringVar(&f.plover, "plover", "", "events of this PLOVER `TYPE` (ASSAULT, AGREE, ...)")
	fs.StringVar(&f.modality, "modality", "", "events of this `MODALITY`: asserted, future, conditional, negated, denied, refused, requested, hypothetical")
	fs.StringVar(&f.from, "from", "", "events dated on or after `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.to, "to", "", "events dated on or before `DATE` (YYYY-MM-DD)")
	fs.StringVar(&f.country, "country", "", "events located in this ISO 3166 alpha-3 `COUNTRY` (AFG, UKR)")
	fs.StringVar(&f.text, "text", "", "events whose text holds every word and \"quoted phrase\" of `QUERY`")
	fs.StringVar(&f.article, "article", "", "events of the article with this `ID`")
	fs.BoolVar(&f.duplicates, "duplicates", false, "include the events of articles stored as near-duplicates (wire copies) of another")
}

// modalities are the values --modality accepts, in DESIGN.md's order.
var modalities = []event.Modality{event.Asserted, event.Future, event.Conditional, event.Negated,
	event.Denied, event.Refused, event.Requested, event.Hypothetical}

// filter checks the flags and returns the store filter they ask for; the error names
// the flag at fault.
func (f *filterFlags) filter() (store.EventFilter, error) {
	ef := store.EventFilter{
		Actor:      strings.ToUpper(strings.TrimSpace(f.actor)),
		Role:       store.Role(strings.ToLower(f.role)),
		Cameo:      strings.TrimSpace(f.cameo),
		Plover:     strings.ToUpper(strings.TrimSpace(f.plover)),
		Modality:   event.Modality(strings.ToLower(strings.TrimSpace(f.modality))),
		From:       f.from,
		To:         f.to,
		Country:    strings.ToUpper(strings.TrimSpace(f.country)),
		Text:       f.text,
		ArticleID:  f.article,
		Duplicates: f.duplicates,
	}
	if ef.Cameo != "" && (len(ef.Cameo) > 4 || strings.Trim(ef.Cameo, "0123456789") != "") {
		return ef, fmt.Errorf("--cameo %q: want a CAMEO code or a prefix of one, 1 to 4 digits", f.cameo)
	}
	if ef.Modality != "" && !slices.Contains(modalities, ef.Modality) {
		return ef, fmt.Errorf("--modality %q: want one of %s", f.modality, joinModalities())
	}
	switch ef.Role {
	case store.AnyRole, store.SourceRole, store.TargetRole:
	default:
		return ef, fmt.Errorf("--role %q: want source or target", f.role)
	}
	if ef.Role != store.AnyRole && ef.Actor == "" {
		return ef, fmt.Errorf("--role %s needs --actor", ef.Role)
	}
	if ef.Country != "" && (len(ef.Country) != 3 || strings.Trim(ef.Country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		return ef, fmt.Errorf("--country %q: want an ISO 3166 alpha-3 code such as AFG", f.country)
	}
	for _, d := range []struct{ name, v string }{{"from", f.from}, {"to", f.to}} {
		if err := checkDate(d.v); err != nil {
			return ef, fmt.Errorf("--%s: %w", d.name, err)
		}
	}
	if f.from != "" && f.to != "" && f.from > f.to {
		return ef, fmt.Errorf("--from %s is after --to %s", f.from, f.to)
	}
	if f.text != "" {
		if _, err := store.ParseQuery(f.text); err != nil {
			return ef, fmt.Errorf("--text: %w", err)
		}
	}
	return ef, nil
}

// checkDate returns an error unless d is empty or an ISO date.
func checkDate(d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return fmt.Errorf("date %q: want YYYY-MM-DD", d)
	}
	return nil
}

func joinModalities() string {
	s := make([]string, len(modalities))
	for i, m := range modalities {
		s[i] = string(m)
	}
	return strings.Join(s, ", ")
}

// badFlag reports a command line the command cannot run as an error of usage: the
// message on stderr with a pointer to the help, and errUsage (exit status 2).
func badFlag(fs *flag.FlagSet, err error) error {
	fmt.Fprintf(fs.Output(), "peacewatch %s: %v\nRun 'peacewatch %s -h' for its flags.\n", fs.Name(), err, fs.Name())
	return errUsage
}
