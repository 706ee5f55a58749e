package ingest_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/store"
)

// TestClaimsPackedAsRead checks that the claims an assessment group carries to
// the next, packed (store.PackedClaims), come back as the store gave them.
func TestClaimsPackedAsRead(t *testing.T) {
	st := openStore(t)
	ingestCorpus(t, st, ingest.Options{Workers: 2, Batch: 64}, 5, 200, 8)
	cs, err := st.Claims(context.Background(), store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 {
		t.Fatal("the corpus holds no claims")
	}
	read := 0
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].ArticleID == cs[i].ArticleID {
			j++
		}
		pack, ok := store.PackedClaims(cs[i:j])
		got, err := store.DecodeClaims(pack)
		switch {
		case !ok:
			t.Errorf("claims of %s have no packed form", cs[i].ArticleID)
		case err != nil:
			t.Fatalf("claims of %s: %v", cs[i].ArticleID, err)
		case !reflect.DeepEqual(got, cs[i:j]):
			t.Errorf("claims of %s unpacked otherwise than read:\n%+v\n%+v", cs[i].ArticleID, got, cs[i:j])
		}
		for _, c := range cs[i:j] {
			if c.Prop.Read() {
				read++
			}
		}
		i = j
	}
	if read == 0 {
		t.Error("no claim holds a proposition")
	}
	pack, _ := store.PackedClaims(nil)
	if got, err := store.DecodeClaims(pack); err != nil || len(got) != 0 {
		t.Errorf("no claims unpacked as %v, %v", got, err)
	}
}
