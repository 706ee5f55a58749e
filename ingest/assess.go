package ingest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// MaxAssessEvents bounds the stored events read to assess one agreement; the most
// recent are not preferred, the first read in date order are kept, and the log says
// so when the bound is hit.
const MaxAssessEvents = 200_000

// assess re-assesses the stored agreements a run touched, as of the latest
// publication date the run saw, and stores them with their statuses, so that each
// provision's history gains an entry for that date. The stored agreements of one
// deal are merged first (agreement.Merge). An agreement is touched when it was
// stored with one of the run's articles, one of the run's articles reports it, or
// one of its parties or obligors is an actor of the run's events (a code sharing
// its country or group prefix). Its record is read from the store: the events whose
// actors start with one of those codes, dated from the signing to the as-of date,
// and the claims of its parties, of the articles that report it and of those that
// hold an event pertinent to it (agreement.Pertinent).
//
// Articles found already stored count as the run's too, so a rerun after a crash
// re-assesses what the interrupted run would have.
func (p *Pipeline) assess(ctx context.Context, t touched) (int, error) {
	stored, err := p.store.Agreements(ctx)
	if err != nil {
		return 0, fmt.Errorf("ingest: assess: %w", err)
	}
	var todo []agreement.Agreement
	for _, ag := range p.opt.Merge(stored) {
		if t.touches(ag) {
			todo = append(todo, ag)
		}
	}
	// The agreements are read and assessed by as many workers as code articles,
	// and stored in order, each as soon as it and those before it are done.
	type result struct {
		ags            []agreement.Agreement
		asOf           time.Time
		events, claims int // the record's size, for the log
		err            error
		done           chan struct{}
	}
	results := make([]result, len(todo))
	for i := range results {
		results[i].done = make(chan struct{})
	}
	cache := &readCache{events: map[store.EventFilter][]event.Event{}, claims: map[store.ClaimFilter][]agreement.Claim{}, dates: map[string]time.Time{}}
	next := make(chan int)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel, below
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range min(p.opt.Workers, len(todo)) {
		wg.Go(func() {
			for i := range next {
				r := &results[i]
				var rec agreement.Record
				r.ags, r.asOf, rec, r.err = p.assessOne(ctx, cache, todo[i], t.asOf)
				r.events, r.claims = len(rec.Events), len(rec.Claims)
				close(r.done)
			}
		})
	}
	go func() {
		defer close(next)
		for i := range todo {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	n := 0
	for i, ag := range todo {
		r := &results[i]
		select {
		case <-r.done:
		case <-ctx.Done():
			return n, ctx.Err()
		}
		if r.err != nil {
			return n, r.err
		}
		if len(r.ags) == 0 {
			continue
		}
		if err := p.store.PutAgreements(ctx, r.ags); err != nil {
			return n, fmt.Errorf("ingest: store assessed agreement %s: %w", ag.ID, err)
		}
		n += len(r.ags)
		p.log.Info("agreement assessed", "agreement", ag.ID, "as_of", r.asOf.Format(time.DateOnly),
			"events", r.events, "claims", r.claims)
		results[i] = result{} // let it go
	}
	return n, nil
}

// assessOne reads ag's record and assesses it as of asOf, or as of the latest
// event it read when asOf is zero; it returns nothing when no date is known.
func (p *Pipeline) assessOne(ctx context.Context, cache *readCache, ag agreement.Agreement, asOf time.Time) ([]agreement.Agreement, time.Time, agreement.Record, error) {
	rec, latest, err := p.record(ctx, cache, ag, asOf)
	if err != nil {
		return nil, asOf, rec, err
	}
	if asOf.IsZero() {
		asOf = latest
	}
	if asOf.IsZero() {
		p.log.Info("agreement not assessed: nothing is dated", "agreement", ag.ID)
		return nil, asOf, rec, nil
	}
	assessed := p.opt.Assess([]agreement.Agreement{ag}, rec, asOf)
	for i := range assessed {
		stampAsOf(&assessed[i], asOf)
	}
	return assessed, asOf, rec, nil
}

// stampAsOf gives a status without an as-of date the date it was assessed at, so
// that the store keeps it in the history under that date.
func stampAsOf(ag *agreement.Agreement, asOf time.Time) {
	for i := range ag.Provisions {
		if st := ag.Provisions[i].Status; st != nil && st.AsOf == "" {
			c := *st
			c.AsOf = asOf.Format(time.DateOnly)
			ag.Provisions[i].Status = &c
		}
	}
}

// touches reports whether the run touched ag.
func (t touched) touches(ag agreement.Agreement) bool {
	if t.agreements[ag.ID] {
		return true
	}
	for _, id := range ag.Articles {
		if t.articles[id] {
			return true
		}
	}
	for _, p := range ag.Provisions {
		if t.articles[p.Evidence.ArticleID] {
			return true
		}
	}
	for _, c := range actorCodes(ag) {
		for seen := range t.codes {
			if related(c, seen) {
				return true
			}
		}
	}
	return false
}

// related reports whether two actor codes name the same actor or one contains the
// other ("AFG" and "AFGREB"; "USA" and "USAMIL").
func related(a, b string) bool {
	n := min(len(a), len(b))
	return n >= 3 && a[:n] == b[:n]
}

// actorCodes returns the codes of ag's parties and of its provisions' obligors,
// shortest first, without a code that another one listed is a prefix of.
func actorCodes(ag agreement.Agreement) []string {
	var all []string
	all = append(all, ag.Parties...)
	for _, p := range ag.Provisions {
		all = append(all, p.Obligor...)
	}
	slices.SortFunc(all, func(a, b string) int { return len(a) - len(b) })
	var out []string
	for _, c := range all {
		if len(c) < 3 {
			continue
		}
		covered := false
		for _, o := range out {
			if len(o) <= len(c) && c[:len(o)] == o {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, c)
		}
	}
	return out
}

// record reads from the store what assessing ag as of asOf needs (see assess), and
// the latest event date it read.
func (p *Pipeline) record(ctx context.Context, cache *readCache, ag agreement.Agreement, asOf time.Time) (agreement.Record, time.Time, error) {
	rec := agreement.Record{Published: map[string]time.Time{}}
	f := store.EventFilter{}
	if _, err := time.Parse(time.DateOnly, ag.Signed); err == nil {
		f.From = ag.Signed
	}
	if !asOf.IsZero() {
		f.To = asOf.Format(time.DateOnly)
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		f.From = ""
	}
	var (
		seen   map[string]bool
		latest time.Time
	)
	full := false
	for _, code := range actorCodes(ag) {
		f.Actor = code
		evs, err := cache.eventsOf(ctx, p.store, f)
		if err != nil {
			return rec, latest, fmt.Errorf("ingest: events for agreement %s: %w", ag.ID, err)
		}
		if seen == nil {
			seen = make(map[string]bool, len(evs))
		}
		// Grown once a code, not as the events come.
		rec.Events = slices.Grow(rec.Events, min(len(evs), MaxAssessEvents-len(rec.Events)))
		for _, e := range evs {
			if seen[e.ID] {
				continue
			}
			if len(rec.Events) >= MaxAssessEvents {
				full = true
				break
			}
			seen[e.ID] = true
			rec.Events = append(rec.Events, e)
			if d, err := time.Parse(time.DateOnly, e.Date.Value); err == nil && d.After(latest) {
				latest = d
			}
		}
		if full {
			p.log.Warn("agreement assessed on part of its events", "agreement", ag.ID, "events", MaxAssessEvents)
			break
		}
	}
	// The claims of the articles that report the deal, and of those that hold an
	// event pertinent to it (agreement.Pertinent): a story's own sentences ("the
	// last troops left on Friday") are read as the article's claims. The events of
	// other articles are read on their own, so that the record of a deal between
	// two much-reported sides is not most of the store.
	articles := slices.Clone(ag.Articles)
	for _, pr := range ag.Provisions {
		for _, ev := range append([]agreement.Evidence{pr.Evidence}, pr.Sources...) {
			if ev.ArticleID != "" {
				articles = append(articles, ev.ArticleID)
			}
		}
	}
	for _, e := range rec.Events {
		if agreement.Pertinent(ag, e) {
			articles = append(articles, e.ArticleID)
		}
	}
	slices.Sort(articles)
	articles = slices.Compact(articles)
	type span struct {
		article    string
		start, end int
	}
	// The claims are read first and gathered after, so that the record is
	// allocated once at its size.
	var lists [][]agreement.Claim
	total := 0
	addClaims := func(cf store.ClaimFilter) error {
		cs, err := cache.claimsOf(ctx, p.store, cf)
		if err != nil {
			return fmt.Errorf("ingest: claims for agreement %s: %w", ag.ID, err)
		}
		lists = append(lists, cs)
		total += len(cs)
		return nil
	}
	for _, id := range articles {
		if err := addClaims(store.ClaimFilter{ArticleID: id}); err != nil {
			return rec, latest, err
		}
	}
	for _, code := range ag.Parties {
		if err := addClaims(store.ClaimFilter{Speaker: code}); err != nil {
			return rec, latest, err
		}
	}
	if total > 0 {
		rec.Claims = make([]agreement.Claim, 0, total)
	}
	claimSeen := make(map[span]bool, total)
	for _, cs := range lists {
		for _, c := range cs {
			k := span{c.ArticleID, c.Start, c.End}
			if !claimSeen[k] {
				claimSeen[k] = true
				rec.Claims = append(rec.Claims, c)
			}
		}
	}
	// Publication dates of the articles claims and events come from, so that
	// Assess uses nothing published after the as-of date.
	for _, c := range rec.Claims {
		articles = append(articles, c.ArticleID)
	}
	for _, e := range rec.Events {
		articles = append(articles, e.ArticleID)
	}
	for _, id := range articles {
		if _, ok := rec.Published[id]; ok || id == "" {
			continue
		}
		d, err := cache.published(ctx, p.store, id)
		if err != nil {
			return rec, latest, fmt.Errorf("ingest: article %s of the record: %w", id, err)
		}
		rec.Published[id] = d
	}
	return rec, latest, nil
}

// readCache keeps what one assessment pass has read from the store: the agreements
// of one story share parties and articles, so their records overlap.
type readCache struct {
	mu     sync.Mutex
	events map[store.EventFilter][]event.Event
	claims map[store.ClaimFilter][]agreement.Claim
	dates  map[string]time.Time // publication dates by article id
	held   int                  // events and claims held, at most maxCached
}

// maxCached bounds the records a readCache holds, and the keys of each of its
// maps, so memory stays flat on a large store: past it, reads go to the store
// every time. The dates, which take little room, count only as keys, so that a
// cache full of records still answers for them.
const maxCached = 200_000

// cached returns m[k], read with load on first use and kept while the cache
// holds at most maxCached records (size tells how many v is) and m at most
// maxCached keys.
func cached[K comparable, V any](c *readCache, m map[K]V, k K, size func(V) int, load func() (V, error)) (V, error) {
	c.mu.Lock()
	v, ok := m[k]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := load()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if n := size(v); c.held+n <= maxCached && len(m) < maxCached {
		m[k] = v
		c.held += n
	}
	c.mu.Unlock()
	return v, nil
}

// eventsOf returns the events store.EachEvent gives for f, served from the cache
// after the first read. The caller must not change them.
func (c *readCache) eventsOf(ctx context.Context, st store.Store, f store.EventFilter) ([]event.Event, error) {
	if evs, ok := c.eventsSince(f); ok {
		return evs, nil
	}
	return cached(c, c.events, f, func(evs []event.Event) int { return len(evs) }, func() ([]event.Event, error) {
		var evs []event.Event
		err := st.EachEvent(ctx, f, func(e event.Event) error {
			evs = append(evs, e)
			return nil
		})
		return evs, err
	})
}

// eventsSince serves f from the events kept for the same filter from an earlier
// date: events come in order of Date.Value, so those of f are the ones from the
// first dated f.From on (store.EventFilter).
func (c *readCache) eventsSince(f store.EventFilter) ([]event.Event, bool) {
	if f.From == "" {
		return nil, false
	}
	want := f
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, evs := range c.events {
		if k.From > f.From {
			continue
		}
		want.From = k.From
		if k == want {
			i := sort.Search(len(evs), func(i int) bool { return evs[i].Date.Value >= f.From })
			return evs[i:], true
		}
	}
	return nil, false
}

// published is the publication date of the stored article id, read once.
func (c *readCache) published(ctx context.Context, st store.Store, id string) (time.Time, error) {
	return cached(c, c.dates, id, func(time.Time) int { return 0 }, func() (time.Time, error) {
		if d, ok := st.(store.ArticleDater); ok {
			return d.ArticleDate(ctx, id)
		}
		a, err := st.Article(ctx, id)
		return a.Date, err
	})
}

// claimsOf is store.Claims, served from the cache after the first read.
func (c *readCache) claimsOf(ctx context.Context, st store.Store, f store.ClaimFilter) ([]agreement.Claim, error) {
	return cached(c, c.claims, f, func(cs []agreement.Claim) int { return len(cs) }, func() ([]agreement.Claim, error) {
		return st.Claims(ctx, f)
	})
}
