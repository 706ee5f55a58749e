package agreement

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/yaml")

func loadFile(t testing.TB, path string) ([]Agreement, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Load(strings.NewReader(string(data)), filepath.Base(path))
}

func TestLoadGood(t *testing.T) {
	ags, err := loadFile(t, filepath.Join("testdata", "yaml", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ags) != 2 {
		t.Fatalf("%d agreements, want 2 (a list, then a second document)", len(ags))
	}
	a := ags[0]
	if a.ID != "doha-2020" || a.Signed != "2020-02-29" || a.Place != "Doha" || !a.Manual ||
		!slices.Equal(a.Parties, []string{"USA", "AFGREB"}) || len(a.Provisions) != 3 {
		t.Errorf("agreement %+v", a)
	}
	p := a.Provisions[0]
	if p.FromQuantity == nil || *p.FromQuantity != 13000 || p.Quantity == nil || *p.Quantity != 8600 ||
		p.Deadline == nil || *p.Deadline != (Deadline{"2020-07-13", "within 135 days", "signing"}) ||
		p.Evidence.Text == "" || p.Evidence.ArticleID != "" {
		t.Errorf("provision 1: %+v (deadline %+v)", p, p.Deadline)
	}
	p = a.Provisions[1]
	if !slices.Equal(p.Obligor, []string{"USA"}) || !slices.Equal(p.DependsOn, []string{"troops-8600"}) ||
		p.Evidence != (Evidence{"0123456789abcdef", 120, 180, "all remaining forces within 14 months"}) ||
		p.Status == nil || p.Status.Value != Pending || p.Status.Reason != "not yet due" {
		t.Errorf("provision 2: %+v (status %+v)", p, p.Status)
	}
	if id := a.Provisions[2].ID; id != "doha-2020-p3" {
		t.Errorf("made-up provision id %q", id)
	}
	b := ags[1]
	if b.ID != "second-deal-2021-01-02" || b.Provisions[0].ID != "second-deal-2021-01-02-p1" ||
		b.Provisions[0].Deadline == nil || b.Provisions[0].Deadline.Date != "2021-02-01" {
		t.Errorf("second agreement %+v", b)
	}
}

// TestLoadBroken compares the errors of each testdata/yaml/broken/*.yaml with its
// .errors file (go test -update rewrites them).
func TestLoadBroken(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "yaml", "broken", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no broken files: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			ags, err := loadFile(t, p)
			if err == nil {
				t.Fatalf("no error; loaded %+v", ags)
			}
			if ags != nil {
				t.Errorf("agreements returned along with errors: %+v", ags)
			}
			var fe FileErrors
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not FileErrors: %v", err, err)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(p, ".yaml") + ".errors"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadForms(t *testing.T) {
	for _, tc := range []struct{ name, yaml, err string }{
		{"one agreement", "name: A\nprovisions: []\n", ""},
		{"a list", "- name: A\n- name: B\n", ""},
		{"evidence string", "name: A\nprovisions:\n  - {obligor: [USA], action: pay, evidence: some text}\n", ""},
		{"no name", "signed: 2020-01-01\n", "x.yaml:1:1: agreement: no name"},
		{"alias", "name: &n A\nplace: *n\n", "x.yaml:2:8: aliases are not supported"},
		{"repeated key", "name: A\nname: B\n", `x.yaml:2:1: agreement: key "name" given twice`},
		{"extra top key", "agreements: []\nas_of: 2020-01-01\n", `x.yaml:2:1: unknown key "as_of" next to "agreements"`},
		{"scalar root", "hello\n", `x.yaml:1:1: want an agreement or a list of agreements, got "hello"`},
		{"self dependency", "name: A\nprovisions:\n  - {id: p, obligor: [USA], action: pay, depends_on: [p]}\n", `provision "p" depends on itself`},
		{"bad anchor", "name: A\nprovisions:\n  - {obligor: [USA], action: pay, deadline: {relative: soon, anchor: tomorrow}}\n", `deadline anchor "tomorrow"`},
		{"empty deadline", "name: A\nprovisions:\n  - {obligor: [USA], action: pay, deadline: {anchor: signing}}\n", "neither a date nor a relative phrase"},
		{"negative", "name: A\nprovisions:\n  - {obligor: [USA], action: pay, quantity: -3}\n", "quantity: -3 is negative"},
		{"bad span", "name: A\nprovisions:\n  - {obligor: [USA], action: pay, evidence: {start: 9, end: 2}}\n", "span 9–2"},
		{"duplicate agreement", "- {id: a, name: A}\n- {id: a, name: B}\n", `x.yaml:2:8: agreement id "a" used twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, err := Load(strings.NewReader(tc.yaml), "x.yaml")
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("error: %v", err)
			case tc.err == "" && len(ags) == 0:
				t.Fatal("nothing loaded")
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("error %v, want %q", err, tc.err)
			}
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	big := strings.Repeat("#\n", MaxYAMLSize/2+1)
	if _, err := Load(strings.NewReader(big), "big.yaml"); err == nil || !strings.Contains(err.Error(), "big.yaml: larger than") {
		t.Fatalf("error %v", err)
	}
}

// FuzzLoad checks that Load never panics, that every error names the file, and that
// what it loads is valid.
func FuzzLoad(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "yaml", "*.yaml"))
	broken, _ := filepath.Glob(filepath.Join("testdata", "yaml", "broken", "*.yaml"))
	for _, p := range append(paths, broken...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("name: A\nprovisions: [{obligor: X, action: pay, deadline: 2020-01-01}]")
	f.Fuzz(func(t *testing.T, s string) {
		ags, err := Load(strings.NewReader(s), "f.yaml")
		if err != nil {
			var fe FileErrors
			if !errors.As(err, &fe) || len(fe) == 0 {
				t.Fatalf("error %T %v", err, err)
			}
			for _, e := range fe {
				if e.File != "f.yaml" || e.Msg == "" {
					t.Fatalf("bad error %+v", e)
				}
			}
			return
		}
		ids := map[string]bool{}
		for _, a := range ags {
			if !a.Manual || a.Name == "" || a.ID == "" {
				t.Fatalf("agreement %+v", a)
			}
			for _, p := range a.Provisions {
				if len(p.Obligor) == 0 || !slices.Contains(vocabActions, p.Action) || p.ID == "" || ids[p.ID] {
					t.Fatalf("provision %+v", p)
				}
				ids[p.ID] = true
			}
		}
	})
}
