package agreement_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestToldSwapVaried checks exchanges told only as done, in other words than "freed":
// a pardon granted, captives let go or sent back, the other side's turn told by an
// aside ("for its part").
func TestToldSwapVaried(t *testing.T) {
	ags := extractText(t, "pardon for captives", "2031-03-20",
		"PARIS, March 20 - A French teacher landed in Paris on Thursday at the end of a trade brokered by Oman.\n\n"+
			"In March, with Oman as go-between, the Iranian government granted clemency to the teacher, who had been held for two years.\n\n"+
			"France, for its part, let go two Iranians held on smuggling charges. Paris also sent back an Iranian engineer wanted in Tehran.")
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if got := agreement.ActorRoots(ags[0].Parties); !slices.Equal(got, []string{"IRN", "FRA"}) {
		t.Errorf("parties %v, want IRN and FRA", ags[0].Parties)
	}
	n := 0
	for _, p := range ags[0].Provisions {
		if p.Action == agreement.Release {
			n++
		}
	}
	if n < 2 {
		t.Errorf("%d releases, want at least 2: %+v", n, ags[0].Provisions)
	}
}

// TestToldSwapByCaptives checks an exchange told by the captives of both sides, each
// side the holder the clause names ("Ethiopian jails", "held ... by Eritrea").
func TestToldSwapByCaptives(t *testing.T) {
	ags := extractText(t, "captives walk free", "2031-06-05",
		"ASMARA, June 5 - On Tuesday two hundred prisoners walked out of Ethiopian jails, and twelve soldiers held for two years by Eritrea came home.")
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if got := agreement.ActorRoots(ags[0].Parties); !slices.Equal(got, []string{"ETH", "ERI"}) {
		t.Errorf("parties %v, want ETH and ERI", ags[0].Parties)
	}
	var qs []float64
	for _, p := range ags[0].Provisions {
		if p.Action == agreement.Release && p.Quantity != nil {
			qs = append(qs, *p.Quantity)
		}
	}
	if !slices.Equal(qs, []float64{200, 12}) {
		t.Errorf("released %v, want 200 and 12: %+v", qs, ags[0].Provisions)
	}
}

// TestToldSwapNamedCaptives checks that a release whose object is only people's names
// counts one prisoner per name, as the sets' gold does.
func TestToldSwapNamedCaptives(t *testing.T) {
	ags := extractText(t, "named captives", "2031-04-11",
		"OSLO, April 11 - Two Norwegian aid workers flew home on Friday after a trade brokered by Qatar.\n\n"+
			"On Thursday Iran freed Anna Berg and Tomas Lind, held in Tehran since 2029.\n\n"+
			"Norway, for its part, released Karim Sadeghi, an Iranian jailed for smuggling.")
	wantReleases(t, ags, map[string]float64{"IRN": 2, "NOR": 1})
}

// TestToldSwapsBySection checks a story about several trades told under headings: one
// exchange per section, the captive's nationality its other side, the heading's year
// its date, and a go-between named in an opener not a party.
func TestToldSwapsBySection(t *testing.T) {
	ags := extractText(t, "three trades", "2033-09-14",
		"Explainer: how captives leave the region in trades\n\n"+
			"Ankara, April 2030\n\n"+
			"A Greek sailor held in Izmir came home on April 14. In return, Greece sent back Mehmet Demir, a Turkish pilot jailed on Crete.\n\n"+
			"Sofia, October 2031\n\n"+
			"On October 3 Bulgaria released Ivan Kaya, a Turkish trader held for espionage.\n\n"+
			"Nicosia, last week\n\n"+
			"On Monday, again through Qatar, Turkey let go two Cypriot fishermen. Cyprus released a Turkish student in exchange.")
	want := []struct {
		parties []string
		signed  string
	}{{[]string{"GRC", "TUR"}, "2030-04-14"}, {[]string{"BGR", "TUR"}, "2031-10-03"}, {[]string{"TUR", "CYP"}, "2033-09-12"}}
	if len(ags) != len(want) {
		t.Fatalf("got %d agreements, want %d: %+v", len(ags), len(want), ags)
	}
	for i, w := range want {
		if got := agreement.ActorRoots(ags[i].Parties); !slices.Equal(got, w.parties) || ags[i].Signed != w.signed {
			t.Errorf("agreement %d: parties %v signed %q, want %v %s", i, got, ags[i].Signed, w.parties, w.signed)
		}
	}
}

// TestToldSwapBothHalves checks an exchange told only by what each side did, with no
// "in return": captives held by one side came down a plane's steps, the other side let
// its captive go. One side's release alone is no exchange.
func TestToldSwapBothHalves(t *testing.T) {
	ags := extractText(t, "both halves", "2031-09-14",
		"TBILISI, Sept 14 - A plane from Moscow landed in Tbilisi on Saturday after weeks of talks on a trade.\n\n"+
			"Twelve Georgians came down the steps of the plane, among them four border guards seized by Russia in May.\n\n"+
			"Georgia let him go the same morning, officials said of a Russian officer it had jailed.")
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	if got := agreement.ActorRoots(ags[0].Parties); !slices.Contains(got, "RUS") || !slices.Contains(got, "GEO") {
		t.Errorf("parties %v, want RUS and GEO", ags[0].Parties)
	}
	if ags := extractText(t, "one half", "2031-09-14",
		"TBILISI, Sept 14 - A plane from Moscow landed in Tbilisi on Saturday after weeks of talks on a trade.\n\n"+
			"Twelve Georgians came down the steps of the plane, among them four border guards seized by Russia in May."); len(ags) != 0 {
		t.Errorf("one side's release: got %d agreements, want none: %+v", len(ags), ags)
	}
}

// TestToldSwapPassive checks an exchange told in the passive: captives held by one side
// were handed over, the other side's were freed by their holder, the agent after "by".
func TestToldSwapPassive(t *testing.T) {
	ags := extractText(t, "passive halves", "2031-06-03",
		"BAKU, June 3 - Forty Azerbaijani soldiers held by Armenia were handed over at the border on Tuesday. "+
			"Nine Armenian prisoners were freed by Azerbaijan the same day, after talks on an exchange.")
	wantReleases(t, ags, map[string]float64{"ARM": 40, "AZE": 9})
}

// TestToldSwapBothSidesAtOnce checks an exchange in a civil war told as one release by
// both sides, active or passive: one exchange whose obligors are both sides, not the
// state alone.
func TestToldSwapBothSidesAtOnce(t *testing.T) {
	for _, text := range []string{
		"BOGOTA, Oct 9 - Colombia's government and the ELN rebels freed 120 prisoners on Friday in an exchange overseen by the Red Cross.",
		"BOGOTA, Oct 9 - Some 120 prisoners were released by the Colombian government and the ELN rebels on Friday, in the first exchange of the conflict.",
	} {
		ags := extractText(t, "both sides at once", "2031-10-09", text)
		if len(ags) != 1 {
			t.Fatalf("%q: got %d agreements, want 1: %+v", text, len(ags), ags)
		}
		ps := ags[0].Provisions
		if len(ps) != 1 || ps[0].Action != agreement.Exchange || len(ps[0].Obligor) != 2 {
			t.Errorf("%q: provisions %+v, want one exchange by both sides", text, ps)
		}
	}
}

// wantReleases checks that ags is one agreement whose releases count, by their
// obligor's root, what want says.
func wantReleases(t *testing.T, ags []agreement.Agreement, want map[string]float64) {
	t.Helper()
	if len(ags) != 1 {
		t.Fatalf("got %d agreements, want 1: %+v", len(ags), ags)
	}
	got := map[string]float64{}
	for _, p := range ags[0].Provisions {
		if p.Action == agreement.Release && p.Quantity != nil {
			got[agreement.ActorRoots(p.Obligor)[0]] = *p.Quantity
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("counts by obligor %v, want %v: %+v", got, want, ags[0].Provisions)
	}
}
