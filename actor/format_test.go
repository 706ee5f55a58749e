package actor

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestLoadEntries(t *testing.T) {
	tests := []struct {
		name, src string
		want      []*Entry
	}{
		{"country with phrases", "[country]\nChad | TCD | Chadian; Chadians # demonyms\n",
			[]*Entry{{Kind: Country, Name: "Chad", Phrases: []string{"chad", "chadian", "chadians"},
				Codes: []DatedCode{{Code: "TCD"}}, Country: "TCD", Source: "t.actors:2"}}},
		{"capital takes its country from the code", "# header\n\n[capital]\nKabul | AFGGOV\n",
			[]*Entry{{Kind: Capital, Name: "Kabul", Phrases: []string{"kabul"},
				Codes: []DatedCode{{Code: "AFGGOV"}}, Country: "AFG", Source: "t.actors:4"}}},
		{"person with dated codes", "[person]\nAmina Sesay | SLEGOV 2018-04..2023-06; SLEELI 2012.. | President Sesay; Sesay's\n",
			[]*Entry{{Kind: Person, Name: "Amina Sesay", Phrases: []string{"amina sesay", "president sesay", "sesay 's"},
				Codes:   []DatedCode{{Code: "SLEGOV", From: day(2018, 4, 1), To: day(2023, 6, 30)}, {Code: "SLEELI", From: day(2012, 1, 1)}},
				Country: "SLE", Source: "t.actors:2"}}},
		{"igo and transnational group have no country", "[igo]\nAfrican Union | IGOAFRAU | AU\n[group]\nIslamic State | IMGISI | IS\n",
			[]*Entry{
				{Kind: IGO, Name: "African Union", Phrases: []string{"african union", "au"}, Codes: []DatedCode{{Code: "IGOAFRAU"}}, Source: "t.actors:2"},
				{Kind: Group, Name: "Islamic State", Phrases: []string{"islamic state", "is"}, Codes: []DatedCode{{Code: "IMGISI"}}, Source: "t.actors:4"}}},
		{"agent and place", "[agent]\nsecurity forces | SEC | security force\n[place]\nGoma | COD\n",
			[]*Entry{
				{Kind: Agent, Name: "security forces", Phrases: []string{"security forces", "security force"}, Codes: []DatedCode{{Code: "SEC"}}, Source: "t.actors:2"},
				{Kind: Place, Name: "Goma", Phrases: []string{"goma"}, Codes: []DatedCode{{Code: "COD"}}, Country: "COD", Source: "t.actors:4"}}},
		{"punctuation is tokenised", "[group]\nAden-Abyan Islamic Army (AAIA) | YEMREB | “Jaysh Adan”\n",
			[]*Entry{{Kind: Group, Name: "Aden-Abyan Islamic Army (AAIA)", Phrases: []string{"aden-abyan islamic army ( aaia )", "“ jaysh adan ”"},
				Codes: []DatedCode{{Code: "YEMREB"}}, Country: "YEM", Source: "t.actors:2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := New()
			if err := d.Load(strings.NewReader(tt.src), "t.actors"); err != nil {
				t.Fatalf("Load: %v", err)
			}
			if diff := cmp.Diff(tt.want, d.Entries()); diff != "" {
				t.Errorf("entries mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file    string
		want    []string // substrings, one per problem, in order
		entries int
	}{
		{"bad_date.actors", []string{
			`bad_date.actors:4: person "Kofi Mensah": code GHAGOV: from date: date "2021-02-30"`,
			`bad_date.actors:5: person "Lena Varga": code HUNGOV: date range 2022..2019 ends before it starts`,
		}, 1},
		{"unknown_section.actors", []string{`unknown_section.actors:4: unknown section [province]`}, 2},
		{"missing_code.actors", []string{
			`missing_code.actors:2: group "Northern Brigade": missing code`,
			`missing_code.actors:3: group "Southern Brigade": missing code`,
			`missing_code.actors:4: empty name`,
		}, 0},
		{"bad_code.actors", []string{
			`bad_code.actors:2: igo "Regional Council": code "igoRGC": want 3 to 12 uppercase letters`,
			`bad_code.actors:3: igo "Old League": code "IGOTOOLONGCODEX": want 3 to 12 uppercase letters`,
			`bad_code.actors:5: agent "troops": code "MILITARY": want 3 uppercase letters`,
			`bad_code.actors:6: agent "Stray line outside": missing code`,
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "broken", tt.file)
			d := New()
			errs := flatten(d.LoadPath(path, FormatPeacewatch))
			checkMessages(t, errs, tt.want)
			for _, err := range errs {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.File != path || pe.Line == 0 || pe.Warning {
					t.Errorf("error %v is not a located *ParseError for %s", err, path)
				}
			}
			if d.Len() != tt.entries {
				t.Errorf("Len() = %d, want %d: good lines still load", d.Len(), tt.entries)
			}
			checkMessages(t, Check(path, FormatPeacewatch), tt.want)
		})
	}
}

func checkMessages(t *testing.T, errs []error, want []string) {
	t.Helper()
	if len(errs) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(errs), len(want), errors.Join(errs...))
	}
	for i, err := range errs {
		if !strings.Contains(err.Error(), want[i]) {
			t.Errorf("problem %d = %q, want it to contain %q", i, err, want[i])
		}
	}
}

func TestCheckDirectory(t *testing.T) {
	errs := Check(filepath.Join("testdata", "broken"), FormatPeacewatch)
	if len(errs) != 10 {
		t.Fatalf("Check(broken) found %d problems, want 10:\n%v", len(errs), errors.Join(errs...))
	}
	if errs := Check(filepath.Join("testdata", "good"), FormatPeacewatch); errs != nil {
		t.Errorf("Check(good) = %v, want nil", errs)
	}
	if errs := Check(filepath.Join("testdata", "absent"), FormatPeacewatch); len(errs) != 1 {
		t.Errorf("Check(absent) = %v, want one error", errs)
	}
	if errs := Check("testdata", "tabari"); len(errs) != 1 || !strings.Contains(errs[0].Error(), `format "tabari"`) {
		t.Errorf("Check with an unknown format = %v", errs)
	}
}

func TestConflictWarning(t *testing.T) {
	// Line 3 gives line 2's phrase another code of the same country with no dates: only
	// the entry loaded last is ever chosen. Entries of other countries, and people with
	// dated codes, are alternatives Mention.Choose tells apart, not conflicts.
	src := "[person]\nAli Hassan | EGYGOV\nAli Hassan | EGYMIL\n[group]\nHassan Front | SDNREB | Ali Hassan\n[person]\nAli Hassan | EGYGOV\n" +
		"Ali Hassan | SDNGOV\nAli Hassan | EGYGOV 2001..2003; EGYELI\n"
	d := New()
	if err := d.Load(strings.NewReader(src), "p.actors"); err != nil {
		t.Fatalf("Load: %v", err)
	}
	w := d.Warnings()
	want := `p.actors:3: warning: person "Ali Hassan": phrase "ali hassan" also names "Ali Hassan" with other codes (p.actors:2)`
	if len(w) != 2 || w[0].Error() != want || !strings.HasPrefix(w[1].Error(), "p.actors:7: warning:") {
		t.Errorf("Warnings() = %v, want [%s, a second one at line 7]", w, want)
	}
	if got := d.Lookup("ALI HASSAN"); len(got) != 6 || got[0].Source != "p.actors:9" || got[5].Kind != Group {
		t.Errorf("Lookup order: the latest person first, the group last; got %v", got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want time.Time
		ok   bool
	}{
		{"2024-02-29", false, day(2024, 2, 29), true},
		{"2024-02", true, day(2024, 2, 29), true},
		{"2023", true, day(2023, 12, 31), true},
		{"2023", false, day(2023, 1, 1), true},
		{"", false, time.Time{}, true},
		{"2023-13", false, time.Time{}, false},
		{"23-01-01", false, time.Time{}, false},
		{"2023/01/01", false, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseDate(tt.in, tt.end)
			if (err == nil) != tt.ok || !got.Equal(tt.want) {
				t.Errorf("parseDate(%q, %v) = %v, %v; want %v, ok=%v", tt.in, tt.end, got, err, tt.want, tt.ok)
			}
		})
	}
}
