package actor

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestLoadPhoenixActors(t *testing.T) {
	d := New()
	path := filepath.Join("testdata", "phoenix", "Test.actors.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := d.LoadPhoenixActors(f, path); err != nil {
		t.Fatalf("LoadPhoenixActors: %v", err)
	}
	var got []string
	for _, e := range d.Entries() {
		got = append(got, string(e.Kind)+" "+e.Name+" "+e.Country+" "+strings.Join(e.Phrases, "/"))
	}
	want := []string{
		"country FREEDONIA FRD freedonia/freedonian/fridonia",
		"person RUFUS FIREFLY FRD rufus firefly/president firefly",
		"group MARX BROTHERS LEAGUE FRD marx brothers league/marx league",
		"country SYLVANIA SYL sylvania",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries mismatch (-want +got):\n%s", diff)
	}
	firefly := d.Lookup("Rufus Firefly")[0]
	for at, code := range map[time.Time]string{day(1931, 5, 1): "FRDELI", day(1935, 5, 1): "FRDGOV", day(1950, 1, 1): "FRDELI"} {
		if got := firefly.CodeAt(at); got != code {
			t.Errorf("CodeAt(%v) = %q, want %q", at, got, code)
		}
	}
	checkMessages(t, d.Warnings(), []string{
		`Test.actors.txt:15: warning: TRENTINO: date "991301": want YYMMDD or YYYYMMDD; code dropped`,
		`Test.actors.txt:15: warning: TRENTINO: missing code`,
		`Test.actors.txt:17: warning: NOWHERE MAN: missing code`,
	})
	words, lower := tokens("Freedonia 's President Firefly met the freedonian envoy")
	ms := d.Match(words, lower)
	if len(ms) != 2 || ms[0].Entry.Name != "FREEDONIA" || ms[1].Start != 2 || ms[1].End != 4 {
		t.Errorf("Match = %+v, want Freedonia and President Firefly (not the lower-case demonym)", ms)
	}
}

func TestLoadPhoenixAgents(t *testing.T) {
	d := New()
	path := filepath.Join("testdata", "phoenix", "Test.agents.txt")
	if err := d.LoadPath(path, FormatPhoenix); err != nil {
		t.Fatalf("LoadPath: %v", err)
	}
	var got []string
	for _, e := range d.Entries() {
		got = append(got, string(e.Kind)+" "+e.Codes[0].Code+" "+strings.Join(e.Phrases, "/"))
	}
	want := []string{
		"agent MIL trooper/troopers",
		"agent REB militia",
		"agent REB enemy/enemies",
		"agent GOV chairman/chairmen/chairwoman/chairwomen",
		"agent COP city police/city polices",
		"igo IGO truce observer/truce observers",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries mismatch (-want +got):\n%s", diff)
	}
	checkMessages(t, d.Warnings(), []string{`Test.agents.txt:9: warning: agent "BROKEN_LINE ~MIL]": missing [~ROLE] code`})
}

func TestParsePhoenixCode(t *testing.T) {
	tests := []struct {
		in   string
		want DatedCode
		ok   bool
	}{
		{"AFG", DatedCode{Code: "AFG"}, true},
		{"AFGGOV >011222", DatedCode{Code: "AFGGOV", From: day(2001, 12, 22)}, true},
		{"EGYGOV > 140608", DatedCode{Code: "EGYGOV", From: day(2014, 6, 8)}, true},
		{"HTIOPPMED <061231", DatedCode{Code: "HTIOPPMED", To: day(2006, 12, 31)}, true},
		{"AFGELI 320101-331108", DatedCode{Code: "AFGELI", From: day(1932, 1, 1), To: day(1933, 11, 8)}, true},
		{"RUSELI 19240101-641014", DatedCode{Code: "RUSELI", From: day(1924, 1, 1), To: day(1964, 10, 14)}, true},
		{"USAGOV 19820101", DatedCode{Code: "USAGOV", From: day(1982, 1, 1)}, true},
		{"NGOHINDEN211DEV", DatedCode{Code: "NGOHINDEN211DEV"}, true},
		{"GBRGOV >201005011", DatedCode{Code: "GBRGOV"}, false},
		{"EGYGOV 20121207-20120802", DatedCode{Code: "EGYGOV", From: day(2012, 12, 7), To: day(2012, 8, 2)}, false},
		{"gov", DatedCode{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parsePhoenixCode(tt.in)
			if (err == nil) != tt.ok || got.Code != tt.want.Code || !got.From.Equal(tt.want.From) || !got.To.Equal(tt.want.To) {
				t.Errorf("parsePhoenixCode(%q) = %+v, %v; want %+v, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

// TestPhoenixDictionaries loads the public Phoenix dictionaries when they are present
// and checks facts read from them.
func TestPhoenixDictionaries(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "dictionaries", "phoenix")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("phoenix dictionaries not available: %v", err)
	}
	d := New()
	if err := d.LoadPath(dir, FormatPhoenix); err != nil {
		t.Fatalf("LoadPath: %v", err)
	}
	kinds := map[Kind]int{}
	for _, e := range d.Entries() {
		kinds[e.Kind]++
	}
	t.Logf("%d entries %v, %d warnings", d.Len(), kinds, len(d.Warnings()))
	if kinds[Country] < 190 || kinds[Person] < 10000 || kinds[Group] < 1000 || kinds[Agent] < 2000 {
		t.Errorf("too few entries: %v", kinds)
	}
	if n := len(d.Warnings()); n > 200 {
		t.Errorf("%d warnings; the files have about a hundred known flaws", n)
	}
	facts := []struct {
		phrase string
		kind   Kind
		at     time.Time
		code   string
	}{
		{"Afghanistan", Country, time.Time{}, "AFG"},
		{"Hamid Karzai", Person, day(1990, 1, 1), "AFGELI"},
		{"Hamid Karzai", Person, day(2005, 1, 1), "AFGGOV"},
		{"Mohammad Zahir Shah", Person, day(1950, 1, 1), "AFGGOV"},
		{"Mohammad Zahir Shah", Person, day(1980, 1, 1), "AFGELI"},
		{"Kofi Annan", Person, day(2000, 1, 1), "IGOUNO"},
		{"Taliban", Group, time.Time{}, "AFGREB"},
		{"police", Agent, time.Time{}, "COP"},
		{"soldiers", Agent, time.Time{}, "MIL"},
		{"insurgent", Agent, time.Time{}, "REB"},
	}
	for _, f := range facts {
		es := d.Lookup(f.phrase)
		i := slices.IndexFunc(es, func(e *Entry) bool { return e.Kind == f.kind })
		if i < 0 {
			t.Errorf("Lookup(%q) has no %s: %v", f.phrase, f.kind, es)
			continue
		}
		if got := es[i].CodeAt(f.at); got != f.code {
			t.Errorf("%s %q at %v: code %q, want %q", f.kind, f.phrase, f.at.Format(time.DateOnly), got, f.code)
		}
	}
	words, lower := tokens("Afghan soldiers and Taliban insurgents clashed , President Karzai said")
	var got []string
	for _, m := range d.Match(words, lower) {
		got = append(got, strings.Join(words[m.Start:m.End], " ")+"="+m.Entry.CodeAt(day(2005, 1, 1)))
	}
	want := []string{"Afghan=AFG", "soldiers=MIL", "Taliban=AFGREB", "insurgents=REB", "President Karzai=AFGGOV"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Match mismatch (-want +got):\n%s", diff)
	}
	problems := Check(dir, FormatPhoenix)
	var pe *ParseError
	if len(problems) != len(d.Warnings()) || len(problems) == 0 || !errors.As(problems[0], &pe) || !pe.Warning {
		t.Errorf("Check found %d problems, want the %d warnings", len(problems), len(d.Warnings()))
	}
}
