package storetest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// sortEvents orders es, given in the order they were stored, as the store does: by
// date value, then in that order.
func sortEvents(es []event.Event) {
	slices.SortStableFunc(es, func(a, b event.Event) int { return cmp.Compare(a.Date.Value, b.Date.Value) })
}

// Filter returns the events of es, stored in that order and none of a
// near-duplicate, that f passes (its Limit and Cursor aside), in event order: the
// reference answer to a filter, for a backend's own tests.
func Filter(es []event.Event, f store.EventFilter) []event.Event {
	var got []event.Event
	for _, e := range es {
		if matches(e, nil, f) {
			got = append(got, e)
		}
	}
	sortEvents(got)
	return got
}

// matches is the reference meaning of an event filter, against which the store's
// answers are checked. dup tells whether an article is a near-duplicate.
func matches(e event.Event, dup map[string]bool, f store.EventFilter) bool {
	if !f.Duplicates && dup[e.ArticleID] {
		return false
	}
	if f.ArticleID != "" && e.ArticleID != f.ArticleID {
		return false
	}
	if f.Actor != "" {
		var actors []event.Actor
		if f.Role != store.TargetRole {
			actors = append(actors, e.Source...)
		}
		if f.Role != store.SourceRole {
			actors = append(actors, e.Target...)
		}
		if !slices.ContainsFunc(actors, func(a event.Actor) bool { return strings.HasPrefix(a.Code, f.Actor) }) {
			return false
		}
	}
	switch {
	case f.Cameo != "" && !strings.HasPrefix(e.Cameo, f.Cameo),
		f.Plover != "" && e.Plover.Type != f.Plover,
		f.Modality != "" && e.Modality != f.Modality,
		f.Country != "" && e.Location.Country != f.Country,
		f.From != "" && e.Date.Value < f.From,
		f.To != "" && (e.Date.Value == "" || e.Date.Value > f.To):
		return false
	}
	if f.Text != "" {
		q, _ := store.ParseQuery(f.Text)
		words := " " + strings.Join(store.Words(e.Text), " ") + " "
		for _, t := range q.Terms {
			if !strings.Contains(words, " "+strings.Join(t, " ")+" ") {
				return false
			}
		}
	}
	return true
}

func ids(es []event.Event) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// corpus stores n generated articles of m events each and returns all events.
func corpus(t testing.TB, s store.Store, n, m int) []event.Event {
	var (
		bs  []store.Batch
		all []event.Event
	)
	for i := range n {
		b := Article(100+i, m)
		bs = append(bs, b)
		all = append(all, b.Events...)
	}
	put(t, s, bs...)
	return all
}

func testEventFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	all := corpus(t, s, 12, 10)
	// One near-duplicate article whose events are left out by default.
	orig := Article(100, 10)
	copyB := Article(100, 10)
	copyB.Article.Text = "AGENCY DESK - " + orig.Article.Text
	copyB.Article.ID = "copy-of-100"
	for i := range copyB.Events {
		copyB.Events[i].ArticleID = copyB.Article.ID
		copyB.Events[i].ID = fmt.Sprintf("copy-%d", i)
	}
	res := put(t, s, copyB)
	if res[0].DuplicateOf != orig.Article.ID {
		t.Fatalf("copy linked to %q, want %s", res[0].DuplicateOf, orig.Article.ID)
	}
	all = append(all, copyB.Events...)
	dup := map[string]bool{copyB.Article.ID: true}

	filters := []store.EventFilter{
		{},
		{Duplicates: true},
		{Actor: "AFG"},
		{Actor: "AFGREB"},
		{Actor: "AFGREB", Role: store.SourceRole},
		{Actor: "USA", Role: store.TargetRole},
		{Actor: "IGO"},
		{Actor: "IGOWSTNAT"},
		{Actor: "ZZZ"},
		{Actor: "A"},
		{Actor: "AFGR"},
		{Actor: "US", Role: store.SourceRole},
		{Actor: "IGOWST", Role: store.SourceRole},
		{Cameo: "19"},
		{Cameo: "190"},
		{Cameo: "087"},
		{Cameo: "0871"},
		{Cameo: "0"},
		{Plover: "ASSAULT"},
		{Plover: "assault"},
		{Modality: event.Refused},
		{Modality: event.Future, Plover: "AGREE"},
		{From: "2020-03-01"},
		{To: "2020-02-15"},
		{From: "2020-02-01", To: "2020-04-30"},
		{From: "2020-04-05", To: "2020-04-05"},
		{Country: "AFG"},
		{Country: "UKR", Cameo: "0", Duplicates: true},
		{Text: "prisoners"},
		{Text: "PRISONERS ceasefire"},
		{Text: `"about withdrawal"`},
		{Text: `"withdrawal about"`},
		{ArticleID: orig.Article.ID},
		{ArticleID: copyB.Article.ID},
		{ArticleID: copyB.Article.ID, Duplicates: true},
		{Actor: "AFG", Cameo: "19", From: "2020-02-01", Modality: event.Asserted},
		{Actor: "USA", Country: "USA", Text: "talks", Duplicates: true},
	}
	for _, f := range filters {
		var want []event.Event
		for _, e := range all {
			if matches(e, dup, f) {
				want = append(want, e)
			}
		}
		sortEvents(want)
		f.Limit = store.MaxLimit
		page, err := s.Events(ctx, f)
		if err != nil {
			t.Errorf("Events(%+v): %v", f, err)
			continue
		}
		if d := gocmp.Diff(ids(want), ids(page.Events)); d != "" {
			t.Errorf("Events(%+v) ids (-want +got):\n%s", f, d)
		}
		if page.Next != "" {
			t.Errorf("Events(%+v): Next = %q on the only page", f, page.Next)
		}
	}
	// A filter that passes nothing in this corpus is still a check that it filters.
	for _, f := range []store.EventFilter{{Actor: "AFG"}, {Cameo: "19"}, {Text: "prisoners"}, {Country: "AFG"}, {From: "2020-03-01"}} {
		n := 0
		for _, e := range all {
			if matches(e, dup, f) {
				n++
			}
		}
		if n == 0 || n == len(all) {
			t.Errorf("corpus does not exercise %+v: %d of %d events pass", f, n, len(all))
		}
	}
}

func testPagination(t *testing.T, s store.Store) {
	ctx := context.Background()
	all := corpus(t, s, 11, 10)
	for _, f := range []store.EventFilter{{}, {Actor: "USA"}, {Cameo: "19", From: "2020-02-01"}} {
		var want []event.Event
		for _, e := range all {
			if matches(e, nil, f) {
				want = append(want, e)
			}
		}
		sortEvents(want)
		f.Limit = 3
		var got []event.Event
		pages := 0
		for {
			page, err := s.Events(ctx, f)
			if err != nil {
				t.Fatalf("Events(%+v): %v", f, err)
			}
			if len(page.Events) > 3 {
				t.Fatalf("page of %d events, limit 3", len(page.Events))
			}
			got = append(got, page.Events...)
			pages++
			if page.Next == "" {
				break
			}
			if pages > len(all) {
				t.Fatalf("Events(%+v): pagination does not end", f)
			}
			f.Cursor = page.Next
		}
		if d := gocmp.Diff(ids(want), ids(got)); d != "" {
			t.Errorf("paged Events(%+v) (-want +got):\n%s", f, d)
		}
		if wantPages := max(1, (len(want)+2)/3); pages != wantPages {
			t.Errorf("Events(%+v): %d pages, want %d", f, pages, wantPages)
		}
	}
	page, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != store.DefaultLimit {
		t.Errorf("default page holds %d events, want %d", len(page.Events), store.DefaultLimit)
	}
}

func testEachEvent(t *testing.T, s store.Store) {
	ctx := context.Background()
	all := corpus(t, s, 30, 40) // more than one internal page
	sortEvents(all)
	var got []event.Event
	if err := s.EachEvent(ctx, store.EventFilter{}, func(e event.Event) error {
		got = append(got, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if d := gocmp.Diff(all, got); d != "" {
		t.Errorf("EachEvent (-want +got):\n%s", d)
	}
	stop := fmt.Errorf("enough")
	n := 0
	err := s.EachEvent(ctx, store.EventFilter{Cameo: "19"}, func(e event.Event) error {
		if !strings.HasPrefix(e.Cameo, "19") {
			t.Errorf("EachEvent with cameo 19 gave %s", e.Cameo)
		}
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if err != stop || n != 5 {
		t.Errorf("EachEvent stopped by fn: err %v after %d events, want %v after 5", err, n, stop)
	}
}

// testCoarseDates stores events dated by year, month and day, and without a date,
// and reads them back in the order of their dates' text and through date bounds.
func testCoarseDates(t *testing.T, s store.Store) {
	ctx := context.Background()
	b := Article(7, 8)
	for i, d := range []string{"2020-03-01", "2020", "2020-03", "", "2020-02-29", "2021", "2020-12", "2020-03"} {
		b.Events[i].Date.Value = d
	}
	if _, err := s.PutArticle(ctx, b); err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.EventFilter{
		{}, {Limit: 3}, {From: "2020-03-01"}, {To: "2020-03-01"}, {From: "2020-01-01", To: "2020-12-31"},
		{Actor: b.Events[0].Source[0].Code[:3]},
	} {
		var got []string
		for page := (store.EventPage{}); ; {
			f.Cursor = page.Next
			var err error
			if page, err = s.Events(ctx, f); err != nil {
				t.Fatalf("Events(%+v): %v", f, err)
			}
			got = append(got, ids(page.Events)...)
			if page.Next == "" {
				break
			}
		}
		if want := ids(Filter(b.Events, f)); !slices.Equal(got, want) {
			t.Errorf("Events(%+v) = %v, want %v", f, got, want)
		}
	}
}
