package agreement_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestDealNews checks the ways news tells that a deal exists beyond "X and Y signed a
// deal": a participle of the main clause's subject ("..., agreeing to ..."), the sides
// announcing their deal in a participle after its noun, a timeline's present tense, and
// a second pair's deal told in the release of a first.
func TestDealNews(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []dealSummary
	}{
		{"a participle set off by a comma has the main clause's subject", "2017-08-29",
			"NEW DELHI, Aug 28 – India and China stepped back from their standoff on the Doklam plateau on Monday after weeks of quiet diplomacy, agreeing to pull their troops back from the face-off site.\n\n" +
				"Under the understanding, both armies will move back to their earlier positions.",
			[]dealSummary{{"2017-08-28", []string{"IND", "CHN"}}}},
		{"the sides announcing their deal after its noun", "2022-10-12",
			"The points below sum up the maritime boundary deal announced on October 11 by Israel and Lebanon.\n\n" +
				"1. Israel will keep the waters of the Karish field.\n\n" +
				"2. Lebanon will develop the Qana field.",
			[]dealSummary{{"2022-10-11", []string{"ISR", "LBN"}}}},
		{"a timeline's present tense and the other side its terms bind", "1981-01-25",
			"January 19: The State Department announces a settlement. The United States will unfreeze Iranian assets held in American banks, and Iran will then free the 52 American hostages.\n\n" +
				"January 20: The hostages fly out of Tehran minutes after the new president takes office, at the armistice talks' end.",
			[]dealSummary{{"1981-01-19", []string{"USA", "IRN"}}}},
		{"a second pair's deal in the release of a first", "2020-12-11",
			"WASHINGTON — The points below sum up the understandings announced on December 10 by the United States and Morocco.\n\n" +
				"1. The United States will recognise Morocco's sovereignty over Western Sahara.\n\n" +
				"2. Morocco and Israel have agreed to resume diplomatic relations and will reopen their liaison offices.",
			[]dealSummary{{"2020-12-10", []string{"USA", "MAR"}}, {"2020-12-11", []string{"MAR", "ISR"}}}},
		{"announcers of a deal told before are no other deal", "2015-07-15",
			"VIENNA, July 14 – Iran and six world powers, the United States, Britain, France, Germany, Russia and China, reached an agreement on Iran's nuclear programme on Tuesday.\n\n" +
				"The European Union's foreign policy chief and Iran's foreign minister announced the agreement at a news conference.\n\n" +
				"Under the agreement, Iran will reduce its stockpile of enriched uranium.",
			[]dealSummary{{"2015-07-14", []string{"IRN", "USA", "GBR", "FRA", "DEU", "RUS", "CHN", "IGOEUR"}}}},
		{"one side's consent told in two states' statements", "2007-02-14",
			"North Korea has agreed to shut down its Yongbyon reactor within 60 days, according to statements issued on Tuesday by China and by the United States.\n\n" +
				"North Korea will receive 50,000 tons of heavy fuel oil.",
			[]dealSummary{{"2007-02-13", []string{"PRK", "CHN", "USA"}}}},
		{"one side's consent told in one state's statement", "2007-02-14",
			"North Korea has agreed to shut down its Yongbyon reactor within 60 days, according to a statement issued on Tuesday by China.\n\n" +
				"North Korea will receive 50,000 tons of heavy fuel oil.",
			[]dealSummary{{"2007-02-13", []string{"PRK"}}}},
		{"two sides announcing what they will do together", "2020-10-10",
			"MOSCOW, Oct 10 – Armenia and Azerbaijan announced on Saturday that they would observe a humanitarian ceasefire from noon to exchange prisoners and the bodies of the dead.",
			[]dealSummary{{"2020-10-10", []string{"ARM", "AZE"}}}},
		{"the country of the town where the deal was signed", "1994-10-24",
			"In Geneva, Switzerland, where the United States and North Korea signed a framework on October 21, North Korea agreed to freeze its graphite-moderated reactors.\n\n" +
				"Under the framework, the United States will arrange the supply of two light-water reactors.",
			[]dealSummary{{"1994-10-21", []string{"USA", "PRK"}}}},
		{"a country listed after the place of the talks", "1978-09-18",
			"After twelve days of talks at Camp David, Egypt and Israel signed two frameworks for peace on September 17.\n\n" +
				"Under the frameworks, Israel will withdraw from the Sinai.",
			[]dealSummary{{"1978-09-17", []string{"EGY", "ISR"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags := extractText(t, tc.name, tc.date, tc.text)
			got := summaries(ags)
			if !slices.EqualFunc(got, tc.want, func(a, b dealSummary) bool { return a.signed == b.signed && slices.Equal(a.parties, b.parties) }) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			for _, a := range ags {
				for _, p := range a.Provisions {
					if p.Action == agreement.CeaseFire && strings.Contains(tc.text, "armistice talks") {
						t.Errorf("%s: a ceasefire %q the text does not tell", a.Name, p.Evidence.Text)
					}
				}
			}
		})
	}
}

// TestNoDealNews checks near misses of TestDealNews: one side announcing, a side's
// participle that concludes nothing, a refusal in a participle.
func TestNoDealNews(t *testing.T) {
	for _, tc := range []struct{ name, date, text string }{
		{"a ceasefire announced by one side", "2006-03-23",
			"The permanent ceasefire announced on Wednesday by the Basque separatists was greeted with caution in Madrid."},
		{"a participle refusing a deal", "2019-02-28",
			"HANOI, Feb 28 – The summit between the United States and North Korea ended early on Thursday, neither side agreeing to the other's terms."},
		{"one side announcing what it will do", "2006-06-06",
			"The separatists announced on Monday that they would end their ceasefire at midnight and resume attacks."},
		{"a participle calling for a truce", "2024-05-07",
			"Israel and Hamas traded blame on Tuesday, each side saying it was ready for a ceasefire the other refused."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if ags := extractText(t, tc.name, tc.date, tc.text); len(ags) != 0 {
				t.Errorf("got %d agreements, want none: %+v", len(ags), summaries(ags))
			}
		})
	}
}
