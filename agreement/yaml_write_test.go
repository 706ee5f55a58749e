package agreement

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestWriteYAMLRoundTrip writes the good test file's agreements and loads them again.
func TestWriteYAMLRoundTrip(t *testing.T) {
	ags, err := loadFile(t, filepath.Join("testdata", "yaml", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ags[0].Provisions[0].Status = &Status{Value: InProgress, AsOf: "2020-03-03", Level: 1, Overdue: true,
		Evidence: []Evidence{{ArticleID: "abc", Start: 3, End: 9, Text: "it: began"}}, Reason: "begun: \"quoted\""}
	ags[0].Provisions[0].Sources = []Evidence{{ArticleID: "def", Start: 0, End: 4, Text: "- a bullet"}}
	var b bytes.Buffer
	if err := WriteYAML(&b, ags); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&b, "written.yaml")
	if err != nil {
		t.Fatalf("written YAML does not load: %v\n%s", err, b.String())
	}
	if diff := cmp.Diff(ags, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-written +loaded):\n%s", diff)
	}
}

func TestWriteYAMLEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteYAML(&b, nil); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "agreements: []\n" {
		t.Errorf("got %q", got)
	}
	if ags, err := Load(&b, "empty.yaml"); err != nil || len(ags) != 0 {
		t.Errorf("loaded %v, %v", ags, err)
	}
}
