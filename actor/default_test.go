package actor

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	files, err := fs.Glob(embedded, "data/*.actors")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no embedded data/*.actors files yet")
	}
	d, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	kinds := map[Kind]int{}
	for _, e := range d.Entries() {
		kinds[e.Kind]++
	}
	t.Logf("%d files, %d entries %v, %d warnings", len(files), d.Len(), kinds, len(d.Warnings()))
	for _, w := range d.Warnings() {
		t.Log(w)
	}
	if kinds[Country] < 190 {
		t.Errorf("Default has %d countries, want at least 190", kinds[Country])
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("[country]\nChad | TCD | Chadian\n[person]\nX Y | ABCGOV 2020-01..; ABCELI | Y\n")
	f.Add("[agent]\ntroops | MIL\n[bogus]\n | \n")
	f.Add("AFGHANISTAN_ [AFG]\n+AFGHAN_\nX_\n\t[AFGGOV 010101-020202] [---]\n")
	f.Add("!P! = MAN, MEN\nCHAIR!P! {} [~GOV]\nX [IGO~]\n")
	f.Fuzz(func(t *testing.T, src string) {
		for _, load := range []func(*Dictionary) error{
			func(d *Dictionary) error { return d.Load(strings.NewReader(src), "f") },
			func(d *Dictionary) error { return d.LoadPhoenixActors(strings.NewReader(src), "f") },
			func(d *Dictionary) error { return d.LoadPhoenixAgents(strings.NewReader(src), "f") },
		} {
			d := New()
			err := load(d)
			for _, e := range append(flatten(err), d.Warnings()...) {
				if !strings.HasPrefix(e.Error(), "f:") {
					t.Fatalf("problem without a location: %v", e)
				}
			}
			for _, e := range d.Entries() {
				if len(e.Phrases) == 0 || len(e.Codes) == 0 {
					t.Fatalf("entry %+v without phrases or codes", e)
				}
				words := strings.Fields(strings.Join(e.Phrases, " "))
				d.Match(words, words)
			}
		}
	})
}

// A surname alone names its entry after a title, a day or a spelling of the entry's own
// given name, not after another person's given name.
func TestSurnameAfterGivenName(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []peopleCase{
		{"an Austrian delegation led by Chancellor Julius Raab", "Julius Raab"},
		{"a memoir by Walter Kohl , the chancellor 's son", ""},
		{"Chancellor Kohl flew to Moscow", "Helmut Kohl"},
		{"the envoy Qayum Karzai , the president 's brother , said", ""},
		{"Foreign Secretary Raab flew to Islamabad", "Dominic Raab"},
		{"talks between Dominic Raab and his hosts", "Dominic Raab"},
		{"Mahmud Abbas met the envoy", "Mahmoud Abbas"},
		{"On Monday Karzai said", "Hamid Karzai"},
		{"Karzai said", "Hamid Karzai"},
	}
	checkPeople(t, d, tests)
}

// A word that begins only people's names is a given name, not a title that spares the
// surname after it; a title spares it even when it also begins a name ("King Salman").
func TestGivenNameOfAnotherEntry(t *testing.T) {
	d := New()
	src := "[person]\nWalter Scheel | DEUGOV | Scheel\nHelmut Kohl | DEUGOV | Kohl\n" +
		"King Salman | SAUGOV\nHaitham bin Tariq | OMNGOV | Haitham\n[country]\nIsrael | ISR\n"
	if err := d.Load(strings.NewReader(src), "t"); err != nil {
		t.Fatal(err)
	}
	tests := []peopleCase{
		{"a memoir by Walter Kohl appeared", ""},
		{"Walter Scheel met Kohl", "Walter Scheel,Helmut Kohl"},
		{"a letter from King Haitham arrived", "Haitham bin Tariq"},
		{"in Israel Kohl spoke", "Helmut Kohl"},
	}
	checkPeople(t, d, tests)
}

// peopleCase is a text and the names of the people Match finds in it, comma-joined.
type peopleCase struct{ text, want string }

func checkPeople(t *testing.T, d *Dictionary, tests []peopleCase) {
	t.Helper()
	for _, tt := range tests {
		words, lower := tokens(tt.text)
		var got []string
		for _, m := range d.Match(words, lower) {
			if m.Entry.Kind == Person {
				got = append(got, m.Entry.Name)
			}
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("%q: people %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestDefaultHistoricEntries checks entries added for deals of the last century: the
// organisations that brokered or verified them, the movements and the people that
// signed them, coded as of a date (a movement that signed a settlement changes code
// that day, a commander who led a mutiny is its rebel for as long).
func TestDefaultHistoricEntries(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, date, want string
	}{
		{"observers of the OAS arrived", "1965-09-01", "IGOOAS"},
		{"the Organization of American States met", "1969-07-18", "IGOOAS"},
		{"ABACC inspectors visited", "1992-03-01", "IGOABACC"},
		{"the FLNKS signed", "1988-06-26", "NCLOPP"},
		{"the RPCR signed", "1998-05-05", "NCLOPP"},
		{"the Mizo National Front fought on", "1980-01-01", "INDREB"},
		{"the Mizo National Front won the vote", "1987-02-20", "INDOPP"},
		{"the oas of the desert", "1965-09-01", ""}, // lower case is no acronym
		{"Nino Vieira returned from exile", "2005-10-02", "GNBGOV"},
		{"Joao Bernardo Vieira fled the palace", "1999-05-07", "GNBGOV"},
		{"Ansumane Mane led the mutiny", "1998-07-01", "GNBREB"},
		{"Ansumane Mane inspected the barracks", "1997-03-01", "GNBMIL"},
		{"Mane said", "1998-07-01", ""}, // a surname shared by many stands alone for none
		{"General Menendez signed", "1982-06-14", "ARGMIL"},
		{"Sir Jeremy Moore accepted the surrender", "1982-06-14", "GBRMIL"},
		{"Moore said", "1982-06-14", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			day, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			words, lower := tokens(tt.text)
			var got []string
			for _, m := range d.Match(words, lower) {
				got = append(got, m.Entry.CodeAt(day))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("codes of %q on %s = %q, want %q", tt.text, tt.date, g, tt.want)
			}
		})
	}
}

// TestContinentIsNoState checks that America named as a continent or a part of one
// ("the Central American presidents", "Latin America") is not the United States,
// while the country's own demonym and name still are.
func TestContinentIsNoState(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(1989, 8, 7, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, want string }{
		{"the Central American presidents met", ""},
		{"across Latin America", ""},
		{"South Americans voted", ""},
		{"a North American trade pact", ""},
		{"the American presidents met", "USA"},
		{"American troops landed", "USA"},
		{"flights to America resumed", "USA"},
		{"the south America route", "USA"}, // a lower-case word is no part of a name
	} {
		t.Run(tt.text, func(t *testing.T) {
			words, lower := tokens(tt.text)
			var got []string
			for _, m := range d.Match(words, lower) {
				if m.Entry.Kind == Country {
					got = append(got, m.Entry.CodeAt(day))
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("countries of %q = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}
