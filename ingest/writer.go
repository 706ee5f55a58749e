package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// touched is what a run saw, for choosing the agreements to re-assess: the ids of
// its articles (stored now or before), the actor codes of their events, the
// agreements stored with them, and the latest publication date.
type touched struct {
	articles   map[string]bool
	codes      map[string]bool
	agreements map[string]bool
	asOf       time.Time
}

func (t *touched) see(a store.Article) {
	t.articles[a.ID] = true
	if a.Date.After(t.asOf) {
		t.asOf = a.Date
	}
}

// writer is the pipeline's last stage: it takes jobs in input order, reports the
// bad ones and stores the others, up to Options.Batch per transaction. With
// Options.Writers above 1, transactions of text articles are committed by that many
// goroutines at once (for a server database; SQLite has one writer at a time), while
// data-set items, which are merged with what is stored, are committed in order.
type writer struct {
	p *Pipeline
	// needRoots: agreements are stored, so the actor codes of articles found
	// already stored matter for choosing what to re-assess.
	needRoots bool
	pending   []*job
	deals     *deals // the stored agreements, for merging reports of one deal

	mu   sync.Mutex // guards sum, info and the Bad and Progress callbacks
	sum  Summary
	info touched

	commits chan []*job // to the committers, nil with one writer
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func newWriter(p *Pipeline, hasAgreements bool) *writer {
	return &writer{p: p, needRoots: hasAgreements, info: touched{
		articles: map[string]bool{}, codes: map[string]bool{}, agreements: map[string]bool{}}}
}

// run consumes ordered until it is closed; it returns the first store error.
func (w *writer) run(ctx context.Context, ordered <-chan *job) error {
	if n := w.p.opt.Writers; n > 1 {
		ctx, w.cancel = context.WithCancelCause(ctx)
		defer w.cancel(nil)
		w.commits = make(chan []*job)
		for range n {
			w.wg.Go(func() {
				for group := range w.commits {
					if err := w.commit(ctx, group); err != nil {
						w.fail(err)
					}
				}
			})
		}
	}
	err := w.consume(ctx, ordered)
	if w.commits != nil {
		close(w.commits)
		w.wg.Wait()
	}
	if err == nil {
		err = w.err
	}
	return err
}

func (w *writer) fail(err error) {
	w.errOnce.Do(func() {
		w.err = err
		w.cancel(err)
	})
}

func (w *writer) consume(ctx context.Context, ordered <-chan *job) error {
	for {
		var j *job
		var ok bool
		if len(w.pending) == 0 {
			j, ok = <-ordered
		} else {
			// Store what is pending rather than wait for the next job.
			select {
			case j, ok = <-ordered:
			default:
				if err := w.flush(ctx); err != nil {
					return err
				}
				continue
			}
		}
		if !ok {
			return w.flush(ctx)
		}
		<-j.done
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		// A transaction holds text articles or data-set items, not both.
		if len(w.pending) > 0 && w.pending[0].item.Dataset != j.item.Dataset {
			if err := w.flush(ctx); err != nil {
				return err
			}
		}
		w.take(j)
		if len(w.pending) >= w.p.opt.Batch {
			if err := w.flush(ctx); err != nil {
				return err
			}
		}
	}
}

// take reports a bad or already stored job, or queues it to be stored.
func (w *writer) take(j *job) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, s := range j.item.Warnings {
		if w.p.opt.Warn != nil {
			w.p.opt.Warn(s)
		}
	}
	switch {
	case j.err != nil:
		w.bad(j.err)
	case !j.ready && !j.already:
		// Left unprepared when the run was stopped.
	case j.already:
		w.p.log.Debug("already stored", "article", j.item.Article.Name, "id", j.item.Article.ID)
		w.sum.Already++
		w.info.see(store.Article{Article: j.item.Article})
		for _, c := range j.roots {
			w.info.codes[c] = true
		}
	default:
		for i, ag := range j.batch.Agreements {
			j.batch.Agreements[i] = w.deals.add(ag)
		}
		w.pending = append(w.pending, j)
	}
}

// bad counts and reports a bad item; called with mu held.
func (w *writer) bad(err error) {
	w.sum.Bad++
	if w.p.opt.Bad != nil {
		w.p.opt.Bad(err)
	}
}

// flush hands the pending jobs to a committer, or commits them itself.
func (w *writer) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	group := w.pending
	w.pending = nil
	// Data-set items are merged with what is stored, and an agreement's later
	// versions must not be overtaken by earlier ones: such groups are committed in
	// order.
	if w.commits == nil || group[0].item.Dataset || slices.ContainsFunc(group, func(j *job) bool { return len(j.batch.Agreements) > 0 }) {
		return w.commit(ctx, group)
	}
	select {
	case w.commits <- group:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// commit stores jobs in one transaction. When it fails for a reason other than the
// context or the store going away, each job is stored on its own so that one bad
// article does not keep the others out.
func (w *writer) commit(ctx context.Context, jobs []*job) error {
	batches, added, repeated, err := w.batches(ctx, jobs)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.sum.Already += repeated
	w.mu.Unlock()
	res, err := w.p.store.PutArticles(ctx, latestAgreements(batches))
	if err == nil {
		w.mu.Lock()
		for i, r := range res {
			w.stored(batches[i], r, added[i])
		}
		w.progress()
		w.mu.Unlock()
		return nil
	}
	if ctx.Err() != nil {
		// Stopped while committing: the store's error ("transaction has already
		// been rolled back") is the stop's.
		return context.Cause(ctx)
	}
	if !(errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrInvalid)) {
		return fmt.Errorf("ingest: store articles: %w", err)
	}
	for i, b := range batches {
		r, err := w.p.store.PutArticle(ctx, b)
		w.mu.Lock()
		switch {
		case err == nil:
			w.stored(b, r, added[i])
		case ctx.Err() == nil && (errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrInvalid)):
			w.bad(fmt.Errorf("%s: not stored: %w", b.Article.Name, err))
		default:
			w.mu.Unlock()
			return fmt.Errorf("ingest: store article %s: %w", b.Article.ID, err)
		}
		w.mu.Unlock()
	}
	w.mu.Lock()
	w.progress()
	w.mu.Unlock()
	return nil
}

// latestAgreements returns bs, each agreement kept only in the last batch that
// holds it: reports of one deal in one transaction each carry the deal merged so
// far, and only the last version need be written.
func latestAgreements(bs []store.Batch) []store.Batch {
	last := map[string]int{}
	for i, b := range bs {
		for _, ag := range b.Agreements {
			last[ag.ID] = i
		}
	}
	out := slices.Clone(bs)
	for i := range out {
		out[i].Agreements = slices.DeleteFunc(slices.Clone(out[i].Agreements), func(ag agreement.Agreement) bool {
			return last[ag.ID] != i
		})
	}
	return out
}

// batches returns the pending jobs' batches, with the number of events each adds.
// Data-set items of one article are merged with each other and with the events
// already stored for it, since a put replaces an article's events; repeated counts
// the items merged into an earlier one of the same article without adding to it.
func (w *writer) batches(ctx context.Context, jobs []*job) (bs []store.Batch, added []int, repeated int, err error) {
	at := make(map[string]int) // data-set article id → index in bs
	for _, j := range jobs {
		b := j.batch
		if !j.item.Dataset {
			bs, added = append(bs, b), append(added, len(b.Events))
			continue
		}
		// Merged events are encoded by the store.
		b.Encoded = nil
		if i, ok := at[b.Article.ID]; ok {
			n := len(bs[i].Events)
			bs[i].Events = mergeEvents(bs[i].Events, b.Events)
			added[i] += len(bs[i].Events) - n
			if len(bs[i].Events) == n {
				repeated++
			}
			continue
		}
		var stored []event.Event
		err := w.p.store.EachEvent(ctx, store.EventFilter{ArticleID: b.Article.ID, Duplicates: true}, func(e event.Event) error {
			stored = append(stored, e)
			return nil
		})
		if err != nil {
			return nil, nil, 0, fmt.Errorf("ingest: events of article %s: %w", b.Article.ID, err)
		}
		merged := mergeEvents(stored, b.Events)
		b.Events = merged
		at[b.Article.ID] = len(bs)
		bs, added = append(bs, b), append(added, len(merged)-len(stored))
	}
	return bs, added, repeated, nil
}

// mergeEvents returns old with the events of add, an event of add replacing the
// one of old with its id.
func mergeEvents(old, add []event.Event) []event.Event {
	idx := make(map[string]int, len(old))
	for i, e := range old {
		idx[e.ID] = i
	}
	for _, e := range add {
		if i, ok := idx[e.ID]; ok {
			old[i] = e
			continue
		}
		idx[e.ID] = len(old)
		old = append(old, e)
	}
	return old
}

// stored counts one stored batch; called with mu held.
func (w *writer) stored(b store.Batch, r store.PutResult, added int) {
	if r.Created {
		w.sum.Stored++
		if r.DuplicateOf != "" {
			w.sum.Duplicates++
		}
	} else {
		if len(b.Article.Text) > 0 {
			// Stored meanwhile by another process: its events were replaced by the same.
			added = 0
		}
		if added == 0 {
			// A data-set article gains nothing it did not have.
			w.sum.Already++
		}
	}
	if r.DuplicateOf == "" {
		// A copy's events are stored, flagged, and not counted: as the store's
		// event queries leave them out, so does the summary.
		w.sum.Events += added
	}
	w.info.see(b.Article)
	for _, e := range b.Events {
		for _, c := range appendCodes(nil, e) {
			w.info.codes[c] = true
		}
	}
	for _, ag := range b.Agreements {
		w.info.agreements[ag.ID] = true
	}
}

func (w *writer) progress() {
	if w.p.opt.Progress != nil {
		w.p.opt.Progress(w.sum)
	}
}

// appendCodes appends the actor codes of e's sources and targets to codes.
func appendCodes(codes []string, e event.Event) []string {
	for _, as := range [][]event.Actor{e.Source, e.Target} {
		for _, a := range as {
			if a.Code != "" {
				codes = append(codes, a.Code)
			}
		}
	}
	return codes
}
