package ingest_test

import (
	"context"
	"testing"

	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/store"
)

// batchKeeper is a store that keeps the batches put into it and stores nothing;
// packed tells whether it keeps packed forms (store.PackedKeeper).
type batchKeeper struct {
	discard
	packed  bool
	batches []store.Batch
}

func (k *batchKeeper) KeepsPacked() bool { return k.packed }

func (k *batchKeeper) PutArticles(ctx context.Context, bs []store.Batch) ([]store.PutResult, error) {
	k.batches = append(k.batches, bs...)
	return k.discard.PutArticles(ctx, bs)
}

// TestWorkersEncodeForTheStore checks that the workers encode a batch as its store
// keeps it: only the packed forms and the JSON where there is none for a store
// that keeps packed ones, everything for another.
func TestWorkersEncodeForTheStore(t *testing.T) {
	c := newCoder(t)
	for _, packed := range []bool{true, false} {
		k := &batchKeeper{packed: packed}
		if _, err := ingest.New(k, c, ingest.Options{}).Run(context.Background(), corpusItems(3, 40, 10)); err != nil {
			t.Fatal(err)
		}
		if len(k.batches) != 40 {
			t.Fatalf("packed %v: %d batches put, want 40", packed, len(k.batches))
		}
		records := 0
		for _, b := range k.batches {
			enc := b.Encoded
			if enc == nil || enc.PackedOnly != packed {
				t.Fatalf("packed %v: article %s encoded %+v, want PackedOnly %v", packed, b.Article.ID, enc, packed)
			}
			for _, e := range enc.Events {
				if e.Record != nil {
					records++
				}
			}
			want, err := b.Encoding()
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range enc.Events {
				if string(e.Packed) != string(want.Events[i].Packed) {
					t.Errorf("packed %v: article %s event %d: packed record differs from Encode's", packed, b.Article.ID, i)
				}
			}
		}
		if packed && records != 0 || !packed && records == 0 {
			t.Errorf("packed %v: %d JSON records written", packed, records)
		}
	}
}
