package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindQuotes(t *testing.T) {
	a := newTestAnalyzer(t)
	type q struct {
		Content, Speaker, Verb string
		Quoted                 bool
	}
	tests := []struct {
		name, text string
		want       []q
	}{
		{"said that", "Ukraine's foreign minister said that Russia had violated the grain deal.",
			[]q{{"Russia had violated the grain deal", "Ukraine's foreign minister", "said", false}}},
		{"told reporters on Monday that", "Secretary of Defense Mark Esper told reporters on Monday that he had approved the withdrawal.",
			[]q{{"he had approved the withdrawal", "Secretary of Defense Mark Esper", "told", false}}},
		{"trailing said", "The truce in Sudan has collapsed, a UN spokesman said.",
			[]q{{"The truce in Sudan has collapsed", "a UN spokesman", "said", false}}},
		{"inverted said", "Hamas would not disarm, said Osama Hamdan.",
			[]q{{"Hamas would not disarm", "Osama Hamdan", "said", false}}},
		{"inverted said then time", "The convoy had been turned back, said Amal Idris on Monday.",
			[]q{{"The convoy had been turned back", "Amal Idris", "said", false}}},
		{"said then the content's subject", "Colonel Somchai Rattana, spokesman for the navy's Second Fleet, said militants had fired on a patrol.", nil},
		{"quoted then speaker", "“We will not withdraw from Goma,” M23 spokesman Lawrence Kanyuka said.",
			[]q{{"We will not withdraw from Goma", "M23 spokesman Lawrence Kanyuka", "said", true}}},
		{"quoted then inverted", "“The army has retaken the palace,” said General Abdel Fattah al-Burhan.",
			[]q{{"The army has retaken the palace", "General Abdel Fattah al-Burhan", "said", true}}},
		{"relative clause then declared", "Afghan President Ashraf Ghani, who was not included in the talks, declared, “there is no commitment to releasing prisoners.”",
			[]q{{"there is no commitment to releasing prisoners.", "Afghan President Ashraf Ghani", "declared", true}}},
		{"according to first", "According to the Health Ministry in Gaza, 40 people died in the strike.",
			[]q{{"40 people died in the strike", "the Health Ministry", "according to", false}}},
		{"according to last", "The ELN freed six hostages, according to the Colombian army.",
			[]q{{"The ELN freed six hostages", "the Colombian army", "according to", false}}},
		{"announced that with aux", "Taliban officials have now announced that they will not join the talks.",
			[]q{{"they will not join the talks", "Taliban officials", "announced", false}}},
		{"multi-sentence quote", "The junta's spokesman said: “The operation is over. Our troops will stay in Lashio.” Residents disputed this.",
			[]q{{"The operation is over. Our troops will stay in Lashio.", "The junta's spokesman", "said", true}}},
		{"multi-sentence speaker last", "“We did not fire first. The Eritreans did,” the Tigrayan commander insisted.",
			[]q{{"We did not fire first. The Eritreans did", "the Tigrayan commander", "insisted", true}}},
		{"pronoun", "He warned that the Houthis would strike again.",
			[]q{{"the Houthis would strike again", "He", "warned", false}}},
		{"replied that", "Serbia's government replied on Tuesday that the border crossing had never been closed.",
			[]q{{"the border crossing had never been closed", "Serbia's government", "replied", false}}},
		{"responded with no words", "The army responded with artillery fire on the villages near Tal Afar.", nil},
		{"saying after the subject's act", "The Houthis walked out of the talks in Kuwait, saying that Saudi jets had bombed Sanaa.",
			[]q{{"Saudi jets had bombed Sanaa", "The Houthis", "saying", false}}},
		{"saying, then another's clause", "Turkey shelled the villages near Afrin, saying it was hitting militants; Kurdish officials counted twelve civilian dead.", nil},
		{"saying after a denial", "The RSF denied shelling the camp, saying its fighters were far from El Fasher.", nil},
		{"saying with no subject before", "Thousands marched in Yerevan on Sunday, without saying what they wanted from the government.", nil},
		{"passive reporting verb", "A truce in Gaza announced by the UN broke down within hours.", nil},
		{"scare quotes ignored", "The US signed a ‘peace’ deal and called it a “historic” step.", nil},
		{"reports noun ignored", "Reports emerged that fighting resumed near Bakhmut.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := a.Analyze(tt.text)
			var got []q
			for _, x := range FindQuotes(d) {
				got = append(got, q{d.Text[x.Start:x.End], d.Text[x.SpeakerStart:x.SpeakerEnd], x.Verb, x.Quoted})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindQuotes(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestIsReportingVerb(t *testing.T) {
	for w, want := range map[string]bool{"said": true, "according to": true, "tweeted": true, "killed": false, "Said": false} {
		if got := IsReportingVerb(w); got != want {
			t.Errorf("IsReportingVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
