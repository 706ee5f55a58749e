package store

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
)

func encodedBatch() Batch {
	a := article.Article{ID: "a1", Text: report}
	return Batch{
		Article: Article{Article: a},
		Events: []event.Event{
			{ID: "a1-0", ArticleID: "a1", Text: "agreed to open three crossings", Cameo: "057",
				Source: []event.Actor{{Code: "SYRGOVMIL"}, {Code: ""}, {Code: "SYRGOVM"}}, Target: []event.Actor{{Code: "SYRREB"}, {Code: "SYRGOV"}}},
			{ID: "a1-1", ArticleID: "a1", Text: "the mediator told reporters", Cameo: "010"},
		},
		Claims: []agreement.Claim{{ArticleID: "a1", Text: "to release the wounded"},
			{ArticleID: "a1", Text: "to meet again", Prop: agreement.Proposition{Words: []string{"to", "meet", "again"}, WordAt: []int{0, 3, 8}, Actors: []string{"SYRGOV"}, ActorAt: []int{1}}}},
	}
}

func TestEncode(t *testing.T) {
	b := encodedBatch()
	if err := b.Encode(); err != nil {
		t.Fatal(err)
	}
	enc := b.Encoded
	if enc.Fingerprint != FingerprintOf(report) || !reflect.DeepEqual(enc.Bands, enc.Fingerprint.BandKeys()) {
		t.Errorf("fingerprint and bands are not those of the text")
	}
	for i, e := range b.Events {
		rec, err := EventRecord(e)
		if err != nil {
			t.Fatal(err)
		}
		if string(enc.Events[i].Record) != string(rec) {
			t.Errorf("event %s: record %s, want %s", e.ID, enc.Events[i].Record, rec)
		}
		want := map[string]int{}
		prev := ""
		for _, k := range enc.Events[i].Actors {
			if k.Key <= prev {
				t.Errorf("event %s: actor keys out of order: %q after %q", e.ID, k.Key, prev)
			}
			prev = k.Key
			want[k.Key] = k.Roles
		}
		if got := ActorKeys(e); !reflect.DeepEqual(got, want) {
			t.Errorf("event %s: actor keys %v, want %v", e.ID, want, got)
		}
		packed, _ := PackedRecord(e)
		if string(enc.Events[i].Packed) != string(packed) || (packed == nil) != (enc.Events[i].Packed == nil) {
			t.Errorf("event %s: packed record %q, want %q", e.ID, enc.Events[i].Packed, packed)
		}
	}
	if len(enc.Props) != 2 || enc.Props[0] != "" || enc.PackedProps[0] != nil {
		t.Errorf("props %q, packed %q, want the first empty (the claim has no proposition)", enc.Props, enc.PackedProps)
	}
	for i, c := range b.Claims {
		prop, err := EncodeProposition(c.Prop)
		packed, _ := PackedProposition(c.Prop)
		if err != nil || enc.Props[i] != prop || string(enc.PackedProps[i]) != string(packed) {
			t.Errorf("claim %d: props %q and %q, want %q and %q (%v)", i, enc.Props[i], enc.PackedProps[i], prop, packed, err)
		}
	}
}

func TestEncodingRecomputesWhatDoesNotFit(t *testing.T) {
	b := encodedBatch()
	if err := b.Encode(); err != nil {
		t.Fatal(err)
	}
	got, err := b.Encoding()
	if err != nil || got != b.Encoded {
		t.Fatalf("Encoding of an encoded batch: %p, %v; want Encoded %p", got, err, b.Encoded)
	}
	b.Events = b.Events[:1]
	got, err = b.Encoding()
	if err != nil {
		t.Fatal(err)
	}
	if got == b.Encoded || len(got.Events) != 1 {
		t.Errorf("Encoding after an event was dropped: %d events, want 1 computed anew", len(got.Events))
	}
}

func TestArenaCopies(t *testing.T) {
	ar := arena{b: make([]byte, 0, 8)}
	var got [][]byte
	want := []string{"abc", "defgh", "ij", strings.Repeat("k", 5000), "l"}
	for _, w := range want {
		got = append(got, ar.copy([]byte(w)))
	}
	for i, w := range want {
		if string(got[i]) != w || cap(got[i]) != len(w) {
			t.Errorf("copy %d = %q (cap %d), want %q at its length", i, got[i], cap(got[i]), w)
		}
	}
	if ar.copy(nil) != nil {
		t.Errorf("copy of nil is not nil")
	}
}

// TestEncodePacked checks that EncodePacked gives what Encode gives but the JSON
// forms of what has a packed one: an event with provenance and a claim dated
// outside UTC keep their JSON, the others only their packed forms.
func TestEncodePacked(t *testing.T) {
	b := encodedBatch()
	b.Events = append(b.Events, event.Event{ID: "a1-2", ArticleID: "a1", Text: "a wire report",
		Provenance: &event.Provenance{Dataset: "gdelt"}})
	b.Claims = append(b.Claims, agreement.Claim{ArticleID: "a1", Text: "to talk on Friday",
		Prop: agreement.Proposition{Words: []string{"to", "talk"}, WordAt: []int{0, 3},
			Date: time.Date(2024, 5, 3, 0, 0, 0, 0, time.FixedZone("", 7200))}})
	full := b
	if err := full.Encode(); err != nil {
		t.Fatal(err)
	}
	if err := b.EncodePacked(); err != nil {
		t.Fatal(err)
	}
	enc, want := b.Encoded, full.Encoded
	if !enc.PackedOnly || want.PackedOnly {
		t.Errorf("PackedOnly %v after EncodePacked, %v after Encode", enc.PackedOnly, want.PackedOnly)
	}
	if enc.Fingerprint != want.Fingerprint || !reflect.DeepEqual(enc.Bands, want.Bands) {
		t.Errorf("fingerprint or bands differ from Encode's")
	}
	for i, e := range enc.Events {
		w := want.Events[i]
		wantRec := w.Record
		if w.Packed != nil {
			wantRec = nil
		}
		if string(e.Packed) != string(w.Packed) || string(e.Record) != string(wantRec) || (e.Record == nil) != (wantRec == nil) ||
			!reflect.DeepEqual(e.Actors, w.Actors) {
			t.Errorf("event %d: record %q, packed %q, actors %v; want %q, %q, %v", i, e.Record, e.Packed, e.Actors, wantRec, w.Packed, w.Actors)
		}
	}
	if enc.Events[2].Record == nil {
		t.Errorf("the event with provenance has no JSON record")
	}
	for i := range enc.Props {
		wantProp := want.Props[i]
		if want.PackedProps[i] != nil {
			wantProp = ""
		}
		if enc.Props[i] != wantProp || string(enc.PackedProps[i]) != string(want.PackedProps[i]) {
			t.Errorf("claim %d: props %q and %q, want %q and %q", i, enc.Props[i], enc.PackedProps[i], wantProp, want.PackedProps[i])
		}
	}
	if enc.Props[2] == "" || enc.PackedProps[2] != nil {
		t.Errorf("the claim dated outside UTC: props %q, packed %q; want its JSON alone", enc.Props[2], enc.PackedProps[2])
	}
	if got, err := b.PackedEncoding(); err != nil || got != enc {
		t.Errorf("PackedEncoding of a batch EncodePacked encoded: %p, %v; want Encoded %p", got, err, enc)
	}
	got, err := b.Encoding()
	if err != nil || got == enc || !reflect.DeepEqual(got, want) {
		t.Errorf("Encoding of a batch EncodePacked encoded: %+v, %v; want Encode's, computed anew", got, err)
	}
	b.Encoded = nil
	if got, err := b.PackedEncoding(); err != nil || !reflect.DeepEqual(got, enc) {
		t.Errorf("PackedEncoding of a batch not encoded: %+v, %v; want EncodePacked's", got, err)
	}
}

// TestEncodePackedErrors checks that EncodePacked fails where Encode fails: a
// proposition whose JSON cannot be written (a year past 9999) has no packed form.
func TestEncodePackedErrors(t *testing.T) {
	b := encodedBatch()
	b.Claims[1].Prop.Date = time.Date(12024, 5, 3, 0, 0, 0, 0, time.UTC)
	full := b
	if err := full.Encode(); err == nil {
		t.Fatal("Encode of a proposition dated in the year 12024: no error")
	}
	if err := b.EncodePacked(); err == nil {
		t.Error("EncodePacked of a proposition dated in the year 12024: no error, Encode's was one")
	}
	if p, ok := PackedProposition(b.Claims[1].Prop); ok {
		t.Errorf("PackedProposition dated in the year 12024 = %x, want none", p)
	}
}

// packedKeeper is a store that keeps packed forms.
type packedKeeper struct{ Store }

func (packedKeeper) KeepsPacked() bool { return true }

func TestEncodeFor(t *testing.T) {
	b := encodedBatch()
	if err := b.EncodeFor(packedKeeper{}); err != nil || !b.Encoded.PackedOnly {
		t.Errorf("EncodeFor a store keeping packed forms: %v, PackedOnly %v; want EncodePacked's", err, b.Encoded != nil && b.Encoded.PackedOnly)
	}
	if err := b.EncodeFor(nil); err != nil || b.Encoded.PackedOnly {
		t.Errorf("EncodeFor another store: %v, PackedOnly %v; want Encode's", err, b.Encoded.PackedOnly)
	}
}
