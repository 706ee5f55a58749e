package eval

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadCasesEvaluationSet(t *testing.T) {
	cases, err := ReadCases(filepath.Join("..", "testdata", "agreements"))
	if err != nil {
		t.Fatal(err)
	}
	var ags, provs, conflicts int
	for _, c := range cases {
		if len(c.Articles) == 0 || c.AsOf.IsZero() {
			t.Errorf("%s: %d articles, as_of %v", c.Name, len(c.Articles), c.AsOf)
		}
		ags += len(c.Agreements)
		conflicts += len(c.Conflicts)
		for _, a := range c.Agreements {
			for _, p := range a.Provisions {
				provs++
				if p.Evidence.ArticleID == "" || p.Status == nil || p.Status.Value == "" {
					t.Errorf("%s/%s: evidence %+v, status %+v", c.Name, p.ID, p.Evidence, p.Status)
				}
			}
		}
	}
	// The totals of testdata/agreements/README.md.
	if len(cases) != 28 || ags != 31 || provs != 114 || conflicts != 14 {
		t.Errorf("read %d cases, %d agreements, %d provisions, %d conflicts; want 28, 31, 114, 14", len(cases), ags, provs, conflicts)
	}
}

func TestReadCaseReportsMissingEvidence(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("01-a.txt", "Title: T\nDate: 2024-01-02\n\nThe sides agreed to a truce.\n")
	write("gold.yaml", "as_of: 2024-01-03\nagreements: []\nclaims_in_conflict:\n  - a: {speaker: ISR, text: \"The sides agreed to a truce.\"}\n    b: {speaker: PSE, text: \"Nobody said this.\"}\n    provision: null\n")
	if _, err := ReadCase(dir); err == nil {
		t.Fatal("no error for evidence found in no article")
	}
	write("gold.yaml", "as_of: 2024-01-03\nagreements: []\nbogus: 1\n")
	if _, err := ReadCase(dir); err == nil {
		t.Fatal("no error for an unknown key")
	}
}
