package verb

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A small dictionary in the Phoenix layout, written for this test.
const phoenixSample = `# sample
&TRUCE_
+TRUCE
+CEASE_FIRE

####### VERB PATTERNS #######

--- STORM [190] ---
STORM
RAID {RAIDS RAIDED RAIDING} [170]
+BREAK_INTO {+BROKE_INTO +BREAKS_INTO +BREAKING_INTO}
- * BASE IN + [192]  # STORM
- * &TRUCE [196]
- * + WITH TANKS [194]
- SAID * [---]
- POLICE * + [173]
- * $ HOME [171]
- * TOWN [0999]
- * HEADQUARTERS + [171:171]

--- LOCK [---] ---
LOCK
- * DOWN + [1723]
`

func TestLoadPhoenixSample(t *testing.T) {
	d := New()
	st, err := d.LoadPhoenix(strings.NewReader(phoenixSample), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	if st.Verbs != 4 || st.Patterns != 9 {
		t.Errorf("read %d verbs and %d patterns, want 4 and 9", st.Verbs, st.Patterns)
	}
	wantSkips := map[string]int{skipNullCode: 2, skipContext: 1, skipMarker: 2, skipUnknownCode: 1}
	for why, n := range wantSkips {
		if st.Skipped[why] != n {
			t.Errorf("skipped %q: %d, want %d (all: %v)", why, st.Skipped[why], n, st.Skipped)
		}
	}
	// 3 verbs; BASE IN for STORM alone (its comment names it); the synset line twice
	// over and HEADQUARTERS for all 3 verbs; LOCK DOWN once.
	if st.Converted != 3+3+1 || st.Added != 3+1+6+3+1 {
		t.Errorf("converted %d lines into %d patterns, want 7 into 14", st.Converted, st.Added)
	}
	if _, ok := find(d.Lookup("raids"), "192", false, "base"); ok {
		t.Error("BASE IN, commented STORM, was given to RAID too")
	}
	tests := []struct {
		word, code string
		rest       []string
		form       Form
	}{
		{"stormed", "190", nil, Past},
		{"raided", "170", nil, Past},
		{"storms", "192", []string{"base"}, ThirdSing},
		{"storming", "196", []string{"cease", "fire"}, Gerund},
		{"storms", "196", []string{"truce"}, ThirdSing},
		{"broke", "171", []string{"into", "headquarters"}, Past},
		{"locked", "1723", []string{"down"}, Past},
	}
	for _, tt := range tests {
		c, ok := find(d.Lookup(tt.word), tt.code, false, tt.rest...)
		if !ok {
			t.Errorf("Lookup(%q): no %s pattern with rest %q", tt.word, tt.code, tt.rest)
			continue
		}
		if c.Form != tt.form {
			t.Errorf("Lookup(%q) %s: form %d, want %d", tt.word, tt.code, c.Form, tt.form)
		}
	}
	base, _ := find(d.Lookup("stormed"), "192", false, "base")
	if base.Pattern == nil || len(base.Pattern.TargetPrep) != 1 || base.Pattern.TargetPrep[0] != "in" || base.Pattern.Rule != "sample.txt:12" {
		t.Errorf("storm base in +: %+v, want target preposition in, rule sample.txt:12", base.Pattern)
	}
}

// sharedPhoenix returns the shared Phoenix dictionary directory, skipping when absent.
func sharedPhoenix(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "shared", "dictionaries", "phoenix")
	if _, err := os.Stat(filepath.Join(dir, "CAMEO.verbpatterns.150430.txt")); err != nil {
		t.Skipf("shared Phoenix dictionaries not available: %v", err)
	}
	return dir
}

func TestLoadPhoenixShared(t *testing.T) {
	dir := sharedPhoenix(t)
	f, err := os.Open(filepath.Join(dir, "CAMEO.verbpatterns.150430.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := New()
	st, err := d.LoadPhoenix(f, "CAMEO.verbpatterns.150430.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("verbs %d, patterns %d, converted %d, added %d, skipped %d: %v", st.Verbs, st.Patterns, st.Converted, st.Added, st.Skips(), st.Skipped)
	if st.Verbs < 1500 || st.Patterns < 10000 || st.Converted < 3000 || d.Len() < 10000 {
		t.Errorf("counts too low: %+v, Len %d", st, d.Len())
	}
	for _, tt := range []struct{ word, code string }{
		{"fought", "190"}, {"demanded", "100"}, {"met", "040"},
	} {
		if _, ok := find(d.Lookup(tt.word), tt.code, false); !ok {
			t.Errorf("Lookup(%q): no bare %s pattern", tt.word, tt.code)
		}
	}
	d2 := New()
	if err := d2.LoadPath(dir, FormatPhoenix); err != nil {
		t.Fatal(err)
	}
	if d2.Len() != d.Len() {
		t.Errorf("LoadPath(dir) Len = %d, want %d (only CAMEO.verbpatterns.*.txt is read)", d2.Len(), d.Len())
	}
}
