package ingest_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/report"
)

// TestStoredBoardIsReportBoard ingests the articles of evaluation cases into a store
// and checks that each provision's stored status is the one `peacewatch report` gives
// for the same articles in memory: assessment from the store loses nothing.
func TestStoredBoardIsReportBoard(t *testing.T) {
	for _, name := range []string{"gaza-ceasefire-jan-2025", "israel-hezbollah-2024", "drc-rwanda-m23-2025"} {
		t.Run(name, func(t *testing.T) {
			paths, _ := filepath.Glob(filepath.Join("..", "testdata", "agreements", name, "*.txt"))
			if len(paths) == 0 {
				t.Fatal("no articles")
			}
			st := openStore(t)
			if _, bad := run(t, st, source.Options{}, paths...); len(bad) > 0 {
				t.Fatalf("bad items: %v", bad)
			}
			var arts []article.Article
			for _, p := range paths {
				a, err := article.Open(p, article.FormatText)
				if err != nil {
					t.Fatal(err)
				}
				for {
					x, err := a.Next()
					if err != nil {
						break
					}
					arts = append(arts, x)
				}
			}
			r := report.Build(newCoder(t), arts, report.Options{})
			ctx := context.Background()
			for _, want := range r.Agreements {
				got, err := st.Status(ctx, want.ID, r.AsOf)
				if err != nil {
					t.Fatalf("agreement %s (%s): %v", want.ID, want.Name, err)
				}
				byID := map[string]string{}
				for _, p := range got.Provisions {
					if p.Status != nil {
						byID[p.ID] = string(p.Status.Value)
					}
				}
				for _, p := range want.Provisions {
					if byID[p.ID] != string(p.Status.Value) {
						t.Errorf("%s %s %s: stored %q, report %q", p.ID, p.Action, p.Object, byID[p.ID], p.Status.Value)
					}
				}
			}
		})
	}
}
