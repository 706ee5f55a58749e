package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
)

// dataset reads a GDELT or ACLED input, plain or compressed; format is FormatGDELT,
// FormatACLED, or formatDataset to tell each member by its first line. Its events
// are emitted grouped by article (see grouper); each row error is a bad item.
func (r *Reader) dataset(ctx context.Context, in io.Reader, name string, format Format, emit func(Item) error) error {
	g := &grouper{max: r.opt.GroupEvents, emit: emit, open: map[string]*group{}}
	err := dataset.Members(in, name, func(m dataset.Member) error {
		f := format
		if f == formatDataset || f == FormatAuto {
			head, _ := m.R.Peek(sniffLen)
			if f = DetectDataset(head); f == "" {
				if len(head) == 0 {
					return emit(Item{Err: fmt.Errorf("%s: empty", m.Name)})
				}
				return emit(Item{Err: fmt.Errorf("%s: neither an article, a feed, a GDELT event file nor an ACLED export", m.Name)})
			}
		}
		opts := dataset.Options{OnError: func(e *dataset.RowError) { g.errs = append(g.errs, e) }}
		var err error
		switch f {
		case FormatGDELT:
			_, err = gdelt.Read(ctx, m.R, m.Name, g.add(m.Name), opts)
		case FormatACLED:
			if r.opt.ACLED == nil {
				return emit(Item{Err: fmt.Errorf("%s: ACLED exports are not read here", m.Name)})
			}
			_, err = r.opt.ACLED.Read(ctx, m.R, m.Name, g.add(m.Name), opts)
		}
		if ferr := g.flushErrs(); ferr != nil {
			return ferr
		}
		var rowErr *dataset.RowError
		if err != nil && (errors.As(err, &rowErr) || errors.Is(err, dataset.ErrDamaged)) && ctx.Err() == nil {
			// The member cannot be read further (or is not an export): report it, keep
			// what was read, go on with the next member.
			return emit(Item{Err: err})
		}
		return err
	})
	if ferr := g.flush(); err == nil {
		err = ferr
	}
	var rowErr *dataset.RowError
	if err != nil && errors.As(err, &rowErr) && ctx.Err() == nil {
		return emit(Item{Err: err})
	}
	return err
}

// grouper gathers data-set events into one item per article: GDELT events by the
// article their SOURCEURL names (gdelt.ArticleID), any other event (ACLED's, GDELT
// 1.0's without a URL) as an article of its own under the event's id. Rows of one
// article are usually near each other but need not be adjacent, so groups are held
// open until max events are held, then all emitted; an article whose events come in
// several items is merged by the store (Item.Dataset).
type grouper struct {
	max   int
	emit  func(Item) error
	open  map[string]*group
	order []string
	held  int
	errs  []*dataset.RowError
}

type group struct {
	article article.Article
	events  []event.Event
}

// add returns the callback a data-set reader calls with each event of member name.
func (g *grouper) add(name string) func(event.Event) error {
	return func(e event.Event) error {
		if err := g.flushErrs(); err != nil {
			return err
		}
		id := e.ArticleID
		if id == "" {
			id = e.ID
			e.ArticleID = id
		}
		gr, ok := g.open[id]
		if !ok {
			gr = &group{article: container(id, name, e)}
			g.open[id] = gr
			g.order = append(g.order, id)
		}
		gr.events = append(gr.events, e)
		g.held++
		if g.held >= g.max {
			return g.flush()
		}
		return nil
	}
}

// container is the article that holds a data set's events: no text, the URL the
// data set names, the data set as source, and as date the day the data set added
// the record (else the event's date).
func container(id, name string, e event.Event) article.Article {
	a := article.Article{ID: id, Name: name}
	if p := e.Provenance; p != nil {
		a.URL, a.Source = p.URL, p.Dataset
		if t, err := time.Parse(time.RFC3339, p.Added); err == nil {
			a.Date = t.UTC().Truncate(24 * time.Hour)
		}
	}
	if a.Date.IsZero() {
		if t, err := time.Parse(time.DateOnly, e.Date.Value); err == nil {
			a.Date = t
		}
	}
	return a
}

// flush emits every open group in the order they were opened.
func (g *grouper) flush() error {
	if err := g.flushErrs(); err != nil {
		return err
	}
	for _, id := range g.order {
		gr := g.open[id]
		if err := g.emit(Item{Article: gr.article, Events: gr.events, Dataset: true}); err != nil {
			return err
		}
	}
	clear(g.open)
	g.order, g.held = g.order[:0], 0
	return nil
}

// flushErrs emits the row errors met since the last call as bad items.
func (g *grouper) flushErrs() error {
	for _, e := range g.errs {
		if err := g.emit(Item{Err: e}); err != nil {
			return err
		}
	}
	g.errs = g.errs[:0]
	return nil
}
