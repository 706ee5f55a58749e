package acled

import (
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/event"
)

func TestCameo(t *testing.T) {
	tests := []struct {
		eventType, subType, code, plover string
	}{
		{"Battles", "Armed clash", "190", "ASSAULT"},
		{"Battles", "Government regains territory", "192", "ASSAULT"},
		{"Battles", "Non-state actor overtakes territory", "192", "ASSAULT"},
		{"Explosions/Remote violence", "Air/drone strike", "195", "ASSAULT"},
		{"Explosions/Remote violence", "Shelling/artillery/missile attack", "194", "ASSAULT"},
		{"Explosions/Remote violence", "Suicide bomb", "1831", "ASSAULT"},
		{"Explosions/Remote violence", "Remote explosive/landmine/IED", "183", "ASSAULT"},
		{"Explosions/Remote violence", "Chemical weapon", "2041", "ASSAULT"},
		{"Explosions/Remote violence", "Grenade", "183", "ASSAULT"},
		{"Violence against civilians", "Attack", "180", "ASSAULT"},
		{"Violence against civilians", "Sexual violence", "1821", "ASSAULT"},
		{"Violence against civilians", "Abduction/forced disappearance", "181", "ASSAULT"},
		{"Protests", "Peaceful protest", "141", "PROTEST"},
		{"Protests", "Protest with intervention", "141", "PROTEST"},
		{"Protests", "Excessive force against protesters", "175", "COERCE"},
		{"Riots", "Violent demonstration", "145", "PROTEST"},
		{"Riots", "Mob violence", "145", "PROTEST"},
		{"Strategic developments", "Agreement", "057", "AGREE"},
		{"Strategic developments", "Arrests", "173", "COERCE"},
		{"Strategic developments", "Looting/property destruction", "171", "COERCE"},
		{"Strategic developments", "Headquarters or base established", "154", "MOBILIZE"},
		{"Strategic developments", "Non-violent transfer of territory", "192", "ASSAULT"},
		{"Strategic developments", "Change to group/activity", "", ""},
		{"Strategic developments", "Other", "", ""},
		{"battles", "ARMED CLASH", "190", "ASSAULT"},
		{"Battle-No change of territory", "", "190", "ASSAULT"},
		{"Riots/Protests", "", "141", "PROTEST"},
		{"Remote violence", "", "195", "ASSAULT"},
	}
	for _, tt := range tests {
		code, ok := Cameo(tt.eventType, tt.subType)
		if !ok || code != tt.code {
			t.Errorf("Cameo(%q, %q) = %q, %v; want %q", tt.eventType, tt.subType, code, ok, tt.code)
			continue
		}
		if info, _ := event.Lookup(code); info.Plover.Type != tt.plover {
			t.Errorf("%s / %s: PLOVER %q, want %q", tt.eventType, tt.subType, info.Plover.Type, tt.plover)
		}
	}
	if _, ok := Cameo("Ceasefires", ""); ok {
		t.Error("Cameo of an unknown event type: ok")
	}
}

func TestRoleAndISO(t *testing.T) {
	for in, want := range map[string]string{"1": "MIL", "2": "REB", "3": "UAF", "4": "UAF", "5": "OPP", "6": "OPP", "7": "CVL", "8": "", "0": "", "Rebel group": "REB", "civilians": "CVL"} {
		if got, ok := Role(in); !ok || got != want {
			t.Errorf("Role(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := Role("9"); ok {
		t.Error("Role(9): ok")
	}
	for n, want := range map[int]string{4: "AFG", 804: "UKR", 729: "SDN", 728: "SSD", 180: "COD", 178: "COG", 275: "PSE", 376: "ISR", 566: "NGA", 887: "YEM", 760: "SYR", 104: "MMR", 643: "RUS", 840: "USA"} {
		if got, ok := ISO3(n); !ok || got != want {
			t.Errorf("ISO3(%d) = %q; want %q", n, got, want)
		}
	}
	if n := len(loadTables().iso); n < 249 {
		t.Errorf("%d numeric codes, want all of ISO 3166-1", n)
	}
}

func TestActorCodes(t *testing.T) {
	c := newActorCoder(dict(t))
	day := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, inter, country, want string
	}{
		{"Military Forces of Sudan (2019-)", "1", "SDN", "SDNMIL"},
		{"Police Forces of Kenya (2022-)", "1", "KEN", "KENCOP"},
		{"Government of Ethiopia (2018-)", "1", "ETH", "ETHGOV"},
		{"Military Forces of Russia (2000-)", "8", "UKR", "RUSMIL"},
		{"RSF: Rapid Support Forces", "2", "SDN", "SDNREB"},
		{"Islamic State (Nigeria)", "2", "NGA", "NGAREB"},
		{"Unidentified Armed Group (Mali)", "3", "BFA", "MLIUAF"},
		{"Unidentified Armed Group", "3", "BFA", "BFAUAF"},
		{"Protesters (Colombia)", "6", "COL", "COLOPP"},
		{"Rioters (India)", "5", "IND", "INDOPP"},
		{"Civilians (Ukraine)", "7", "POL", "UKRCVL"},
		{"Private Security Forces", "8", "", ""},
	}
	for _, tt := range tests {
		if got := c.code(tt.name, tt.inter, day, tt.country); got != tt.want {
			t.Errorf("code(%q, inter %s, in %s) = %q, want %q", tt.name, tt.inter, tt.country, got, tt.want)
		}
	}
}

func TestCutParens(t *testing.T) {
	base, notes := cutParens("Military Forces of Russia (2000-) Wagner Group (Russia)")
	if base != "Military Forces of Russia Wagner Group" || strings.Join(notes, "|") != "2000-|Russia" {
		t.Errorf("cutParens: %q, %q", base, notes)
	}
}

func TestDetect(t *testing.T) {
	for line, want := range map[string]bool{
		"event_id_cnty,event_date,year,time_precision\r\n": true,
		"GWNO,EVENT_ID_CNTY,EVENT_DATE":                    true,
		"data_id,iso,event_id_cnty,event_date":             true,
		"id,date,text":                                     false,
		"event_id_cnty\tevent_date":                        false,
	} {
		if got := Detect([]byte(line)); got != want {
			t.Errorf("Detect(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestPeriodStart(t *testing.T) {
	day := time.Date(2023, 3, 12, 0, 0, 0, 0, time.UTC) // a Sunday
	for gran, want := range map[string]string{"day": "2023-03-12", "week": "2023-03-06", "month": "2023-03-01"} {
		if got := periodStart(day, gran).Format(time.DateOnly); got != want {
			t.Errorf("periodStart(%s) = %s, want %s", gran, got, want)
		}
	}
}
