package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// wireReport is an invented wire story; the tests make copies of it as other
// outlets would print it.
const wireReport = `Government and rebel negotiators meeting in the lakeside town of Marengo agreed on Tuesday
to halt all fighting from midnight on Friday and to exchange 300 prisoners within two weeks.
The mediators said both delegations would return in ten days to discuss the withdrawal of heavy
weapons from the front line, the reopening of the northern highway and the return of displaced
families to their villages. A rebel spokesman said his fighters would respect the truce as long
as government aircraft stayed out of the eastern provinces. The interior minister told reporters
that the army would hold its positions and answer any attack.`

// otherReport shares the topic and many words with wireReport but is another story.
const otherReport = `Rebel commanders in the eastern provinces said on Wednesday that government aircraft had
bombed two villages near the front line, a day after negotiators agreed to halt the fighting.
The interior minister denied that the army had attacked and said the truce would hold. Families
displaced by the fighting waited on the northern highway for news of the prisoners who were due
to be exchanged, while mediators urged both delegations to keep their word and return to talks.`

func batchOf(id, text string, date time.Time) store.Batch {
	b := store.Batch{Article: store.Article{Article: article.Article{ID: id, Text: text, Date: date, Title: "t " + id}}}
	b.Events = []event.Event{{ID: id + "-e", ArticleID: id, Cameo: "057", Text: "agreed to halt all fighting",
		Date: event.Date{Value: date.Format(time.DateOnly), Granularity: "day", Basis: event.BasisPublication}}}
	return b
}

func testDuplicates(t *testing.T, s store.Store) {
	ctx := context.Background()
	day := time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)
	copies := map[string]string{
		"dateline": "MARENGO, May 14 (Example Wire) - " + wireReport,
		"reflowed": strings.Join(strings.Fields(wireReport), " ") + "\n\nReporting by a staff writer.",
		"edited":   strings.Replace(wireReport, "300 prisoners", "three hundred prisoners", 1),
		"case":     strings.ToUpper(wireReport[:120]) + wireReport[120:],
	}
	res := put(t, s, batchOf("orig", wireReport, day))
	if res[0].DuplicateOf != "" {
		t.Fatalf("first article linked to %q", res[0].DuplicateOf)
	}
	for name, text := range copies {
		res := put(t, s, batchOf(name, text, day))
		if res[0].DuplicateOf != "orig" {
			t.Errorf("%s copy: DuplicateOf = %q, want orig (similarity %.2f)", name, res[0].DuplicateOf,
				store.FingerprintOf(wireReport).Similarity(store.FingerprintOf(text)))
		}
	}
	res = put(t, s, batchOf("other", otherReport, day))
	if res[0].DuplicateOf != "" {
		t.Errorf("a different story is linked to %q (similarity %.2f)", res[0].DuplicateOf,
			store.FingerprintOf(wireReport).Similarity(store.FingerprintOf(otherReport)))
	}
	// A copy of a copy links to the original.
	res = put(t, s, batchOf("copy2", copies["dateline"]+" Updated.", day))
	if res[0].DuplicateOf != "orig" {
		t.Errorf("copy of a copy: DuplicateOf = %q, want orig", res[0].DuplicateOf)
	}
	// A link given in the batch is kept; re-putting keeps the stored link.
	given := batchOf("given", "Some short note.", day)
	given.Article.DuplicateOf = "other"
	if res := put(t, s, given); res[0].DuplicateOf != "other" {
		t.Errorf("given link: DuplicateOf = %q, want other", res[0].DuplicateOf)
	}
	if res := put(t, s, batchOf("dateline", copies["dateline"], day)); res[0].DuplicateOf != "orig" || res[0].Created {
		t.Errorf("re-put copy = %+v, want not created, linked to orig", res[0])
	}
	a, err := s.Article(ctx, "edited")
	if err != nil {
		t.Fatal(err)
	}
	if a.DuplicateOf != "orig" || a.Fingerprint != store.FingerprintOf(copies["edited"]) {
		t.Errorf("stored copy: DuplicateOf %q, fingerprint %x", a.DuplicateOf, a.Fingerprint)
	}
	if st := stats(t, s); st.Articles != 8 || st.Duplicates != 6 {
		t.Errorf("stats = %+v, want 8 articles, 6 duplicates", st)
	}

	// Counted once: the copies' events are left out unless asked for.
	page, err := s.Events(ctx, store.EventFilter{Cameo: "057"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(page.Events); len(got) != 2 || got[0] != "orig-e" || got[1] != "other-e" {
		t.Errorf("events without duplicates = %v, want orig-e and other-e", got)
	}
	page, err = s.Events(ctx, store.EventFilter{Cameo: "057", Duplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != 8 {
		t.Errorf("events with duplicates = %v, want 8", ids(page.Events))
	}

	near, err := s.Similar(ctx, store.FingerprintOf(wireReport), 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := articleIDs(near); !sameSet(got, []string{"orig", "case", "dateline", "reflowed", "edited", "copy2"}) {
		t.Errorf("Similar = %v, want orig and its 5 copies", got)
	}
	fp := store.FingerprintOf(wireReport)
	for i := 1; i < len(near); i++ {
		a, b := fp.Similarity(near[i-1].Fingerprint), fp.Similarity(near[i].Fingerprint)
		if a < b || a == b && near[i-1].ID > near[i].ID {
			t.Errorf("Similar: %s (%.2f) before %s (%.2f)", near[i-1].ID, a, near[i].ID, b)
		}
	}
	if near, err := s.Similar(ctx, store.FingerprintOf(wireReport), 2); err != nil || len(near) != 2 {
		t.Errorf("Similar with limit 2 = %v, %v", articleIDs(near), err)
	}
	if near, err := s.Similar(ctx, store.Fingerprint{}, 10); err != nil || len(near) != 0 {
		t.Errorf("Similar of no fingerprint = %v, %v; want none", articleIDs(near), err)
	}
}

// testManyCopies puts more copies of one story than store.BandCandidates, half in
// one transaction, so that each of its band keys is shared by more articles than a
// writer compares with: every copy is still linked to the original, stored first,
// and Similar still finds them all.
func testManyCopies(t *testing.T, s store.Store) {
	day := time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)
	put(t, s, batchOf("orig", wireReport, day))
	n := store.BandCandidates + 8
	var bs []store.Batch
	for i := range n {
		id := fmt.Sprintf("copy%03d", i)
		bs = append(bs, batchOf(id, fmt.Sprintf("MARENGO, May 14 (Wire %d) - %s", i, wireReport), day))
	}
	res := put(t, s, bs[:n/2]...)
	res = append(res, put(t, s, bs[n/2:]...)...)
	for i, r := range res {
		if r.DuplicateOf != "orig" {
			t.Errorf("%s: DuplicateOf = %q, want orig", bs[i].Article.ID, r.DuplicateOf)
		}
	}
	near, err := s.Similar(context.Background(), store.FingerprintOf(wireReport), 2*n)
	if err != nil {
		t.Fatal(err)
	}
	if len(near) != n+1 {
		t.Errorf("Similar found %d articles, want %d", len(near), n+1)
	}
}

func articleIDs(as []store.Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}
