package store

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// TestDecodeEventIsUnmarshal decodes the records of the repository's test events,
// of events made to test the edges and of hand-written records, with readEvent,
// DecodeEvent and a RecordReader, and compares each with json.Unmarshal.
func TestDecodeEventIsUnmarshal(t *testing.T) {
	evs := append(edgeEvents(), event.Event{Cameo: "\xff"}, event.Event{Provenance: &event.Provenance{Dataset: "gdelt", RecordID: "1"}})
	evs = append(evs, testEvents(t)...)
	var records []string
	for _, e := range evs {
		rec, err := EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, string(rec))
	}
	records = append(records, eventRecordEdges...)
	fast := 0
	d := &RecordReader{}
	for _, rec := range records {
		var want event.Event
		werr := json.Unmarshal([]byte(rec), &want)
		var got event.Event
		if readEvent(&reader{s: rec}, &got) {
			fast++
			if werr != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("readEvent(%s) =\n%+v\njson.Unmarshal:\n%+v (%v)", rec, got, want, werr)
			}
		}
		want.Text, want.Trigger, want.Lemma = "the text", event.Span{Start: 2, End: 3}, "lemma"
		for _, dec := range []func() (event.Event, error){
			func() (event.Event, error) {
				return DecodeEvent([]byte(rec), "the text", event.Span{Start: 2, End: 3}, "lemma")
			},
			func() (event.Event, error) { return d.Event(rec, "the text", event.Span{Start: 2, End: 3}, "lemma") },
		} {
			got, err := dec()
			if (err != nil) != (werr != nil) || err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("decoding %s = %+v, %v; json.Unmarshal: %+v, %v", rec, got, err, want, werr)
			}
		}
	}
	t.Logf("%d of %d event records read field by field", fast, len(records))
	if fast < len(records)/2 {
		t.Errorf("readEvent read %d of %d records, want most", fast, len(records))
	}
}

// eventRecordEdges are records EventRecord does not write, which json.Unmarshal
// reads (or refuses) all the same.
var eventRecordEdges = []string{
	``, `null`, `{}`, `[]`, `{"id":"x"}`, `{"id":"x","unknown":1}`, `{"ID":"x"}`,
	`{"id":"a\u00e9\ud83d\ude00b","article_id":"x"}`,
	`{"id":"a\/b\b\f\n\r\t","article_id":"x","sentence":1,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}}`,
	`{"id":"x","article_id":"x","sentence":1,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}} `,
	`{"id":"x","article_id":"x","sentence":1.5,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}}`,
	`{"id":"x","article_id":"x","sentence":01,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}}`,
	`{"id":"x","article_id":"x","sentence":99999999999999999999,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":1e400,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}}`,
	`{"id":"x","article_id":"x","sentence":1,"span":{"start":1,"end":2},"text":"t","date":{"value":"","end":"e","granularity":"","basis":""},"source":[],"target":[{"code":"A","name":"B","span":{"start":3,"end":4}}],"cameo":"","plover":{"type":"","mode":""},"goldstein":-1.5E+2,"quad_class":0,"modality":"","attribution":{"speaker":{"code":"","name":""},"verb":"","quoted":false},"quantities":[{"value":0.000001,"unit":"","role":"","approx":false,"at_least":true}],"location":{"country":"","place":"p"},"coder":{"version":"","rule":""}}`,
	`{"id":"x","article_id":"x","sentence":1,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""},"provenance":{"dataset":"acled","record_id":"2"}}`,
	`{"id":"x","article_id":"x","sentence":1,"span":{"start":1,"end":2},"text":"","date":{"value":"","end":null,"granularity":"","basis":""},"source":null,"target":null,"cameo":"","plover":{"type":"","mode":""},"goldstein":0,"quad_class":0,"modality":"","attribution":null,"quantities":null,"location":{"country":"","place":null},"coder":{"version":"","rule":""}}{}`,
	"{\"id\":\"a\xffb\",\"article_id\":\"x\"}",
}

// TestDecodePropositionIsUnmarshal decodes the propositions of the repository's
// test claims, propositions made to test the edges and hand-written ones with
// readProposition, DecodeProposition and a RecordReader, and compares each with
// json.Unmarshal.
func TestDecodePropositionIsUnmarshal(t *testing.T) {
	props := propositionCases(t)
	var encoded []string
	for _, p := range props {
		s, err := EncodeProposition(p)
		if err != nil {
			t.Fatal(err)
		}
		encoded = append(encoded, s)
	}
	encoded = append(encoded, propositionEdges...)
	fast := 0
	d := &RecordReader{}
	for _, s := range encoded {
		var want agreement.Proposition
		werr := json.Unmarshal([]byte(s), &want)
		if s == "" {
			want, werr = agreement.Proposition{}, nil
		}
		var got agreement.Proposition
		if readProposition(&reader{s: s}, &got) {
			fast++
			if werr != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("readProposition(%s) =\n%+v\njson.Unmarshal:\n%+v (%v)", s, got, want, werr)
			}
		}
		for _, dec := range []func(*agreement.Proposition) error{
			func(p *agreement.Proposition) error { return DecodeProposition(s, p) },
			func(p *agreement.Proposition) error { return d.Proposition(s, p) },
		} {
			var got agreement.Proposition
			err := dec(&got)
			if (err != nil) != (werr != nil) || err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("decoding %s = %+v, %v; json.Unmarshal: %+v, %v", s, got, err, want, werr)
			}
		}
		// Into a proposition that holds something, as json.Unmarshal does.
		prior := agreement.Proposition{Dated: true, Actors: []string{"OLD"}, Events: []event.Event{{ID: "e"}}}
		want = prior
		werr = json.Unmarshal([]byte(s), &want)
		if s == "" {
			want, werr = prior, nil
		}
		got = agreement.Proposition{Dated: true, Actors: []string{"OLD"}, Events: []event.Event{{ID: "e"}}}
		if err := DecodeProposition(s, &got); (err != nil) != (werr != nil) || err == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("decoding %s over %+v = %+v, %v; json.Unmarshal: %+v, %v", s, prior, got, err, want, werr)
		}
	}
	t.Logf("%d of %d propositions read field by field", fast, len(encoded))
	if fast < len(encoded)/2 {
		t.Errorf("readProposition read %d of %d propositions, want most", fast, len(encoded))
	}
}

// propositionCases are the propositions of the repository's test claims, and
// propositions made to test the edges of their encodings.
func propositionCases(t *testing.T) []agreement.Proposition {
	day := time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)
	props := []agreement.Proposition{
		{Words: []string{}},
		{Words: []string{}, WordAt: []int{}, Actors: []string{}, ActorAt: []int{}, Quantities: []text.Quantity{}},
		{Sentence: 3, Date: day, Published: day.Add(90*time.Minute + 123456789), Dated: true, Granularity: "day",
			WordAt: []int{0, 4, -7}, Narrative: true, Past: true, ListItem: true, DealBefore: true, Actors: []string{"UKR", "RUS"}, ActorAt: []int{1, 0},
			Words:      []string{`"`, `a\b`, "’s", "über", "tab\there", "<b>", "a&b", "\u2028", "\xff", "\x7f", ""},
			Quantities: []text.Quantity{{Tok: 1, TokEnd: 2, Value: 8.6, Max: 1e22, Unit: "percent", UnitTok: -1, AtMost: true}}},
		{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("", 3600)), Words: []string{"x"}},
		{Date: time.Date(2024, 3, 15, 7, 8, 9, 123400, time.FixedZone("", -5*3600-30*60)), Words: []string{"x"}},
		{Date: time.Date(2024, 2, 29, 23, 59, 59, 1, time.UTC), Published: time.Date(2000, 12, 31, 0, 0, 0, 100000000, time.UTC), Words: []string{"x"}},
		{Date: time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), Published: time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC), Words: []string{"x"}},
		{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.Local), Words: []string{"x"}},
	}
	props = append(props, testPropositions(t)...)
	return props
}

// propositionEdges are propositions EncodeProposition does not write, which
// json.Unmarshal reads (or refuses) all the same.
var propositionEdges = []string{
	`null`, `{}`, `{"words":[]}`, `{"words":["a"],"extra":true}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a\u0041"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","dated":false,"word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-02-30T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2023-02-29T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T24:00:00Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:60Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00.Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00.1234567891Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00,5Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15t00:00:00z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00+00:00","published":"2024-03-15T00:00:00-00:00","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"+024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":null,"published":"0001-01-01T00:00:00Z","word_at":null,"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[1,2],"actors":null,"words":["a","b"],"quantities":null}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[],"words":null}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[1,-0],"words":["a"],"quantities":[{"Tok":1,"TokEnd":2,"Value":-0,"Max":2.5e-7,"Unit":"x","UnitTok":1,"Approx":false,"AtLeast":false,"AtMost":false}]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[1],"words":["a"],"quantities":[{"Tok":1,"TokEnd":2,"Value":1,"Unit":"x","UnitTok":1,"Approx":false,"AtLeast":false,"AtMost":false}]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[1 ],"words":["a"]}`,
	`{"sentence":1,"date":"2024-03-15T00:00:00Z","published":"0001-01-01T00:00:00Z","word_at":[1],"words":["a"]`,
}

// TestParseTimeIsParse compares ParseTime with time.Parse on what FormatTime
// writes and on other times.
func TestParseTimeIsParse(t *testing.T) {
	ss := []string{"2024-03-15T07:08:09Z", "2024-03-15T07:08:09.5Z", "2024-03-15T07:08:09+01:00", "2024-02-30T00:00:00Z",
		"2024-03-15T07:08:09.1234567891Z", "2024-03-15T07:08:09,5Z", "2024-03-15 07:08:09Z", "x"}
	for _, d := range []time.Time{time.Date(2024, 3, 15, 7, 8, 9, 123456789, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(2000, 2, 29, 23, 59, 59, 0, time.FixedZone("", -3600)), time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)} {
		ss = append(ss, FormatTime(d))
	}
	for _, s := range ss {
		want, werr := time.Parse(time.RFC3339Nano, s)
		got, err := ParseTime(s)
		if (err != nil) != (werr != nil) || got != want {
			t.Errorf("ParseTime(%q) = %v, %v; time.Parse: %v, %v", s, got, err, want, werr)
		}
	}
}

// edgeEvents are events made to test the edges of the records' encodings: empty and
// nil lists, quotes, escapes and non-ASCII text, extreme numbers, optional fields
// empty but set. Each of them has a packed record (PackedRecord).
func edgeEvents() []event.Event {
	end, place, empty := "2024-03-16", "Kyiv", ""
	return []event.Event{
		{},
		{Source: []event.Actor{}, Target: []event.Actor{}, Quantities: []event.Quantity{}},
		{ID: `a"1\`, ArticleID: "über/’s", Date: event.Date{Value: "2024-03-15", End: &end},
			Source: []event.Actor{{Code: "UKR", Name: "Kyiv’s", Span: &event.Span{Start: 1, End: 5}}, {Code: "RUS"}},
			Target: []event.Actor{{Name: "tab\there\nnew"}}, Cameo: "<b>&", Modality: event.Modality("hedged"),
			Attribution: &event.Attribution{Speaker: event.Speaker{Code: "RUS", Name: "Moscow"}, Verb: "said", Quoted: true},
			Quantities: []event.Quantity{{Value: 8.6, Max: 12, Unit: "troops", Approx: true, AtLeast: true},
				{Value: 1e21}, {Value: 1e-7}, {Value: 123456789012}, {Value: -0.5, Max: math.Copysign(0, -1)}, {Value: 1 << 60}},
			Location: event.Location{Country: "UKR", Place: &place}, Goldstein: -7.4, QuadClass: 4, Sentence: -3,
			Span: event.Span{Start: 1 << 40, End: -1}},
		{Date: event.Date{End: &empty}, Location: event.Location{Place: &empty}, Attribution: &event.Attribution{}},
		{Goldstein: math.Copysign(0, -1)}, {Goldstein: math.MaxFloat64}, {Goldstein: math.SmallestNonzeroFloat64},
		{Goldstein: -10}, {Cameo: "\u2028"}, {Cameo: "\x7f\x01"}, {Coder: event.Coder{Version: "v1", Rule: `"quoted"`}},
	}
}
