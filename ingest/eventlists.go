package ingest

import (
	"context"
	"sort"
	"sync"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// eventLists serves the events of one assessment pass's actor filters, reading each
// filter's events from the store once for every agreement that asks for them: the
// agreements of one pair of sides ask for the same actors from different signing
// dates, and on a large store one actor's events are far more than the read cache
// holds, read row by row across the whole file. A list is read from the earliest
// date any agreement asks of it and each is given its part (events come in order
// of Date.Value, store.EventFilter); it is let go once the last agreement asking
// for it has read it, and while maxListed events are held, other lists are read
// for their asker alone.
type eventLists struct {
	mu      sync.Mutex
	from    map[store.EventFilter]string // earliest From asked, by filter without From
	left    map[store.EventFilter]int    // reads still to come
	lists   map[store.EventFilter]*eventList
	held    int // events of the lists kept
	maxHeld int
}

// eventList is one filter's events, ready once read is closed.
type eventList struct {
	read chan struct{}
	evs  []event.Event
	err  error
}

// maxListed bounds the events eventLists holds: those of the actors of the few
// agreements read at a time and of the next ones of the same sides.
const maxListed = 3 * MaxAssessEvents

// newEventLists prepares the lists of filters, each the filter of one read to
// come.
func newEventLists(filters []store.EventFilter) *eventLists {
	l := &eventLists{from: map[store.EventFilter]string{}, left: map[store.EventFilter]int{},
		lists: map[store.EventFilter]*eventList{}, maxHeld: maxListed}
	for _, f := range filters {
		k := f
		k.From = ""
		if from, ok := l.from[k]; !ok || f.From < from {
			l.from[k] = f.From
		}
		l.left[k]++
	}
	return l
}

// events returns the events store.EachEvent gives for f, one of the reads
// newEventLists was given. The caller must not change them.
func (l *eventLists) events(ctx context.Context, st store.Store, f store.EventFilter) ([]event.Event, error) {
	k := f
	k.From = ""
	l.mu.Lock()
	el := l.lists[k]
	if el == nil && l.left[k] > 1 && l.held < l.maxHeld {
		el = &eventList{read: make(chan struct{})}
		l.lists[k] = el
		l.mu.Unlock()
		wide := k
		wide.From = l.from[k]
		evs, err := readAll(ctx, st, wide)
		l.mu.Lock()
		el.evs, el.err = evs, err
		l.held += len(evs)
		close(el.read)
	}
	l.mu.Unlock()
	if el == nil {
		l.release(f)
		return readAll(ctx, st, f)
	}
	<-el.read
	evs, err := el.evs, el.err
	l.release(f)
	if err != nil {
		return nil, err
	}
	i := sort.Search(len(evs), func(i int) bool { return evs[i].Date.Value >= f.From })
	return evs[i:], nil
}

// release counts one of the reads of f done, or given up, and lets f's list go
// after the last.
func (l *eventLists) release(f store.EventFilter) {
	k := f
	k.From = ""
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.left[k] > 0 {
		l.left[k]--
	}
	if el := l.lists[k]; el != nil && l.left[k] == 0 {
		delete(l.lists, k)
		l.held -= len(el.evs)
	}
}

// readAll returns the events store.EachEvent gives for f.
func readAll(ctx context.Context, st store.Store, f store.EventFilter) ([]event.Event, error) {
	var evs []event.Event
	err := st.EachEvent(ctx, f, func(e event.Event) error {
		evs = append(evs, e)
		return nil
	})
	return evs, err
}
