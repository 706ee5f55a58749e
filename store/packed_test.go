package store

import (
	"math"
	"reflect"
	"testing"

	"github.com/peacewatch/peacewatch/event"
)

// TestPackedRecordIsJSON decodes the packed records of the repository's test
// events and of events made to test the edges, and compares them with what the
// JSON record gives back: the same event, or no packed record when the JSON does
// not keep the event as it is.
func TestPackedRecordIsJSON(t *testing.T) {
	end, place, empty := "2024-03-16", "Kyiv", ""
	evs := []event.Event{
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
	evs = append(evs, testEvents(t)...)
	d := &RecordReader{}
	for _, e := range evs {
		packed, ok := PackedRecord(e)
		if !ok {
			t.Errorf("PackedRecord(%+v): none", e)
			continue
		}
		rec, err := EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		want, err := DecodeEvent(rec, "the text", event.Span{Start: 2, End: 3}, "lemma")
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeEvent(packed, "the text", event.Span{Start: 2, End: 3}, "lemma")
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("DecodeEvent(PackedRecord(%+v)) =\n%+v, %v\nfrom the JSON:\n%+v", e, got, err, want)
		}
		got, err = d.Event(string(packed), "the text", event.Span{Start: 2, End: 3}, "lemma")
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("RecordReader.Event(PackedRecord(%+v)) =\n%+v, %v\nfrom the JSON:\n%+v", e, got, err, want)
		}
		if len(packed) >= len(rec) && len(rec) > 200 {
			t.Errorf("PackedRecord(%+v) takes %d bytes, the JSON %d", e, len(packed), len(rec))
		}
		for n := range len(packed) {
			if _, err := DecodeEvent(packed[:n], "", event.Span{}, ""); err == nil && n > 0 {
				t.Errorf("DecodeEvent of %d bytes of a %d-byte packed record: no error", n, len(packed))
			}
		}
	}
	for _, e := range []event.Event{
		{Cameo: "\xff"}, {Goldstein: math.NaN()}, {Quantities: []event.Quantity{{Value: math.Inf(1)}}},
		{Provenance: &event.Provenance{Dataset: "gdelt", RecordID: "1"}},
	} {
		if p, ok := PackedRecord(e); ok {
			t.Errorf("PackedRecord(%+v) = %x, want none (its JSON does not keep it as it is)", e, p)
		}
	}
}
