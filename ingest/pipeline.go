package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store"
)

// Coder codes an article; *coder.Coder is one. It must be safe for concurrent use.
type Coder interface {
	Code(article.Article) coder.Result
}

// DefaultBatch is how many articles the writer stores per transaction at most.
// A commit writes every page the transaction changed, and the random keys of the
// store's indexes (actor keys, CAMEO codes, countries by date) have a few hundred
// articles change most of their pages: at 256 articles per transaction, rewriting
// index pages took four fifths of what SQLite wrote, a fifth of the writer's CPU.
// The indexes grow with the store and a transaction changes most of their pages
// however many articles it holds, so the larger store pays more per transaction:
// past 80,000 articles, 8,192 articles a transaction took the writer 0.69 ms of CPU
// per article, commits and checkpoints included, against 1.31 at 1,024 (README,
// stop 19); a writer that keeps up commits smaller ones, whatever is ready.
const DefaultBatch = 8192

// Options tune a Pipeline.
type Options struct {
	// Workers code articles in parallel; 0 means runtime.GOMAXPROCS(0).
	Workers int
	// Batch is the most articles stored in one transaction; 0 means DefaultBatch,
	// 1 one transaction per article.
	Batch int
	// Writers commit transactions of text articles in parallel; 0 or 1 means one
	// writer, which keeps the store's order of articles the input order, so that
	// of two wire copies the first read is the original. More helps a server
	// database (PostgreSQL), not SQLite, which has one writer at a time; copies
	// committed at the same moment by two writers may then both stay unlinked.
	Writers int
	// Date is the publication date given to articles that have none (--date).
	Date time.Time
	// Log receives progress and what the pipeline decided; nil discards it.
	Log *slog.Logger
	// Bad is called with each bad item's error (it names the item and gives the
	// reason), one call at a time, in input order except for articles the store
	// refuses with several Writers; nil discards them.
	Bad func(error)
	// Warn is called with each repair made while reading an item.
	Warn func(string)
	// Progress, when set, is called after every transaction with the counts so far.
	Progress func(Summary)
	// Extract, Claims, Merge and Assess are the agreement stages; nil means
	// agreement.Extract, agreement.Claims, agreement.Merge and agreement.Assess.
	Extract func(agreement.Source) []agreement.Agreement
	Claims  func(agreement.Source) []agreement.Claim
	Merge   func([]agreement.Agreement) []agreement.Agreement
	Assess  func([]agreement.Agreement, agreement.Record, time.Time) []agreement.Agreement
}

// Summary counts what a run did.
type Summary struct {
	Stored     int // articles stored by this run (duplicates included)
	Already    int // articles found already stored, or repeated in the input
	Duplicates int // stored articles linked as near-duplicates of another
	Events     int // events stored by this run, those of near-duplicates left out
	Bad        int // bad items reported and skipped
	Assessed   int // agreements re-assessed after the batch
}

// String is the closing line of an ingest run.
func (s Summary) String() string {
	return fmt.Sprintf("%d articles stored, %d already stored, %d duplicates linked, %d events, %d bad items",
		s.Stored, s.Already, s.Duplicates, s.Events, s.Bad)
}

// Pipeline ingests items into a store.
type Pipeline struct {
	store store.Store
	code  Coder
	opt   Options
	log   *slog.Logger
	// rules, when Options.Assess is agreement.Assess, filter the records read
	// for it (agreement.Filter).
	rules *agreement.Rules
}

// New returns a pipeline that codes with c and stores into st.
func New(st store.Store, c Coder, opt Options) *Pipeline {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.Extract == nil {
		opt.Extract = agreement.Extract
	}
	if opt.Claims == nil {
		opt.Claims = agreement.Claims
	}
	if opt.Merge == nil {
		opt.Merge = agreement.Merge
	}
	var rules *agreement.Rules // those of agreement.Assess, to read only what it uses
	if opt.Assess == nil {
		opt.Assess, rules = agreement.Assess, agreement.DefaultRules()
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{store: st, code: c, opt: opt, log: log, rules: rules}
}

// ReadFunc produces the items of a run, calling emit with each; source.Reader's
// Read bound to its inputs is one. It must return emit's first error.
type ReadFunc func(ctx context.Context, emit func(source.Item) error) error

// job is one item on its way through the pipeline. The worker fills it and closes
// done; the writer takes jobs in input order.
type job struct {
	item  source.Item
	batch store.Batch
	// already: the article is stored (or repeated in the input); it is not coded.
	already bool
	roots   []string // actor codes of an already stored article's events, when needed
	err     error    // a bad item, found reading or coding
	ready   bool     // batch is set
	done    chan struct{}
}

// Run ingests what read produces, then re-assesses the stored agreements the run
// touched. It returns the counts and the first error that stopped the run (ctx
// done, the store failing); bad items are counted, reported through Options.Bad and
// skipped, and are not errors.
func (p *Pipeline) Run(ctx context.Context, read ReadFunc) (Summary, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stats, err := p.store.Stats(ctx)
	if err != nil {
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	w := newWriter(p, stats.Agreements > 0)
	if w.deals, err = loadDeals(ctx, p.store, p.opt.Merge); err != nil {
		return Summary{}, err
	}

	window := max(4*p.opt.Workers, 2*p.opt.Batch)
	ordered := make(chan *job, window)
	work := make(chan *job, 2*p.opt.Workers)
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(work)
		readErr <- read(ctx, func(it source.Item) error {
			j := &job{item: it, err: it.Err, done: make(chan struct{})}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			if j.err != nil || j.already {
				close(j.done)
				return nil
			}
			select {
			case work <- j:
				return nil
			case <-ctx.Done():
				close(j.done)
				return context.Cause(ctx)
			}
		})
	}()
	workersDone := make(chan struct{})
	var seen sync.Map // ids of the run's text articles
	// fresh: the store held no article when the run began and the run has stored
	// only text articles, which seen holds; looking them up would find none.
	var fresh atomic.Bool
	fresh.Store(stats.Articles == 0)
	for range p.opt.Workers {
		go func() {
			defer func() { workersDone <- struct{}{} }()
			for j := range work {
				if err := p.prepare(ctx, j, &seen, &fresh, w.needRoots); err != nil {
					cancel(err)
				}
				close(j.done)
			}
		}()
	}
	werr := w.run(ctx, ordered)
	if werr != nil {
		cancel(werr)
		for range ordered {
		}
	}
	for range p.opt.Workers {
		<-workersDone
	}
	rerr := <-readErr
	switch {
	case werr != nil:
		err = werr
	case context.Cause(ctx) != nil && !errors.Is(context.Cause(ctx), context.Canceled):
		err = context.Cause(ctx)
	case rerr != nil:
		err = rerr
	default:
		err = ctx.Err()
	}
	if err != nil {
		return w.sum, err
	}
	n, err := p.assess(ctx, w.info)
	w.sum.Assessed = n
	return w.sum, err
}

// prepare makes a job's article (Item.Parse) and codes it unless it is already
// stored or was seen earlier in the run; a data-set item needs no coding. While
// fresh is set, an article not seen is not looked up in the store: another process
// storing it meanwhile is found by the put (PutResult.Created), as it is when it
// stores it between a look-up and the put. An error is returned only when the
// store cannot be read.
func (p *Pipeline) prepare(ctx context.Context, j *job, seen *sync.Map, fresh *atomic.Bool, needRoots bool) error {
	if j.item.Dataset {
		fresh.Store(false)
		j.batch = store.Batch{Article: store.Article{Article: j.item.Article}, Events: j.item.Events}
		j.ready = true
		return nil
	}
	if j.item.Parse != nil {
		a, err := j.item.Parse()
		if err != nil {
			j.err = err
			return nil
		}
		j.item.Article = a
	}
	if j.item.Article.Date.IsZero() {
		j.item.Article.Date = p.opt.Date
	}
	a := j.item.Article
	// The same article twice in one run is coded and stored once. (Were both
	// coded, the store would still keep it once.)
	if _, dup := seen.LoadOrStore(a.ID, true); dup {
		j.already = true
		return nil
	}
	if fresh.Load() {
		p.codeJob(j, a)
		return nil
	}
	stored, err := p.store.Article(ctx, a.ID)
	switch {
	case err == nil:
		if stored.Text != a.Text {
			j.err = fmt.Errorf("%s: another text is already stored under id %s", a.Name, a.ID)
			return nil
		}
		j.already = true
		if needRoots {
			j.roots, err = p.eventCodes(ctx, a.ID)
		}
		return err
	case !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("ingest: look up article %s: %w", a.ID, err)
	}
	p.codeJob(j, a)
	return nil
}

// codeJob codes a, a job's article not stored, and sets the job's batch.
func (p *Pipeline) codeJob(j *job, a article.Article) {
	res := p.code.Code(a)
	for i := range res.Events {
		if res.Events[i].ArticleID == "" {
			res.Events[i].ArticleID = a.ID
		}
	}
	src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
	var ags []agreement.Agreement
	for _, ag := range p.opt.Extract(src) {
		if err := store.CheckAgreement(ag); err != nil {
			p.log.Warn("agreement left out", "article", a.Name, "err", err)
			continue
		}
		ags = append(ags, ag)
	}
	j.batch = store.Batch{
		Article:    store.Article{Article: a},
		Events:     res.Events,
		Claims:     p.opt.Claims(src),
		Agreements: ags,
	}
	// Encoded here, by one of the parallel workers, the batch leaves the single
	// writer only the database's work (and only what the store keeps of it). On
	// an error Encoded stays nil, and the store reports the error.
	_ = j.batch.EncodeFor(p.store)
	j.ready = true
}

// eventCodes returns the actor codes of a stored article's events.
func (p *Pipeline) eventCodes(ctx context.Context, id string) ([]string, error) {
	var codes []string
	err := p.store.EachEvent(ctx, store.EventFilter{ArticleID: id, Duplicates: true}, func(e event.Event) error {
		codes = appendCodes(codes, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ingest: events of article %s: %w", id, err)
	}
	return codes, nil
}
