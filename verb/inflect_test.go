package verb

import (
	"slices"
	"strings"
	"testing"
)

func formsString(forms []surface) string {
	names := [...]string{Base: "base", ThirdSing: "3sg", Past: "past", Participle: "part", Gerund: "ger", Plural: "pl"}
	var b []string
	for _, s := range forms {
		b = append(b, s.word+":"+names[s.form])
	}
	slices.Sort(b)
	return strings.Join(b, " ")
}

func TestVerbForms(t *testing.T) {
	in := New().inflect
	tests := []struct{ lemma, want string }{
		{"attack", "attack:base attacked:past attacking:ger attacks:3sg"},
		{"release", "release:base released:past releases:3sg releasing:ger"},
		{"seize", "seize:base seized:past seizes:3sg seizing:ger"},
		{"occupy", "occupied:past occupies:3sg occupy:base occupying:ger"},
		{"deploy", "deploy:base deployed:past deploying:ger deploys:3sg"},
		{"ban", "ban:base banned:past banning:ger bans:3sg"},
		{"stop", "stop:base stopped:past stopping:ger stops:3sg"},
		{"visit", "visit:base visited:past visiting:ger visits:3sg visitted:past visitting:ger"},
		{"agree", "agree:base agreed:past agreeing:ger agrees:3sg"},
		{"free", "free:base freed:past freeing:ger frees:3sg"},
		{"die", "die:base died:past dies:3sg dying:ger"},
		{"veto", "veto:base vetoed:past vetoes:3sg vetoing:ger"},
		{"push", "push:base pushed:past pushes:3sg pushing:ger"},
		{"shell", "shell:base shelled:past shelling:ger shells:3sg"},
		{"panic", "panic:base paniced:past panicing:ger panicked:past panicking:ger panics:3sg"},
		{"withdraw", "withdraw:base withdrawing:ger withdrawn:part withdraws:3sg withdrew:past"},
		{"fight", "fight:base fighting:ger fights:3sg fought:past"},
		{"shoot", "shoot:base shooting:ger shoots:3sg shot:past"},
		{"strike", "stricken:part strike:base strikes:3sg striking:ger struck:past"},
		{"meet", "meet:base meeting:ger meets:3sg met:past"},
		{"begin", "began:past begin:base begining:ger beginning:ger begins:3sg begun:part"},
		{"beat", "beat:past beaten:part beating:ger beats:3sg"},
		{"cut", "cut:past cuts:3sg cutting:ger"},
		{"hold", "held:past hold:base holding:ger holds:3sg"},
		{"retake", "retake:base retaken:part retakes:3sg retaking:ger retook:past"},
		{"overrun", "overran:past overrun:part overruning:ger overrunning:ger overruns:3sg"},
		{"relay", "relay:base relayed:past relaying:ger relays:3sg"},
		{"equip", "equip:base equiped:past equiping:ger equipped:past equipping:ger equips:3sg"},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := formsString(in.verbForms(tt.lemma)); got != tt.want {
				t.Errorf("verbForms(%q)\n got %s\nwant %s", tt.lemma, got, tt.want)
			}
		})
	}
}

func TestNounForms(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"attack", "attack:base attacks:pl"},
		{"ceasefire", "ceasefire:base ceasefires:pl"},
		{"cease-fire", "cease-fire:base cease-fires:pl"},
		{"talks", "talks:base"},
		{"crisis", "crises:pl crisis:base"},
		{"embargo", "embargo:base embargoes:pl embargos:pl"},
		{"atrocity", "atrocities:pl atrocity:base"},
		{"blitz", "blitz:base blitzes:pl"},
		{"siege", "siege:base sieges:pl"},
		{"census", "census:base censuses:pl"},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := formsString(nounForms(tt.lemma)); got != tt.want {
				t.Errorf("nounForms(%q)\n got %s\nwant %s", tt.lemma, got, tt.want)
			}
		})
	}
}

func TestParseIrregular(t *testing.T) {
	f, err := data.Open("data/irregular.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	table, err := parseIrregular(f, "irregular.txt")
	if err != nil {
		t.Fatalf("embedded table: %v", err)
	}
	if len(table) < 200 {
		t.Errorf("irregular table has %d verbs, want at least 200", len(table))
	}
	for name, src := range map[string]string{
		"fields":    "go went\n",
		"duplicate": "go went gone\ngo went gone\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := parseIrregular(strings.NewReader(src), "x.txt"); err == nil || !strings.Contains(err.Error(), "x.txt:") {
				t.Errorf("err = %v, want an x.txt:LINE error", err)
			}
		})
	}
}
