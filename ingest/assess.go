package ingest

import (
	"context"
	"fmt"
	"maps"
	"slices"
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
// The agreements are read in groups (groupEvents), so that the claims of an
// article several of them read are decoded once for the group, and read from the
// store once for the pass: they are kept, packed, for the later groups
// (claimCarry); of each record only what Assess can use is held
// (agreement.Filter).
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
	// The agreements of the same sides are read one after another, so that the
	// events of their actors are read once for them all (eventLists); the order
	// they are stored in tells nothing.
	slices.SortStableFunc(todo, func(a, b agreement.Agreement) int {
		return slices.Compare(sortedCodes(a), sortedCodes(b))
	})
	var filters []store.EventFilter
	for _, ag := range todo {
		f := eventFilter(ag, t.asOf)
		for _, code := range actorCodes(ag) {
			f.Actor = code
			filters = append(filters, f)
		}
	}
	cache := &readCache{lists: newEventLists(filters), claims: map[store.ClaimFilter][]agreement.Claim{}, dates: map[string]time.Time{}}
	n := 0
	carried := &claimCarry{packs: map[string]string{}}
	for len(todo) > 0 {
		// A group grows, as many agreements at a time as code articles, until
		// its events reach groupEvents.
		var deals []*dealRecord
		held := 0
		for len(todo) > 0 && held < groupEvents {
			wave := todo[:min(p.opt.Workers, len(todo))]
			todo = todo[len(wave):]
			ds := make([]*dealRecord, len(wave))
			err := p.eachDeal(ctx, len(wave), func(i int) error {
				d, err := p.readEvents(ctx, cache, wave[i], t.asOf)
				ds[i] = d
				return err
			})
			if err != nil {
				return n, err
			}
			for _, d := range ds {
				held += len(d.events)
			}
			deals = append(deals, ds...)
		}
		err := p.readClaims(ctx, cache, deals, carried, len(todo) > 0)
		if err == nil {
			err = p.eachDeal(ctx, len(deals), func(i int) error { return p.assessDeal(ctx, cache, deals[i]) })
		}
		if err != nil {
			return n, err
		}
		for _, d := range deals {
			if len(d.assessed) == 0 {
				continue
			}
			if err := p.store.PutAgreements(ctx, d.assessed); err != nil {
				return n, fmt.Errorf("ingest: store assessed agreement %s: %w", d.ag.ID, err)
			}
			n += len(d.assessed)
			p.log.Info("agreement assessed", "agreement", d.ag.ID, "as_of", d.asOf.Format(time.DateOnly),
				"events", d.read, "claims", d.claims)
		}
	}
	return n, nil
}

// groupEvents bounds the events of the agreements read together (about a
// kilobyte each, held until they are assessed): the claims of their articles are
// read once for them all. A variable only so that tests can make groups small.
var groupEvents = 200_000

// claimChunk is how many articles' claims are read in one query.
const claimChunk = 256

// eachDeal calls fn with 0 to n-1 on as many goroutines as code articles, and
// returns the first error.
func (p *Pipeline) eachDeal(ctx context.Context, n int, fn func(int) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(p.opt.Workers, n) {
		wg.Go(func() {
			for i := range next {
				if err := fn(i); err != nil {
					cancel(err)
				}
			}
		})
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return context.Cause(ctx)
}

// dealRecord is an agreement's record as it is read (see assess), holding of its
// events and claims those Assess may use (see readEvents and keep).
type dealRecord struct {
	ag     agreement.Agreement
	asOf   time.Time
	events []event.Event // those held (see readEvents)
	read   int           // events read
	latest time.Time     // of the events read
	// articles are those whose claims are read, sorted; in tells them.
	articles  []string
	in        map[string]bool
	published map[string]time.Time
	spoken    [][]agreement.Claim // the claims of its parties, by party
	filter    *agreement.Filter   // nil: all is kept
	kept      []agreement.Claim
	claims    int // claims read, for the log
	assessed  []agreement.Agreement
}

// keep passes claim c, read for d, through d's filter; m, when not nil, is
// shared by the deals given c.
func (d *dealRecord) keep(c agreement.Claim, m *agreement.ClaimMemo) {
	d.claims++
	if d.filter == nil {
		d.kept = append(d.kept, c)
	} else if c, ok := d.filter.ClaimWith(c, m); ok {
		d.kept = append(d.kept, c)
	}
}

// readEvents reads ag's events as of asOf, tells the articles whose claims its
// record holds, takes its parties' claims and dates the articles of all these. Of
// the events it holds, when Assess is agreement.Assess, only those of the claims'
// articles (a claim is given the events of its sentence) and those that speak of
// the deal on their own (agreement.Filter).
func (p *Pipeline) readEvents(ctx context.Context, cache *readCache, ag agreement.Agreement, asOf time.Time) (*dealRecord, error) {
	d := &dealRecord{ag: ag, asOf: asOf, published: map[string]time.Time{}}
	f := eventFilter(ag, asOf)
	// all are the events read, in the lists the cache shares (which no reader
	// changes): of them, only those held are copied.
	var all []*event.Event
	var seen map[string]bool
	full := false
	codes := actorCodes(ag)
	defer func() {
		// The reads given up, when the bound is hit or on an error.
		for _, code := range codes {
			f.Actor = code
			cache.lists.release(f)
		}
	}()
	for len(codes) > 0 {
		f.Actor, codes = codes[0], codes[1:]
		evs, err := cache.lists.events(ctx, p.store, f)
		if err != nil {
			return d, fmt.Errorf("ingest: events for agreement %s: %w", ag.ID, err)
		}
		if seen == nil {
			seen = make(map[string]bool, len(evs))
		}
		// Grown once a code, not as the events come.
		all = slices.Grow(all, min(len(evs), MaxAssessEvents-len(all)))
		for i := range evs {
			e := &evs[i]
			if seen[e.ID] {
				continue
			}
			if len(all) >= MaxAssessEvents {
				full = true
				break
			}
			seen[e.ID] = true
			all = append(all, e)
			if t, err := time.Parse(time.DateOnly, e.Date.Value); err == nil && t.After(d.latest) {
				d.latest = t
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
	last := "" // the article last found pertinent: its other events need no look
	for _, e := range all {
		if e.ArticleID != last && agreement.Pertinent(ag, *e) {
			articles = append(articles, e.ArticleID)
			last = e.ArticleID
		}
	}
	slices.Sort(articles)
	d.articles = slices.Compact(articles)
	d.in = make(map[string]bool, len(d.articles))
	for _, id := range d.articles {
		d.in[id] = true
	}
	// Publication dates of the articles claims and events come from, so that
	// Assess uses nothing published after the as-of date; those of the claims of
	// other articles are read with them.
	for _, id := range d.articles {
		if err := d.date(ctx, p.store, cache, id); err != nil {
			return d, err
		}
	}
	for i, e := range all {
		if i > 0 && e.ArticleID == all[i-1].ArticleID {
			continue // an article's events come together
		}
		if err := d.date(ctx, p.store, cache, e.ArticleID); err != nil {
			return d, err
		}
	}
	// The claims of its parties, in other articles than d's (see assessDeal).
	claimed := maps.Clone(d.in)
	for _, code := range ag.Parties {
		cs, err := cache.claimsOf(ctx, p.store, store.ClaimFilter{Speaker: code})
		if err != nil {
			return d, fmt.Errorf("ingest: claims for agreement %s: %w", ag.ID, err)
		}
		d.spoken = append(d.spoken, cs)
		for _, c := range cs {
			if !claimed[c.ArticleID] {
				claimed[c.ArticleID] = true
				if err := d.date(ctx, p.store, cache, c.ArticleID); err != nil {
					return d, err
				}
			}
		}
	}
	d.read = len(all)
	if p.rules == nil {
		d.events = copyEvents(all, nil)
		return d, nil
	}
	// Of the events, only those of the claims' articles and those that speak of
	// the deal on their own are held; the Filter is given them before any claim
	// is asked of (Filter.Narrow), and asks of no event the record's others.
	d.filter = p.rules.NewFilter([]agreement.Agreement{ag}, nil, d.published)
	// Counted first, so that the events are copied once.
	keep := make([]bool, len(all))
	for i, e := range all {
		keep[i] = claimed[e.ArticleID] || d.filter.Event(*e)
	}
	d.events = copyEvents(all, keep)
	d.filter.Narrow(d.events)
	return d, nil
}

// copyEvents returns a copy of the events of evs that keep tells (all, when keep
// is nil), in their order; nil when there are none.
func copyEvents(evs []*event.Event, keep []bool) []event.Event {
	n := 0
	for i := range evs {
		if keep == nil || keep[i] {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]event.Event, 0, n)
	for i, e := range evs {
		if keep == nil || keep[i] {
			out = append(out, *e)
		}
	}
	return out
}

// eventFilter is the filter of ag's events as of asOf, without an actor: from its
// signing when that is a date before asOf.
func eventFilter(ag agreement.Agreement, asOf time.Time) store.EventFilter {
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
	return f
}

// date puts the publication date of article id in d.published.
func (d *dealRecord) date(ctx context.Context, st store.Store, cache *readCache, id string) error {
	if _, ok := d.published[id]; ok || id == "" {
		return nil
	}
	t, err := cache.published(ctx, st, id)
	if err != nil {
		return fmt.Errorf("ingest: article %s of the record: %w", id, err)
	}
	d.published[id] = t
	return nil
}

// claimCarry holds, packed (store.PackedClaims), the claims of the articles an
// assessment pass has read, by article ("" for none), so that each article's are
// read from the store once for the pass: groups follow the order of the deals'
// sides, and a deal between much-reported sides reads most articles, so on a
// large store every group would read again most of what the ones before read.
// It holds at most maxCarried bytes; past them, articles are read again.
type claimCarry struct {
	packs map[string]string
	bytes int
}

// maxCarried bounds the bytes of a claimCarry: about 3.3 kB an article of the
// bench corpus's ten sentences, so the claims of some 120,000 articles. A
// variable only so that tests can make it small.
var maxCarried = 384 << 20

// readClaims reads the claims of the articles the deals read, each article's
// once, claimChunk articles at a time, and gives each deal those of its articles.
// The next chunk is read while the deals take the last. The claims of the
// articles in carry, which a group before read, are taken from it instead of read
// again, and, when a group follows (later), carry gains those of the articles
// read while it has room.
func (p *Pipeline) readClaims(ctx context.Context, cache *readCache, deals []*dealRecord, carry *claimCarry, later bool) error {
	var all []string
	for _, d := range deals {
		all = append(all, d.articles...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	type chunk struct {
		ids       []string
		byArticle map[string][]agreement.Claim
		unread    []string // the ids read from the store
		// memos are shared by the deals given a claim, by article as byArticle.
		memos map[string][]agreement.ClaimMemo
		err   error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan chunk, 1)
	go func() {
		defer close(chunks)
		for rest := all; len(rest) > 0; {
			ids := rest[:min(claimChunk, len(rest))]
			rest = rest[len(ids):]
			var unread []string
			for _, id := range ids {
				if _, ok := carry.packs[id]; !ok {
					unread = append(unread, id)
				}
			}
			byArticle, err := p.articleClaims(ctx, cache, unread)
			for _, id := range ids {
				if pack, ok := carry.packs[id]; ok && err == nil && pack != "" {
					byArticle[id], err = store.DecodeClaims(pack)
				}
			}
			memos := make(map[string][]agreement.ClaimMemo, len(byArticle))
			for id, cs := range byArticle {
				memos[id] = make([]agreement.ClaimMemo, len(cs))
			}
			select {
			case chunks <- chunk{ids, byArticle, unread, memos, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	type span struct{ start, end int }
	// read are the packs of the articles read, put in carry once the chunks
	// are all read: the reading goroutine looks carry up meanwhile.
	read := map[string]string{}
	for c := range chunks {
		if c.err != nil {
			return c.err
		}
		err := p.eachDeal(ctx, len(deals), func(i int) error {
			d := deals[i]
			seen := map[span]bool{}
			for _, id := range c.ids {
				if !d.in[id] {
					continue
				}
				clear(seen)
				memos := c.memos[id]
				for j, cl := range c.byArticle[id] {
					if k := (span{cl.Start, cl.End}); !seen[k] {
						seen[k] = true
						d.keep(cl, &memos[j])
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, id := range c.unread {
			if !later || carry.bytes >= maxCarried {
				break
			}
			pack, ok := "", true
			if cs := c.byArticle[id]; len(cs) > 0 {
				pack, ok = store.PackedClaims(cs)
			}
			if ok {
				read[id] = pack
				carry.bytes += len(pack)
			}
		}
	}
	maps.Copy(carry.packs, read)
	return ctx.Err()
}

// articleClaims returns the claims of the articles ids by article.
func (p *Pipeline) articleClaims(ctx context.Context, cache *readCache, ids []string) (map[string][]agreement.Claim, error) {
	out := make(map[string][]agreement.Claim, len(ids))
	ac, ok := p.store.(store.ArticleClaimer)
	if !ok {
		for _, id := range ids {
			cs, err := cache.claimsOf(ctx, p.store, store.ClaimFilter{ArticleID: id})
			if err != nil {
				return nil, fmt.Errorf("ingest: claims of article %s: %w", id, err)
			}
			out[id] = cs
		}
		return out, nil
	}
	cs, err := ac.ArticleClaims(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("ingest: claims of %d articles from %s: %w", len(ids), ids[0], err)
	}
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].ArticleID == cs[i].ArticleID {
			j++
		}
		out[cs[i].ArticleID] = cs[i:j:j]
		i = j
	}
	return out, nil
}

// assessDeal takes the claims of d's parties, in other articles than d's, and
// assesses d as of d.asOf, or as of the latest event it read when that is zero;
// it assesses nothing when no date is known.
func (p *Pipeline) assessDeal(ctx context.Context, cache *readCache, d *dealRecord) error {
	type span struct {
		article    string
		start, end int
	}
	seen := map[span]bool{}
	for _, cs := range d.spoken {
		for _, c := range cs {
			// A claim of one of d's articles is one of the claims read with it.
			if k := (span{c.ArticleID, c.Start, c.End}); !d.in[c.ArticleID] && !seen[k] {
				seen[k] = true
				d.keep(c, nil)
			}
		}
	}
	rec := agreement.Record{Claims: d.kept, Events: d.events, Published: d.published}
	if d.filter != nil {
		rec.Events = d.filter.Events()
	}
	// The record is let go once assessed, while the group's others are.
	d.events, d.spoken, d.kept, d.filter, d.in, d.published = nil, nil, nil, nil, nil, nil
	if d.asOf.IsZero() {
		d.asOf = d.latest
	}
	if d.asOf.IsZero() {
		p.log.Info("agreement not assessed: nothing is dated", "agreement", d.ag.ID)
		return nil
	}
	d.assessed = p.opt.Assess([]agreement.Agreement{d.ag}, rec, d.asOf)
	for i := range d.assessed {
		stampAsOf(&d.assessed[i], d.asOf)
	}
	return nil
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

// sortedCodes returns ag's actorCodes in order.
func sortedCodes(ag agreement.Agreement) []string {
	cs := actorCodes(ag)
	slices.Sort(cs)
	return cs
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

// readCache keeps what one assessment pass has read from the store: the agreements
// of one story share parties, so their records overlap.
type readCache struct {
	lists  *eventLists
	mu     sync.Mutex
	claims map[store.ClaimFilter][]agreement.Claim
	dates  map[string]time.Time // publication dates by article id
	held   int                  // claims held, at most maxCached
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
