package store

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
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

// TestPackedPropositionIsJSON decodes the packed propositions of the test
// propositions and compares them with what their JSON gives back: the same
// proposition, or no packed one when the JSON does not keep it as it is.
func TestPackedPropositionIsJSON(t *testing.T) {
	d := &RecordReader{}
	packed := 0
	for _, p := range propositionCases(t) {
		s, err := EncodeProposition(p)
		if err != nil {
			t.Fatal(err)
		}
		var want agreement.Proposition
		if err := DecodeProposition(s, &want); err != nil {
			t.Fatal(err)
		}
		b, ok := PackedProposition(p)
		if !ok {
			if reflect.DeepEqual(want, p) && p.Date.Location() == time.UTC && p.Published.Location() == time.UTC {
				t.Errorf("PackedProposition(%+v): none", p)
			}
			continue
		}
		if (b == nil) != (s == "") {
			t.Errorf("PackedProposition(%+v) = %x, EncodeProposition %q", p, b, s)
			continue
		}
		if b == nil {
			continue
		}
		packed++
		for _, dec := range []func(*agreement.Proposition) error{
			func(q *agreement.Proposition) error { return DecodeProposition(string(b), q) },
			func(q *agreement.Proposition) error { return d.Proposition(string(b), q) },
		} {
			var got agreement.Proposition
			if err := dec(&got); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("decoding PackedProposition(%+v) =\n%+v, %v\nfrom the JSON:\n%+v", p, got, err, want)
			}
		}
		if len(b) >= len(s) && len(s) > 200 {
			t.Errorf("PackedProposition(%+v) takes %d bytes, the JSON %d", p, len(b), len(s))
		}
		for n := 1; n < len(b); n++ {
			var q agreement.Proposition
			if err := DecodeProposition(string(b[:n]), &q); err == nil {
				t.Errorf("DecodeProposition of %d bytes of a %d-byte packed proposition: no error", n, len(b))
			}
		}
	}
	if packed == 0 {
		t.Error("no proposition packed")
	}
	for _, p := range []agreement.Proposition{
		{Words: []string{"\xff"}}, {Words: []string{}, Quantities: []text.Quantity{{Value: math.NaN()}}},
		{Words: []string{}, Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.FixedZone("", 3600))},
	} {
		if b, ok := PackedProposition(p); ok {
			t.Errorf("PackedProposition(%+v) = %x, want none (its JSON does not keep it as it is)", p, b)
		}
	}
}

// TestDecodeClaimsTruncated checks that every truncation of packed claims is an
// error, not a panic or claims made up.
func TestDecodeClaimsTruncated(t *testing.T) {
	cs := []agreement.Claim{
		{ArticleID: "a1", Speaker: agreement.Speaker{Code: "SRBGOV", Name: "the government"}, Text: "It said the troops had left.", Start: 10, End: 38},
		{ArticleID: "a1", Text: "No shot was fired.", Start: 40, End: 58},
	}
	pack, ok := PackedClaims(cs)
	if !ok {
		t.Fatal("no packed form")
	}
	if got, err := DecodeClaims(pack); err != nil || !reflect.DeepEqual(got, cs) {
		t.Fatalf("decoded %+v, %v; want %+v", got, err, cs)
	}
	for n := 1; n < len(pack); n++ {
		if got, err := DecodeClaims(pack[:n]); err == nil {
			t.Errorf("%d of %d bytes decoded as %+v", n, len(pack), got)
		}
	}
}
