package ingest_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
)

// fakeExtract reports one agreement per article that names Doha: its id from
// the article's first word, so that reports can share an id or not.
func fakeExtract(src agreement.Source) []agreement.Agreement {
	if !strings.Contains(src.Article.Text, "Doha") {
		return nil
	}
	first := strings.Fields(src.Article.Text)[0]
	return []agreement.Agreement{{
		ID: "ag-" + first, Name: "Doha deal", Signed: "2020-02-29", Parties: []string{"USA", "AFGREB"},
		Articles: []string{src.Article.ID},
		Provisions: []agreement.Provision{{ID: "p-" + first, Obligor: []string{"USA"}, Action: agreement.Withdraw,
			Evidence: agreement.Evidence{ArticleID: src.Article.ID, Text: first}}},
	}}
}

// fakeMerge joins agreements of one name, keeping the first's id and adding the
// others' articles and provisions.
func fakeMerge(ags []agreement.Agreement) []agreement.Agreement {
	var out []agreement.Agreement
	for _, a := range ags {
		i := slices.IndexFunc(out, func(b agreement.Agreement) bool { return b.Name == a.Name })
		if i < 0 {
			out = append(out, a)
			continue
		}
		for _, id := range a.Articles {
			if !slices.Contains(out[i].Articles, id) {
				out[i].Articles = append(out[i].Articles, id)
			}
		}
		for _, p := range a.Provisions {
			if !slices.ContainsFunc(out[i].Provisions, func(q agreement.Provision) bool { return q.ID == p.ID }) {
				out[i].Provisions = append(out[i].Provisions, p)
			}
		}
	}
	return out
}

func TestIngestMergesReportsOfOneDeal(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	dir := t.TempDir()
	write(t, dir, "1.txt", "Date: 2020-02-29\n\nWashington and the Taliban signed a deal in Doha on Saturday.")
	write(t, dir, "2.txt", "Date: 2020-03-01\n\nWashington said the Doha deal would hold, officials said.")
	write(t, dir, "3.txt", "Date: 2020-03-02\n\nTaliban fighters said the Doha deal required prisoner releases.")
	opt := ingest.Options{Workers: 2, Batch: 1, Extract: fakeExtract, Merge: fakeMerge}
	p := ingest.New(st, newCoder(t), opt)
	rd := source.New(source.Options{})
	read := func(ctx context.Context, emit func(source.Item) error) error {
		return rd.Read(ctx, []string{dir}, emit)
	}
	if _, err := p.Run(ctx, read); err != nil {
		t.Fatal(err)
	}
	ags, err := st.Agreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Articles 1 and 2 share the id ag-Washington; 3 has another id but is the same
	// deal: all three are one stored agreement.
	if len(ags) != 1 || ags[0].ID != "ag-Washington" || len(ags[0].Articles) != 3 || len(ags[0].Provisions) != 2 {
		t.Fatalf("stored agreements = %+v, want one with 3 articles and 2 provisions", ags)
	}
	// A new run with another report adds to it.
	write(t, dir, "4.txt", "Date: 2020-03-03\n\nWashington began withdrawing troops under the Doha deal.")
	if _, err := ingest.New(st, newCoder(t), opt).Run(ctx, read); err != nil {
		t.Fatal(err)
	}
	ags, _ = st.Agreements(ctx)
	if len(ags) != 1 || len(ags[0].Articles) != 4 {
		t.Errorf("after a second run: %+v", ags)
	}
}
