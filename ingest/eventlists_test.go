package ingest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// eventStore answers EachEvent from events in event order, filtering by actor
// prefix and dates, and counts the reads.
type eventStore struct {
	store.Store
	evs   []event.Event
	mu    sync.Mutex
	reads int
}

func (s *eventStore) EachEvent(ctx context.Context, f store.EventFilter, fn func(event.Event) error) error {
	s.mu.Lock()
	s.reads++
	s.mu.Unlock()
	for _, e := range s.evs {
		if !strings.HasPrefix(e.Source[0].Code, f.Actor) || e.Date.Value < f.From || f.To != "" && e.Date.Value > f.To {
			continue
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func TestEventListsReadOnceForAll(t *testing.T) {
	st := &eventStore{}
	for i := range 40 {
		code := []string{"RUS", "UKR"}[i%2]
		st.evs = append(st.evs, event.Event{ID: fmt.Sprint(i), Date: event.Date{Value: fmt.Sprintf("2020-01-%02d", 1+i/2)},
			Source: []event.Actor{{Code: code}}})
	}
	reads := []store.EventFilter{
		{Actor: "RUS", From: "2020-01-05", To: "2020-01-18"},
		{Actor: "UKR", From: "2020-01-05", To: "2020-01-18"},
		{Actor: "RUS", From: "2020-01-02", To: "2020-01-18"},
		{Actor: "RUS", To: "2020-01-18"},
		{Actor: "UKR", From: "2020-01-09", To: "2020-01-18"},
		{Actor: "UKR", From: "2020-01-09", To: "2020-01-12"},
	}
	for _, maxHeld := range []int{maxListed, 0} {
		t.Run(fmt.Sprint("maxHeld ", maxHeld), func(t *testing.T) {
			st.reads = 0
			l := newEventLists(reads)
			l.maxHeld = maxHeld
			var wg sync.WaitGroup
			for _, f := range reads {
				wg.Go(func() {
					got, err := l.events(context.Background(), st, f)
					if err != nil {
						t.Error(err)
					}
					want, _ := readAll(context.Background(), st, f)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%+v: got %d events, want %d", f, len(got), len(want))
					}
				})
			}
			wg.Wait()
			if len(l.lists) != 0 || l.held != 0 {
				t.Errorf("%d lists of %d events held after the last read", len(l.lists), l.held)
			}
			// One read of each list to compare with, and those the lists made.
			want := len(reads) + 3
			if maxHeld == 0 {
				want = 2 * len(reads)
			}
			if st.reads != want {
				t.Errorf("%d reads of the store, want %d", st.reads, want)
			}
		})
	}
}
