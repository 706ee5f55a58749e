package store

import (
	"reflect"
	"strings"
	"testing"

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
