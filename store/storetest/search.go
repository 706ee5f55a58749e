package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"

	"github.com/peacewatch/peacewatch/store"
)

func hitIDs(hs []store.SearchHit) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.ID
	}
	return out
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	day := time.Date(2024, 5, 14, 9, 0, 0, 0, time.UTC)
	put(t, s, batchOf("orig", wireReport, day), batchOf("other", otherReport, day),
		batchOf("copy", "LAKESIDE (Example Wire) - "+wireReport, day))
	for _, tc := range []struct {
		q    string
		dups bool
		want []string
	}{
		{q: "prisoners", want: []string{"orig", "other"}},
		{q: "PRISONERS", want: []string{"orig", "other"}},
		{q: "prisoners", dups: true, want: []string{"copy", "orig", "other"}},
		{q: "Marengo", want: []string{"orig"}},
		{q: "lakeside", dups: true, want: []string{"copy", "orig"}},
		{q: "bombed villages", want: []string{"other"}},
		{q: `"halt all fighting"`, want: []string{"orig"}},
		{q: `"fighting all halt"`, want: nil},
		{q: "truce helicopter", want: nil},
		{q: "t orig", want: []string{"orig"}}, // the title is searched too
	} {
		page, err := s.Search(ctx, store.SearchQuery{Text: tc.q, Duplicates: tc.dups})
		if err != nil {
			t.Errorf("Search(%q): %v", tc.q, err)
			continue
		}
		if got := hitIDs(page.Hits); !sameSet(got, tc.want) {
			t.Errorf("Search(%q, duplicates %v) = %v, want %v", tc.q, tc.dups, got, tc.want)
		}
	}
	page, err := s.Search(ctx, store.SearchQuery{Text: "Marengo"})
	if err != nil || len(page.Hits) != 1 {
		t.Fatalf("Search(Marengo) = %+v, %v", page, err)
	}
	h := page.Hits[0]
	if h.Title != "t orig" || !h.Date.Equal(day) || !strings.Contains(h.Snippet, "[Marengo]") {
		t.Errorf("hit = %+v, want title, date and a snippet marking [Marengo]", h)
	}
	// Pages of one hit each cover every hit once.
	var got []string
	q := store.SearchQuery{Text: "fighting", Duplicates: true, Limit: 1}
	for range 10 {
		page, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, hitIDs(page.Hits)...)
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	if !sameSet(got, []string{"orig", "other", "copy"}) {
		t.Errorf("paged search = %v, want each article once", got)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[string]int)
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}

func testArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	var want []string
	for i := range 9 {
		b := Article(200+i, 1)
		if i == 4 {
			b.Article.Date = time.Time{}
		}
		put(t, s, b)
	}
	for i := range 9 {
		if i != 4 {
			want = append(want, Article(200+i, 1).Article.ID)
		}
	}
	page, err := s.Articles(ctx, store.ArticleFilter{From: "2020-03-01", To: "2020-03-31", Limit: 4})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for {
		for _, a := range page.Articles {
			got = append(got, a.ID)
			if a.Text == "" {
				t.Errorf("Articles: %s without its text", a.ID)
			}
		}
		if page.Next == "" {
			break
		}
		if page, err = s.Articles(ctx, store.ArticleFilter{From: "2020-03-01", To: "2020-03-31", Limit: 4, Cursor: page.Next}); err != nil {
			t.Fatal(err)
		}
	}
	// Dates are 2020-03-05 + i, so date order is corpus order.
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Articles in March = %v, want %v", got, want)
	}
	page, err = s.Articles(ctx, store.ArticleFilter{From: "2020-03-07", To: "2020-03-07"})
	if err != nil || len(page.Articles) != 1 || page.Articles[0].ID != want[2] {
		t.Errorf("Articles on 2020-03-07 = %v, %v; want %s", page.Articles, err, want[2])
	}
	page, err = s.Articles(ctx, store.ArticleFilter{})
	if err != nil || len(page.Articles) != 9 || !page.Articles[0].Date.IsZero() {
		t.Errorf("all Articles: %d, %v; want 9, the undated first", len(page.Articles), err)
	}
}

func testClaims(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b := Article(300, 1), Article(301, 1)
	put(t, s, a, b)
	cs, err := s.Claims(ctx, store.ClaimFilter{ArticleID: a.Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := a.Claims
	for i := range want {
		want[i].ArticleID = a.Article.ID
	}
	// Ordered by start: the envoy's claim (start 2) first.
	want[0], want[1] = want[1], want[0]
	if len(cs) != 2 || !sameClaim(cs[0], want[0]) || !sameClaim(cs[1], want[1]) {
		t.Errorf("Claims of %s = %+v, want %+v", a.Article.ID, cs, want)
	}
	cs, err = s.Claims(ctx, store.ClaimFilter{Speaker: "USAGOV"})
	if err != nil || len(cs) != 2 {
		t.Errorf("Claims of USAGOV = %+v, %v; want 2", cs, err)
	}
	cs, err = s.Claims(ctx, store.ClaimFilter{Limit: 3})
	if err != nil || len(cs) != 3 {
		t.Errorf("Claims limit 3 = %d, %v", len(cs), err)
	}
	put(t, s, a) // a rerun replaces, never adds
	if st := stats(t, s); st.Claims != 4 {
		t.Errorf("claims after a rerun = %d, want 4", st.Claims)
	}
	// A claim's proposition, the reading assessment needs, comes back without its
	// events.
	c := Article(302, 1)
	c.Claims = c.Claims[:1]
	prop := agreement.Proposition{Sentence: 3, Date: time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC),
		Words: []string{"troops", "left"}, WordAt: []int{4, 11}, Actors: []string{"USAMIL"}, ActorAt: []int{0},
		Past: true, Events: c.Events[:1]}
	c.Claims[0].Prop = prop
	put(t, s, c)
	cs, err = s.Claims(ctx, store.ClaimFilter{ArticleID: c.Article.ID})
	prop.Events = nil
	if err != nil || len(cs) != 1 || !reflect.DeepEqual(cs[0].Prop, prop) {
		t.Errorf("claim proposition = %+v, %v; want %+v", cs, err, prop)
	}
	if ac, ok := s.(store.ArticleClaimer); ok {
		testArticleClaims(t, s, ac, []string{c.Article.ID, "nope", a.Article.ID, b.Article.ID, a.Article.ID})
	}
}

// testArticleClaims checks that ac gives for ids what Claims gives for each.
func testArticleClaims(t *testing.T, s store.Store, ac store.ArticleClaimer, ids []string) {
	ctx := context.Background()
	got, err := ac.ArticleClaims(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	byArticle := map[string][]agreement.Claim{}
	var order []string
	for _, c := range got {
		if _, ok := byArticle[c.ArticleID]; !ok {
			order = append(order, c.ArticleID)
		} else if order[len(order)-1] != c.ArticleID {
			t.Errorf("ArticleClaims: the claims of %s are not together", c.ArticleID)
		}
		byArticle[c.ArticleID] = append(byArticle[c.ArticleID], c)
	}
	for _, id := range ids {
		want, err := s.Claims(ctx, store.ClaimFilter{ArticleID: id})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(byArticle[id], want) {
			t.Errorf("ArticleClaims of %s = %+v, want %+v", id, byArticle[id], want)
		}
	}
	if len(order) != 3 {
		t.Errorf("ArticleClaims gave the claims of %d articles, want 3", len(order))
	}
	if cs, err := ac.ArticleClaims(ctx, nil); err != nil || len(cs) != 0 {
		t.Errorf("ArticleClaims of no article = %+v, %v", cs, err)
	}
}

// sameClaim compares the stored fields of two claims; the proposition assessment
// reads (Prop) is not stored.
func sameClaim(a, b agreement.Claim) bool {
	return a.Speaker == b.Speaker && a.Text == b.Text && a.ArticleID == b.ArticleID && a.Start == b.Start && a.End == b.End
}
