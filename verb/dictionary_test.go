package verb

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peacewatch/peacewatch/event"
)

func mustDefault(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return d
}

// allPatterns returns every distinct pattern of d.
func allPatterns(d *Dictionary) []*Pattern {
	var out []*Pattern
	for _, p := range d.byKey {
		out = append(out, p)
	}
	return out
}

func TestDefaultCodesAndRoots(t *testing.T) {
	d := mustDefault(t)
	if d.Len() < 600 {
		t.Errorf("Len = %d, want at least 600", d.Len())
	}
	perRoot := map[string]int{}
	for _, p := range allPatterns(d) {
		if _, ok := event.Lookup(p.Code); !ok {
			t.Errorf("%s: code %s not in the codebook", p.Rule, p.Code)
		}
		perRoot[event.Root(p.Code)]++
	}
	for _, root := range []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
		"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"} {
		if perRoot[root] < 5 {
			t.Errorf("root %s: %d patterns, want at least 5", root, perRoot[root])
		}
	}
}

// TestDefaultNoCrossFileDuplicates guards against one default file silently replacing a
// pattern of another: every pattern line must survive as its own pattern.
func TestDefaultNoCrossFileDuplicates(t *testing.T) {
	lines := 0
	err := fs.WalkDir(data, "data", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(p) != ".verbs" {
			return err
		}
		f, err := data.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		pats, errs := parseVerbs(f, p)
		if len(errs) > 0 {
			t.Errorf("%s: %v", p, errs)
		}
		lines += len(pats)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if d := mustDefault(t); d.Len() != lines {
		t.Errorf("Len = %d, but the files define %d patterns: a key is defined in two files", d.Len(), lines)
	}
}

// find returns the candidate of a surface word with the given code, noun-ness and rest.
func find(cands []Candidate, code string, noun bool, rest ...string) (Candidate, bool) {
	for _, c := range cands {
		if c.Pattern.Code == code && c.Pattern.Noun == noun && slices.Equal(c.Pattern.Rest, rest) {
			return c, true
		}
	}
	return Candidate{}, false
}

func TestDefaultLookup(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		word string
		code string
		noun bool
		rest []string
		form Form
	}{
		{"withdrew", "0874", false, nil, Past},
		{"withdrawn", "0874", false, nil, Participle},
		{"withdrawal", "0874", true, nil, Base},
		{"attacks", "190", false, nil, ThirdSing},
		{"attacks", "190", true, nil, Plural},
		{"attacked", "190", false, nil, Past},
		{"pulled", "0874", false, []string{"out"}, Past},
		{"fought", "190", false, nil, Past},
		{"fighting", "190", true, nil, Base},
		{"struck", "190", false, nil, Past},
		{"clashes", "190", true, nil, Plural},
		{"signed", "057", false, nil, Past},
		{"signing", "057", true, nil, Base},
		{"released", "0841", false, nil, Past},
		{"freed", "0841", false, nil, Past},
		{"ceasefire", "0871", true, nil, Base},
		{"ceasefires", "0871", true, nil, Plural},
		{"declared", "0871", false, []string{"ceasefire"}, Past},
		{"imposed", "163", false, []string{"sanctions"}, Past},
		{"airstrikes", "195", true, nil, Plural},
		{"negotiations", "046", true, nil, Plural},
		{"airstrike", "195", true, nil, Base},
		{"shelling", "194", true, nil, Base},
		{"massacre", "202", true, nil, Base},
		{"arrested", "173", false, nil, Past},
		{"kidnapped", "181", false, nil, Past},
		{"killed", "1823", false, nil, Past},
		{"met", "040", false, nil, Past},
		{"held", "046", false, []string{"talks"}, Past},
		{"negotiating", "046", false, nil, Gerund},
		{"occupied", "192", false, nil, Past},
		{"invasion", "190", true, nil, Base},
		{"blockade", "191", true, nil, Base},
		{"accused", "112", false, nil, Past},
		{"threatens", "130", false, nil, ThirdSing},
		{"vetoed", "129", false, nil, Past},
		{"protesters", "", false, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.code, func(t *testing.T) {
			cands := d.Lookup(tt.word)
			if tt.code == "" {
				if cands != nil {
					t.Errorf("Lookup(%q) = %d candidates, want none", tt.word, len(cands))
				}
				return
			}
			c, ok := find(cands, tt.code, tt.noun, tt.rest...)
			if !ok {
				t.Fatalf("Lookup(%q): no %s pattern (noun %v, rest %q) among %d candidates", tt.word, tt.code, tt.noun, tt.rest, len(cands))
			}
			if c.Form != tt.form {
				t.Errorf("Lookup(%q) %s: form %d, want %d", tt.word, tt.code, c.Form, tt.form)
			}
			if !strings.Contains(c.Pattern.Rule, ".verbs:") {
				t.Errorf("rule %q, want file.verbs:LINE", c.Pattern.Rule)
			}
		})
	}
	pulled, _ := find(d.Lookup("pulled"), "0874", false, "out")
	if pulled.Pattern == nil || pulled.Pattern.Gap != maxGap {
		t.Errorf("pull .. out: gap = %+v, want %d", pulled.Pattern, maxGap)
	}
}

// TestDefaultNoRedundantCandidates catches a noun listed both in the singular and the
// plural, or two patterns that differ only in code: the coder could not tell them apart.
func TestDefaultNoRedundantCandidates(t *testing.T) {
	d := mustDefault(t)
	for w, cands := range d.forms {
		for i, a := range cands {
			for _, b := range cands[i+1:] {
				if a.Pattern.Noun == b.Pattern.Noun && a.Pattern.Gap == b.Pattern.Gap && slices.Equal(a.Pattern.Rest, b.Pattern.Rest) {
					t.Errorf("%q: %s (%s) and %s (%s) match alike", w, a.Pattern.Rule, a.Pattern.Code, b.Pattern.Rule, b.Pattern.Code)
				}
			}
		}
	}
}

func TestLoad(t *testing.T) {
	src := `# a comment
190 clash +with # trailing comment
0874 pull .. out +of
0874 ~withdrawal $of $by +from
0874 retreat -
163 impose .. sanctions +on
`
	d := New()
	if err := d.Load(strings.NewReader(src), "t.verbs"); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 5 {
		t.Errorf("Len = %d, want 5", d.Len())
	}
	want := []Candidate{{Pattern: &Pattern{Code: "0874", Lemma: "withdrawal", Noun: true,
		SourcePrep: []string{"of", "by"}, TargetPrep: []string{"from"}, Rule: "t.verbs:4"}, Form: Plural}}
	if diff := cmp.Diff(want, d.Lookup("withdrawals")); diff != "" {
		t.Errorf("Lookup(withdrawals) (-want +got):\n%s", diff)
	}
	want = []Candidate{{Pattern: &Pattern{Code: "0874", Lemma: "retreat", NoTarget: true, Rule: "t.verbs:5"}, Form: Gerund}}
	if diff := cmp.Diff(want, d.Lookup("retreating")); diff != "" {
		t.Errorf("Lookup(retreating) (-want +got):\n%s", diff)
	}
	want = []Candidate{{Pattern: &Pattern{Code: "163", Lemma: "impose", Rest: []string{"sanctions"}, Gap: maxGap,
		TargetPrep: []string{"on"}, Rule: "t.verbs:6"}, Form: Past}}
	if diff := cmp.Diff(want, d.Lookup("imposed")); diff != "" {
		t.Errorf("Lookup(imposed) (-want +got):\n%s", diff)
	}

	if err := d.Load(strings.NewReader("193 clash +with\n"), "user.verbs"); err != nil {
		t.Fatal(err)
	}
	if c := d.Lookup("clashed"); len(c) != 1 || c[0].Pattern.Code != "193" || c[0].Pattern.Rule != "user.verbs:1" {
		t.Errorf("after override, Lookup(clashed) = %+v, want the user's 193 pattern", c)
	}
	if d.Len() != 5 {
		t.Errorf("after override, Len = %d, want 5", d.Len())
	}
}

func TestLoadErrors(t *testing.T) {
	src := `190 fight
999 fight +with
190
190 Fi#ght
0874 withdraw .. 
0874 pull out .. back
057 sign $of
0874 withdraw - +from
190 fight
190 clash +with again
190 ~attack +
190 shoot@
`
	d := New()
	err := d.Load(strings.NewReader(src), "bad.verbs")
	if err == nil {
		t.Fatal("Load: no error")
	}
	want := []string{
		`bad.verbs:2: code "999": not a CAMEO code`,
		`bad.verbs:3: line "190": want CODE PATTERN`,
		`bad.verbs:5: gap '..': no rest word follows it`,
		`bad.verbs:6: gap "..": must follow the head word`,
		`bad.verbs:7: source preposition "$of": only noun heads (~word) take one`,
		`bad.verbs:8: '-' with target preposition "from": an intransitive trigger takes no target`,
		`bad.verbs:9: pattern "fight": already defined at line 1`,
		`bad.verbs:10: word "again" after "+with": rest words come before the markers`,
		`bad.verbs:11: preposition "+": want a word after +`,
		`bad.verbs:12: head "shoot@": want a lower-case word`,
	}
	got := strings.Split(err.Error(), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if d.Len() != 0 {
		t.Errorf("Len = %d after a failed load, want 0", d.Len())
	}
}

func TestLoadPathAndCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.verbs", "190 clash +with\n")
	write("sub/b.verbs", "0874 pull .. out\n")
	write("notes.txt", "not a dictionary\n")
	d := New()
	if err := d.LoadPath(dir, FormatPeacewatch); err != nil {
		t.Fatal(err)
	}
	if d.Len() != 2 {
		t.Errorf("Len = %d, want 2", d.Len())
	}
	if c := d.Lookup("pulls"); len(c) != 1 || c[0].Pattern.Rule != "sub/b.verbs:1" {
		t.Errorf("Lookup(pulls) = %+v, want rule sub/b.verbs:1", c)
	}
	if errs := Check(dir, ""); len(errs) != 0 {
		t.Errorf("Check: %v", errs)
	}
	write("sub/c.verbs", "190 clash\n999 x\n")
	write("d.verbs", "12x y\n")
	errs := Check(dir, FormatPeacewatch)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "d.verbs:1:") || !strings.Contains(errs[1].Error(), "sub/c.verbs:2:") {
		t.Errorf("Check = %v, want errors at d.verbs:1 and sub/c.verbs:2", errs)
	}
	if errs := Check(dir, "tabari"); len(errs) != 1 {
		t.Errorf("Check with an unknown format = %v, want one error", errs)
	}
	if errs := Check(filepath.Join(dir, "missing"), ""); len(errs) != 1 {
		t.Errorf("Check of a missing path = %v, want one error", errs)
	}
}

func TestLookupAllocs(t *testing.T) {
	d := mustDefault(t)
	if n := testing.AllocsPerRun(100, func() { d.Lookup("withdrew") }); n != 0 {
		t.Errorf("Lookup allocates %v times, want 0", n)
	}
}

func BenchmarkLookup(b *testing.B) {
	d := mustDefault(b)
	words := []string{"the", "withdrew", "attacks", "troops", "from", "pulled", "ceasefire", "said"}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Lookup(words[i%len(words)])
	}
}
