package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/store"
)

// deals keeps the run's view of the stored agreements, so that an agreement an
// article reports is stored merged with the one already stored for the same deal
// (agreement.Merge decides which), under that one's id. Without it, a second
// report of a deal would replace the first's provisions and evidence, since
// extracted agreements of one deal share an id. Used by the writer's collecting
// goroutine only, in input order.
type deals struct {
	merge func([]agreement.Agreement) []agreement.Agreement
	byID  map[string]agreement.Agreement
	// byKey lists, for each party root and name word, the ids of the deals that
	// have it, in the order they were first seen: two reports are one deal only
	// when they share a party or words of their names (agreement.Merge), so these
	// are the deals a new report may join.
	byKey map[string][]string
	seq   map[string]int // the order in which each id was first seen
}

// loadDeals reads the stored agreements.
func loadDeals(ctx context.Context, st store.Store, merge func([]agreement.Agreement) []agreement.Agreement) (*deals, error) {
	ags, err := st.Agreements(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest: stored agreements: %w", err)
	}
	d := &deals{merge: merge, byID: make(map[string]agreement.Agreement, len(ags)), byKey: map[string][]string{}, seq: map[string]int{}}
	for _, ag := range ags {
		d.put(ag)
	}
	return d, nil
}

func (d *deals) put(ag agreement.Agreement) {
	old, known := d.byID[ag.ID]
	if !known {
		d.seq[ag.ID] = len(d.seq)
	}
	d.byID[ag.ID] = ag
	for _, k := range dealKeys(ag) {
		if !known || !slices.Contains(dealKeys(old), k) {
			d.byKey[k] = append(d.byKey[k], ag.ID)
		}
	}
}

// dealKeys returns the roots of ag's parties and the words of its name.
func dealKeys(ag agreement.Agreement) []string {
	var keys []string
	for _, p := range ag.Parties {
		keys = append(keys, "party:"+agreement.Root(p))
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(ag.Name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if w != "the" && w != "of" && w != "and" { // as agreement.Merge compares names
			keys = append(keys, "name:"+w)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// candidates returns the ids of the deals that share a key with ag, in the order
// they were first seen.
func (d *deals) candidates(ag agreement.Agreement) []string {
	var ids []string
	for _, k := range dealKeys(ag) {
		ids = append(ids, d.byKey[k]...)
	}
	slices.SortFunc(ids, func(a, b string) int { return d.seq[a] - d.seq[b] })
	return slices.Compact(ids)
}

// add returns what to store for an agreement an article reports: merged with the
// stored agreement of the same deal, if any, keeping that one's id; else as it is.
func (d *deals) add(ag agreement.Agreement) agreement.Agreement {
	if old, ok := d.byID[ag.ID]; ok {
		if m := d.merge([]agreement.Agreement{old, ag}); len(m) == 1 {
			ag = m[0]
		}
		// Two deals that Merge tells apart under one id: the newer report wins.
		ag.ID = old.ID
		d.put(ag)
		return ag
	}
	for _, id := range d.candidates(ag) {
		old := d.byID[id]
		if m := d.merge([]agreement.Agreement{old, ag}); len(m) == 1 {
			merged := m[0]
			merged.ID = old.ID
			d.put(merged)
			return merged
		}
	}
	ag.Articles = slices.Clone(ag.Articles)
	d.put(ag)
	return ag
}
