package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindQuantities(t *testing.T) {
	a := newTestAnalyzer(t)
	type q struct {
		Value, Max              float64
		Unit                    string
		Approx, AtLeast, AtMost bool
	}
	tests := []struct {
		name, sent string
		want       []q
	}{
		{"prisoners with proper noun", "The deal frees 5,000 Taliban prisoners.", []q{{Value: 5000, Unit: "prisoners"}}},
		{"two-word unit", "The Taliban will free 1,000 captured Afghan security forces.", []q{{Value: 1000, Unit: "security forces"}}},
		{"from to", "The US will reduce its troops from 13,000 to 8,600 within 135 days.", []q{{Value: 13000, Unit: "troops"}, {Value: 8600, Unit: "troops"}, {Value: 135, Unit: "days"}}},
		{"at least", "Russian missiles killed at least 14 civilians in Dnipro.", []q{{Value: 14, Unit: "civilians", AtLeast: true}}},
		{"more than", "More than 1,200 people were killed in Israel on October 7.", []q{{Value: 1200, Unit: "people", AtLeast: true}}},
		{"scaled decimal approx", "About 1.5 million people have fled Sudan's Darfur region.", []q{{Value: 1.5e6, Unit: "people", Approx: true}}},
		{"million", "The war displaced 3 million people.", []q{{Value: 3e6, Unit: "people"}}},
		{"words", "Twelve soldiers died in the ambush near Cúcuta.", []q{{Value: 12, Unit: "soldiers"}}},
		{"hundred and", "Two hundred and fifty fighters surrendered to the army in Ituri.", []q{{Value: 250, Unit: "fighters"}}},
		{"hyphen words", "The Houthis fired forty-two drones at ships.", []q{{Value: 42, Unit: "drones"}}},
		{"a thousand", "A thousand families fled Sittwe.", []q{{Value: 1000, Unit: "families"}}},
		{"dozen", "A dozen villages burned in Amhara.", []q{{Value: 12, Unit: "villages"}}},
		{"dozens", "Dozens of civilians were wounded in Khan Younis.", []q{{Value: 24, Unit: "civilians", Approx: true}}},
		{"tens of thousands", "Tens of thousands of people marched in Tel Aviv.", []q{{Value: 20000, Unit: "people", Approx: true}}},
		{"up to", "The convoy carried up to 40 tonnes of grain.", []q{{Value: 40, Unit: "tonnes", AtMost: true}}},
		{"between range", "Between 10 and 20 rebels were captured.", []q{{Value: 10, Max: 20, Unit: "rebels"}}},
		{"to range", "Clashes killed 30 to 40 fighters in Marib.", []q{{Value: 30, Max: 40, Unit: "fighters"}}},
		{"hyphen range", "Officials counted 10-20 bodies.", []q{{Value: 10, Max: 20, Unit: "bodies"}}},
		{"percent", "Prices rose 45% in Gaza.", []q{{Value: 45, Unit: "percent"}}},
		{"percent word", "Turnout was 8.6 percent.", []q{{Value: 8.6, Unit: "percent"}}},
		{"money", "Washington pledged $3 billion in military aid to Kyiv.", []q{{Value: 3e9, Unit: "usd"}}},
		{"money with modifier", "Donors pledged more than $1.2 billion for Yemen.", []q{{Value: 1.2e9, Unit: "usd", AtLeast: true}}},
		{"hours", "Less than 24 hours after the deal, Ghani objected.", []q{{Value: 24, Unit: "hours", AtMost: true}}},
		{"excludes dates", "The exchange is due by March 10, after the 2020 deal signed on February 29, 2020.", nil},
		{"excludes year", "The US invaded Afghanistan in 2001.", nil},
		{"excludes times and ordinals", "The 3rd Brigade attacked at 10:30 on the second day.", nil},
		{"one of", "One of the negotiators left Doha.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := firstSentence(t, a, tt.sent)
			var got []q
			for _, x := range FindQuantities(s) {
				got = append(got, q{x.Value, x.Max, x.Unit, x.Approx, x.AtLeast, x.AtMost})
				if x.Unit != "" && x.Unit != "usd" && x.Unit != "percent" && x.UnitTok >= 0 && !strings.HasSuffix(x.Unit, s.Tokens[x.UnitTok].Lower) {
					t.Errorf("UnitTok %d (%q) does not match unit %q", x.UnitTok, s.Tokens[x.UnitTok].Lower, x.Unit)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindQuantities(%q) mismatch (-want +got):\n%s", tt.sent, diff)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		value float64
		n     int
		ok    bool
	}{
		{"13,000 troops", 13000, 1, true},
		{"8.6", 8.6, 1, true},
		{"1.5 million", 1.5e6, 2, true},
		{"3bn", 3e9, 1, true},
		{"twelve", 12, 1, true},
		{"two hundred and fifty people", 250, 4, true},
		{"forty-two", 42, 1, true},
		{"a thousand", 1000, 2, true},
		{"a dozen", 12, 2, true},
		{"one thousand and five", 1005, 4, true},
		{"twenty five", 25, 2, true},
		{"three million", 3e6, 2, true},
		{"five and six", 5, 1, true},
		{"2.5 lakh crore", 2.5e12, 3, true},
		{"40 crore", 4e8, 2, true},
		{"two thousand crore", 2e10, 3, true},
		{"three lakh", 3e5, 2, true},
		{"two thousand million", 2e9, 3, true},
		{"1,2", 0, 0, false},
		{"10th", 0, 0, false},
		{"second", 0, 0, false},
		{"a", 0, 0, false},
		{"hundred", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			v, n, ok := ParseNumber(strings.Fields(tt.in))
			if v != tt.value || n != tt.n || ok != tt.ok {
				t.Errorf("ParseNumber(%q) = %v, %d, %v, want %v, %d, %v", tt.in, v, n, ok, tt.value, tt.n, tt.ok)
			}
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"13,000", "two hundred and fifty", "tens of thousands", "1.5 million", "a dozen", "9,99,999", "1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(strings.ToLower(s))
		v, n, ok := ParseNumber(words)
		if ok && (n < 1 || n > len(words) || v < 0) {
			t.Fatalf("ParseNumber(%q) = %v, %d, %v", s, v, n, ok)
		}
		if !ok && n != 0 {
			t.Fatalf("ParseNumber(%q) used %d words but failed", s, n)
		}
	})
}

func FuzzFindQuantities(f *testing.F) {
	f.Add("Between 10 and 20 rebels, more than $3 billion, 10-20 bodies, tens of thousands of people")
	a := newTestAnalyzer(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range a.Analyze(s).Sentences {
			for _, q := range FindQuantities(sent) {
				if q.Tok < 0 || q.TokEnd > len(sent.Tokens) || q.Tok >= q.TokEnd || q.UnitTok >= len(sent.Tokens) {
					t.Fatalf("quantity %+v out of range for %d tokens", q, len(sent.Tokens))
				}
			}
		}
	})
}
