package store

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
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
		"DealBefore bool deal_before,omitempty",
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
			WordAt: []int{0, 4}, Narrative: true, Past: true, ListItem: true, DealBefore: true, Actors: []string{"UKR"}, ActorAt: []int{1},
			Words:      []string{`"`, `a\b`, "’s", "über", "tab\there", "<b>", "a&b", "\u2028", "\xff", "\x7f"},
			Quantities: []text.Quantity{{Tok: 1, TokEnd: 2, Value: 8.6, Unit: "percent", UnitTok: 2}}},
		{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("", 3600)), Words: []string{"x"}},
		{Date: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Words: []string{"x"}},
		{Date: time.Date(2024, 3, 15, 7, 8, 9, 123400, time.FixedZone("", -5*3600-30*60)), Words: []string{"x"}},
		{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("", 3600+7)), Words: []string{"x"}},
		{Date: time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), Published: time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), Words: []string{"x"}},
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
	var props []agreement.Proposition
	for _, src := range testSources(tb) {
		for _, cl := range agreement.Claims(src) {
			props = append(props, cl.Prop)
		}
	}
	return props
}

// testEvents codes the repository's test articles.
func testEvents(tb testing.TB) []event.Event {
	var evs []event.Event
	for _, src := range testSources(tb) {
		evs = append(evs, src.Events...)
	}
	return evs
}

// testSources codes the repository's test articles.
func testSources(tb testing.TB) []agreement.Source {
	tb.Helper()
	c, err := coder.New(coder.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "agreements", "*", "*.txt"))
	if len(paths) == 0 {
		tb.Fatal("no articles in ../testdata/agreements")
	}
	var srcs []agreement.Source
	for i, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a := article.Article{ID: filepath.Base(p), Text: string(body), Date: time.Date(2020, 1, 1+i%28, 0, 0, 0, 0, time.UTC)}
		res := c.Code(a)
		srcs = append(srcs, agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})
	}
	return srcs
}

// TestEventFields fails when an event type gains, loses or renames a field:
// appendEvent writes them one by one and must be told.
func TestEventFields(t *testing.T) {
	want := map[reflect.Type]string{
		reflect.TypeOf(event.Event{}): "ID string id|ArticleID string article_id|Sentence int sentence|Span event.Span span|" +
			"Text string text|Date event.Date date|Source []event.Actor source|Target []event.Actor target|" +
			"Cameo string cameo|Plover event.Plover plover|Goldstein float64 goldstein|QuadClass int quad_class|" +
			"Modality event.Modality modality|Attribution *event.Attribution attribution|Quantities []event.Quantity quantities|" +
			"Location event.Location location|Coder event.Coder coder|Trigger event.Span -|Lemma string -|" +
			"Provenance *event.Provenance provenance,omitempty",
		reflect.TypeOf(event.Span{}):        "Start int start|End int end",
		reflect.TypeOf(event.Date{}):        "Value string value|End *string end|Granularity string granularity|Basis string basis",
		reflect.TypeOf(event.Actor{}):       "Code string code|Name string name|Span *event.Span span,omitempty",
		reflect.TypeOf(event.Plover{}):      "Type string type|Mode string mode",
		reflect.TypeOf(event.Attribution{}): "Speaker event.Speaker speaker|Verb string verb|Quoted bool quoted",
		reflect.TypeOf(event.Speaker{}):     "Code string code|Name string name",
		reflect.TypeOf(event.Quantity{}): "Value float64 value|Max float64 max,omitempty|Unit string unit|Role string role|" +
			"Approx bool approx|AtLeast bool at_least",
		reflect.TypeOf(event.Location{}): "Country string country|Place *string place",
		reflect.TypeOf(event.Coder{}):    "Version string version|Rule string rule",
	}
	for tp, w := range want {
		var got []string
		for i := range tp.NumField() {
			got = append(got, tp.Field(i).Name+" "+tp.Field(i).Type.String()+" "+tp.Field(i).Tag.Get("json"))
		}
		if g := strings.Join(got, "|"); g != w {
			t.Errorf("%s's fields are\n%s\nappendEvent writes\n%s", tp, g, w)
		}
	}
	if k := reflect.TypeOf(event.Modality("")).Kind(); k != reflect.String {
		t.Errorf("event.Modality is a %s, appendEvent writes a string", k)
	}
}

// TestAppendEventIsMarshal compares appendEvent with json.Marshal on the events
// of the repository's test articles and on events made to test its edges.
func TestAppendEventIsMarshal(t *testing.T) {
	end, place := "2024-03-16", "Kyiv"
	evs := []event.Event{
		{},
		{Source: []event.Actor{}, Target: []event.Actor{}, Quantities: []event.Quantity{}},
		{ID: `a"1\`, Text: "<b>&", Date: event.Date{Value: "2024-03-15", End: &end},
			Source:      []event.Actor{{Code: "UKR", Name: "Kyiv’s", Span: &event.Span{Start: 1, End: 5}}},
			Attribution: &event.Attribution{Speaker: event.Speaker{Code: "RUS", Name: "Moscow"}, Verb: "said", Quoted: true},
			Quantities: []event.Quantity{{Value: 8.6, Max: 12, Unit: "troops", Approx: true, AtLeast: true},
				{Value: 1e21}, {Value: 1e-7}, {Value: 123456789012}},
			Location: event.Location{Country: "UKR", Place: &place}, Goldstein: 7.4, QuadClass: 1,
			Provenance: &event.Provenance{Dataset: "gdelt", RecordID: "1"}},
	}
	evs = append(evs, event.Event{Goldstein: math.Copysign(0, -1)}, event.Event{Goldstein: math.NaN()},
		event.Event{Cameo: "\u2028"}, event.Event{Cameo: "\xff"})
	evs = append(evs, testEvents(t)...)
	fast := 0
	for _, e := range evs {
		want, werr := json.Marshal(e)
		if got, ok := appendEvent(nil, e); ok {
			fast++
			if werr != nil || string(got) != string(want) {
				t.Errorf("appendEvent(%+v) =\n%s\njson.Marshal:\n%s (%v)", e, got, want, werr)
			}
		}
		e.Text = ""
		want, werr = json.Marshal(e)
		if got, err := EventRecord(e); (err != nil) != (werr != nil) || err == nil && string(got) != string(want) {
			t.Errorf("EventRecord(%+v) = %s, %v; json.Marshal: %s, %v", e, got, err, want, werr)
		}
	}
	t.Logf("%d of %d events written field by field", fast, len(evs))
	if fast < len(evs)/2 {
		t.Errorf("appendEvent wrote %d of %d events, want most", fast, len(evs))
	}
}

func TestAppendPlainIsMarshal(t *testing.T) {
	var cases []string
	for c := range 256 {
		cases = append(cases, "a"+string(rune(c))+"b", "x"+string([]byte{byte(c)}))
	}
	cases = append(cases, "", `say "no"`, `a\b`, "é\u2028", "Gaza & Rafah", "\xff")
	for _, s := range cases {
		got, ok := appendPlain(nil, s)
		if !ok {
			continue
		}
		if want, _ := json.Marshal(s); string(got) != string(want) {
			t.Errorf("appendPlain(%q) = %s, want %s", s, got, want)
		}
	}
	// The control: printable ASCII but the three HTML characters is quoted plainly,
	// so the comparison above is not skipped for all.
	for c := byte(0x20); c < 0x7f; c++ {
		if _, ok := appendPlain(nil, "x"+string([]byte{c})); ok == (c == '<' || c == '>' || c == '&') {
			t.Errorf("appendPlain(%q) ok = %v", "x"+string([]byte{c}), ok)
		}
	}
}
