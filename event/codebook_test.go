package event

import (
	"fmt"
	"strings"
	"testing"
)

func TestCodebookRoots(t *testing.T) {
	for r := 1; r <= 20; r++ {
		root := fmt.Sprintf("%02d", r)
		t.Run(root, func(t *testing.T) {
			info, ok := Lookup(root)
			if !ok {
				t.Fatalf("Lookup(%q): missing", root)
			}
			if _, ok := Lookup(root + "0"); !ok {
				t.Errorf("Lookup(%q): missing", root+"0")
			}
			if info.QuadClass < 1 || info.QuadClass > 4 {
				t.Errorf("QuadClass = %d", info.QuadClass)
			}
		})
	}
	if n := len(Codes()); n < 280 || n > 330 {
		t.Errorf("len(Codes()) = %d, want about 300", n)
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		code string
		want int
	}{
		{"010", 1}, {"057", 1}, {"05", 1}, {"061", 2}, {"0874", 2}, {"09", 3}, {"112", 3},
		{"139", 3}, {"14", 4}, {"173", 4}, {"2042", 4}, {"21", 0}, {"00", 0}, {"x", 0},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := QuadClass(tt.code); got != tt.want {
				t.Errorf("QuadClass(%q) = %d, want %d", tt.code, got, tt.want)
			}
		})
	}
}

func TestLookupKnownValues(t *testing.T) {
	tests := []struct {
		code      string
		goldstein float64
		plover    Plover
	}{
		{"190", -10, Plover{"ASSAULT", ""}},
		{"193", -10, Plover{"ASSAULT", "firearms"}},
		{"1952", -10, Plover{"ASSAULT", "drone"}},
		{"0874", 10, Plover{"RETREAT", "withdraw"}},
		{"0871", 9, Plover{"RETREAT", "ceasefire"}},
		{"057", 8, Plover{"AGREE", ""}},
		{"046", 7, Plover{"CONSULT", "negotiate"}},
		{"042", 1.9, Plover{"CONSULT", "visit"}},
		{"0841", 7, Plover{"CONCEDE", "release"}},
		{"173", -5, Plover{"COERCE", "arrest"}},
		{"163", -8, Plover{"SANCTION", "embargo"}},
		{"130", -4.4, Plover{"THREATEN", ""}},
		{"111", -2, Plover{"ACCUSE", "disapprove"}},
		{"072", 8.3, Plover{"AID", "military"}},
		{"154", -7.2, Plover{"MOBILIZE", "military"}},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			info, ok := Lookup(tt.code)
			if !ok {
				t.Fatalf("Lookup(%q): missing", tt.code)
			}
			if info.Goldstein != tt.goldstein || info.Plover != tt.plover || info.Code != tt.code {
				t.Errorf("Lookup(%q) = %+v, want goldstein %v plover %+v", tt.code, info, tt.goldstein, tt.plover)
			}
		})
	}
	if _, ok := Lookup("999"); ok {
		t.Error(`Lookup("999") found`)
	}
}

func TestRoot(t *testing.T) {
	for in, want := range map[string]string{"0874": "08", "190": "19", "20": "20", "1": ""} {
		if got := Root(in); got != want {
			t.Errorf("Root(%q) = %q, want %q", in, got, want)
		}
	}
}

var ploverTypes = map[string]bool{"": true, "AGREE": true, "CONSULT": true, "SUPPORT": true,
	"CONCEDE": true, "COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
	"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true, "SANCTION": true,
	"MOBILIZE": true, "COERCE": true, "ASSAULT": true}

func TestCodebookWellFormed(t *testing.T) {
	codes := Codes()
	for i, c := range codes {
		if i > 0 && codes[i-1] >= c {
			t.Errorf("Codes() not sorted at %q", c)
		}
		info, _ := Lookup(c)
		if !ploverTypes[info.Plover.Type] {
			t.Errorf("%s: PLOVER type %q", c, info.Plover.Type)
		}
		if len(c) > 2 {
			parent := c[:len(c)-1]
			if _, ok := Lookup(parent); !ok && len(c) == 4 {
				t.Errorf("%s: parent %s missing", c, parent)
			}
		}
		if Root(c) != "01" && info.Plover.Type == "" {
			t.Errorf("%s: no PLOVER type", c)
		}
	}
	codes[0] = "mutated"
	if Codes()[0] == "mutated" {
		t.Error("Codes() shares its backing array")
	}
}

func TestParseCodebookErrors(t *testing.T) {
	const header = "code\tname\tgoldstein\tplover_type\tplover_mode\n"
	tests := map[string]string{
		"bad header":   "code\tname\n",
		"columns":      header + "190\tFight\t-10\tASSAULT\n",
		"code":         header + "19x\tFight\t-10\tASSAULT\t\n",
		"goldstein":    header + "190\tFight\t-11\tASSAULT\t\n",
		"not a number": header + "190\tFight\tlots\tASSAULT\t\n",
		"duplicate":    header + "190\tFight\t-10\tASSAULT\t\n190\tFight\t-10\tASSAULT\t\n",
		"empty name":   header + "190\t\t-10\tASSAULT\t\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := parseCodebook(src); err == nil || !strings.Contains(err.Error(), "line") {
				t.Errorf("parseCodebook: err = %v, want a line error", err)
			}
		})
	}
	if _, err := parseCodebook(cameoTSV); err != nil {
		t.Errorf("embedded codebook: %v", err)
	}
}
