package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/text"
)

// TestPropositionFields fails when Proposition gains, loses or renames a field:
// appendProposition writes its fields one by one and must be told.
func TestPropositionFields(t *testing.T) {
	var got []string
	tp := reflect.TypeOf(agreement.Proposition{})
	for i := range tp.NumField() {
		got = append(got, tp.Field(i).Name+" "+tp.Field(i).Type.String()+" "+tp.Field(i).Tag.Get("json"))
	}
	want := []string{
		"Sentence int sentence",
		"Date time.Time date",
		"Published time.Time published",
		"Dated bool dated,omitempty",
		"Granularity string granularity,omitempty",
		"WordAt []int word_at",
		"Narrative bool narrative,omitempty",
		"Past bool past,omitempty",
		"ListItem bool list_item,omitempty",
		"Actors []string actors,omitempty",
		"ActorAt []int actor_at,omitempty",
		"Words []string words",
		"Quantities []text.Quantity quantities,omitempty",
		"Events []event.Event -",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Proposition's fields are\n%s\nappendProposition writes\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAppendPropositionIsMarshal compares appendProposition with json.Marshal on
// the claims of the repository's test articles and on propositions made to test
// its edges.
func TestAppendPropositionIsMarshal(t *testing.T) {
	day := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	props := []agreement.Proposition{
		{},
		{Words: []string{}, WordAt: []int{}, Actors: []string{}, ActorAt: []int{}, Quantities: []text.Quantity{}},
		{Sentence: 3, Date: day, Published: day.Add(90 * time.Minute), Dated: true, Granularity: "day",
			WordAt: []int{0, 4}, Narrative: true, Past: true, ListItem: true, Actors: []string{"UKR"}, ActorAt: []int{1},
			Words:      []string{`"`, `a\b`, "’s", "über", "tab\there", "<b>", "a&b", "\u2028", "\xff", "\x7f"},
			Quantities: []text.Quantity{{Tok: 1, TokEnd: 2, Value: 8.6, Unit: "percent", UnitTok: 2}}},
		{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("", 3600)), Words: []string{"x"}},
		{Date: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Words: []string{"x"}},
	}
	props = append(props, testPropositions(t)...)
	fast := 0
	for _, p := range props {
		want, werr := json.Marshal(p)
		if got, ok := appendProposition(nil, p); ok {
			fast++
			if werr != nil || string(got) != string(want) {
				t.Errorf("appendProposition(%+v) =\n%s\njson.Marshal:\n%s (%v)", p, got, want, werr)
			}
		}
		if !p.Read() {
			continue
		}
		if got, err := EncodeProposition(p); (err != nil) != (werr != nil) || err == nil && got != string(want) {
			t.Errorf("EncodeProposition(%+v) = %s, %v; json.Marshal: %s, %v", p, got, err, want, werr)
		}
	}
	t.Logf("%d of %d propositions written field by field", fast, len(props))
	if fast < len(props)/2 {
		t.Errorf("appendProposition wrote %d of %d propositions, want most", fast, len(props))
	}
}

// testPropositions codes the repository's test articles and reads their claims.
func testPropositions(tb testing.TB) []agreement.Proposition {
	tb.Helper()
	c, err := coder.New(coder.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "agreements", "*", "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("no articles in ../testdata/agreements")
	}
	var props []agreement.Proposition
	for i, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a := article.Article{ID: filepath.Base(p), Text: string(body), Date: time.Date(2020, 1, 1+i%28, 0, 0, 0, 0, time.UTC)}
		res := c.Code(a)
		src := agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}
		for _, cl := range agreement.Claims(src) {
			props = append(props, cl.Prop)
		}
	}
	return props
}
