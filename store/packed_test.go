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
	evs := edgeEvents()
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
