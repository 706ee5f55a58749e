package ingest

import (
	"context"
	"fmt"
	"slices"

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
	order []string // ids in the order they were first seen
}

// loadDeals reads the stored agreements.
func loadDeals(ctx context.Context, st store.Store, merge func([]agreement.Agreement) []agreement.Agreement) (*deals, error) {
	ags, err := st.Agreements(ctx)
	if err != nil {
		return nil, fmt.Errorf("ingest: stored agreements: %w", err)
	}
	d := &deals{merge: merge, byID: make(map[string]agreement.Agreement, len(ags))}
	for _, ag := range ags {
		d.put(ag)
	}
	return d, nil
}

func (d *deals) put(ag agreement.Agreement) {
	if _, ok := d.byID[ag.ID]; !ok {
		d.order = append(d.order, ag.ID)
	}
	d.byID[ag.ID] = ag
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
	for _, id := range d.order {
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
