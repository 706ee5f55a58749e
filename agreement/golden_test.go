package agreement_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// updating reports whether -update asks to rewrite golden files. The flag is shared
// with the package's other golden tests, whichever file defines it.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files of testdata")
	}
}

// render prints agreements compactly for golden files: one line per agreement, one
// per provision, dependencies by provision number.
func render(ags []agreement.Agreement) string {
	var b strings.Builder
	for _, a := range ags {
		fmt.Fprintf(&b, "agreement %q signed=%s place=%s parties=%v witnesses=%v guarantors=%v\n", a.Name, a.Signed, a.Place, a.Parties, a.Witnesses, a.Guarantors)
		num := map[string]int{}
		for i, p := range a.Provisions {
			num[p.ID] = i + 1
		}
		for i, p := range a.Provisions {
			q := func(f *float64) string {
				if f == nil {
					return "-"
				}
				return fmt.Sprint(*f)
			}
			fmt.Fprintf(&b, "  %d. %v %s %q from=%s qty=%s unit=%q", i+1, p.Obligor, p.Action, p.Object, q(p.FromQuantity), q(p.Quantity), p.Unit)
			if p.Deadline != nil {
				fmt.Fprintf(&b, " deadline=%s (%q, %s)", p.Deadline.Date, p.Deadline.Relative, p.Deadline.Anchor)
			}
			if len(p.Conditions) > 0 {
				fmt.Fprintf(&b, " conditions=%q", p.Conditions)
			}
			if len(p.DependsOn) > 0 {
				var ds []string
				for _, d := range p.DependsOn {
					ds = append(ds, fmt.Sprint(num[d]))
				}
				fmt.Fprintf(&b, " depends_on=%s", strings.Join(ds, ","))
			}
			fmt.Fprintf(&b, "\n     evidence %d-%d %q\n", p.Evidence.Start, p.Evidence.End, p.Evidence.Text)
		}
	}
	if len(ags) == 0 {
		b.WriteString("no agreement\n")
	}
	return b.String()
}

// TestGolden extracts the agreements of each testdata/*.txtar's article and compares
// them with its want section; -update rewrites the want sections.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var body []byte
			want := -1
			for i, s := range ar.Files {
				switch s.Name {
				case "article":
					body = s.Data
				case "want":
					want = i
				}
			}
			if body == nil || want < 0 {
				t.Fatalf("%s: want sections article and want", f)
			}
			a, err := article.ParseText(f, body)
			if err != nil {
				t.Fatal(err)
			}
			res := extractCoder(t).Code(a)
			got := render(agreement.Merge(agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})))
			for _, ag := range agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}) {
				for _, p := range ag.Provisions {
					if a.Text[p.Evidence.Start:p.Evidence.End] != p.Evidence.Text {
						t.Errorf("evidence %d-%d is not the article's text: %q", p.Evidence.Start, p.Evidence.End, p.Evidence.Text)
					}
				}
			}
			if updating() {
				ar.Files[want].Data = []byte(got)
				if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if w := string(ar.Files[want].Data); got != w {
				t.Errorf("got:\n%s\nwant:\n%s", got, w)
			}
		})
	}
}
