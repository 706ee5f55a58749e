package coder_test

import (
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
)

// TestInferredActors codes names no dictionary knows from what the text says of them,
// and leaves a capitalised word with no such evidence unknown.
func TestInferredActors(t *testing.T) {
	date := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		text string
		want map[string]string // mention as written → code ("" means not coded)
		rule map[string]string // mention → inference rule
	}{
		{
			name: "role noun after the name",
			text: "BOGOTA, Colombia – The Condor guerrillas attacked an army post on Tuesday.",
			want: map[string]string{"Condor guerrillas": "COLREB"},
			rule: map[string]string{"Condor guerrillas": "modifier"},
		},
		{
			name: "appositive with an acronym in parentheses",
			text: "The Northern Hills Liberation Front (NHLF), a rebel group, signed a truce with the Indian government on Monday. " +
				"The NHLF said its fighters would hand in their weapons. Later the group released two hostages.",
			want: map[string]string{"Northern Hills Liberation Front": "INDREB", "NHLF": "INDREB"},
			rule: map[string]string{"Northern Hills Liberation Front": "appositive", "NHLF": "repeat"},
		},
		{
			name: "fighters of a named front, then its initials",
			text: "NEW DELHI – Fighters of the People's Front of Karvania laid down their arms in India on Friday. " +
				"Leaders of the PFK had signed the accord a week earlier.",
			want: map[string]string{"Leaders of the PFK": "INDREB"},
			rule: map[string]string{"Leaders of the PFK": "repeat"},
		},
		{
			name: "a title naming the country, then the surname",
			text: "Haiti's military leader, Tomas Verlaine, refused to step down. Verlaine said the army would stay in its barracks.",
			want: map[string]string{"Tomas Verlaine": "HTIMIL", "Verlaine": "HTIMIL"},
			rule: map[string]string{"Tomas Verlaine": "appositive", "Verlaine": "repeat"},
		},
		{
			name: "an official whose title names no country stays unknown in a two-country sentence",
			text: "General Arno Pello of the UN command met Syrian and Israeli officers on the Golan Heights.",
			want: map[string]string{"Arno Pello": ""},
		},
		{
			name: "an envoy of an organisation no dictionary knows serves no country",
			text: "In Haiti, the talks were brokered by the UN and OAS envoy Dario Castel. In Haiti, Lieutenant General Rene Valcourt agreed to retire.",
			want: map[string]string{"OAS envoy Dario Castel": "", "Lieutenant General Rene Valcourt": "HTIMIL"},
		},
		{
			name: "a longer name is not the dictionary's shorter one",
			text: "MEXICO CITY, Mexico – The Karvanista National Liberation Army signed an accord with the Mexican government. " +
				"The Karvanistas said talks would resume in March.",
			want: map[string]string{"Karvanista National Liberation Army": "MEXREB", "Karvanistas": "MEXREB"},
			rule: map[string]string{"Karvanista National Liberation Army": "longer-name"},
		},
		{
			name: "a role word in the name",
			text: "In Kenya, the Green Horizon Party said it would join the talks with the government.",
			want: map[string]string{"Green Horizon Party": "KENOPP"},
			rule: map[string]string{"Green Horizon Party": "name"},
		},
		{
			name: "a people's name before a role noun is not remembered as a group",
			text: "In Burundi, Tembo rebels attacked a village. Tembo farmers fled to the hills.",
			want: map[string]string{"Tembo rebels": "BDIREB", "Tembo farmers": ""},
		},
		{
			name: "the surname of a person the dictionary names in full",
			text: "Ali Abdullah Saleh handed power to his deputy in Sanaa. Saleh left for the United States.",
			want: map[string]string{"Saleh": "YEMELI"}, // as the full name is coded on the date
			rule: map[string]string{"Saleh": "repeat"},
		},
		{
			name: "a title naming the country before the name",
			text: "Ukrainian President Taras Varko met Russian officials in Moscow. Varko said the talks went well.",
			want: map[string]string{"Ukrainian President Taras Varko": "UKRGOV", "Varko": "UKRGOV"},
			rule: map[string]string{"Ukrainian President Taras Varko": "title", "Varko": "repeat"},
		},
		{
			name: "an appositive owned by the country",
			text: "Taras Varko, Ukraine's president, flew to Moscow for talks with Russian officials.",
			want: map[string]string{"Taras Varko": "UKRGOV"},
			rule: map[string]string{"Taras Varko": "appositive"},
		},
		{
			name: "a title and the country after the name",
			text: "In Moscow, President Taras Varko of Ukraine met Russian officials.",
			want: map[string]string{"President Taras Varko": "UKRGOV"},
		},
		{
			name: "a president signing beside another state's president",
			text: "RIGA, May 2 – The accord on Latvia was signed in Moscow by President Vladimir Putin and President Janis Kalnins.",
			want: map[string]string{"President Janis Kalnins": "LVAGOV"},
		},
		{
			name: "a plural title over a list of leaders",
			text: "MOSCOW, Jan 15 – Presidents Joe Biden, Vladimir Putin and Taras Varko signed a statement in the Kremlin under which Ukraine is to give up its arms.",
			want: map[string]string{"Taras Varko": "UKRGOV"},
			rule: map[string]string{"Taras Varko": "list"},
		},
		{
			name: "a title before a named person is not an appositive of the word before",
			text: "WASHINGTON – The chemicals were destroyed aboard a US ship in the Mediterranean, President Joe Biden said of Syria's arsenal.",
			want: map[string]string{"Mediterranean": ""},
		},
		{
			name: "a title a relative word owns takes no counterpart's state",
			text: "Russia's President Vladimir Putin met Moldova's president on the separatists of the Dniester republic, whose leader Pavel Turcan attended.",
			want: map[string]string{"leader Pavel Turcan": ""},
		},
		{
			name: "an official beside a counterpart in a sentence naming two other states stays unknown",
			text: "Secretary of State Harold Brenner and President Vladimir Putin signed as guarantors, and UN officers are to watch the deal from Kabul and Islamabad.",
			want: map[string]string{"Secretary of State Harold Brenner": ""},
		},
		{
			name: "the dateline is where the article was written, not whose official speaks",
			text: "LONDON, May 3 – President Taras Varko said Ukraine would sign the accord.",
			want: map[string]string{"President Taras Varko": "UKRGOV"},
		},
		{
			name: "a group's title before the comma and the rank makes its officer the group's",
			text: "In Colombia, the ELN's military commander, Commander Rafael Quintero, signed the truce with the government.",
			want: map[string]string{"Commander Rafael Quintero": "COLREB"},
			rule: map[string]string{"Commander Rafael Quintero": "appositive"},
		},
		{
			name: "what the article said of a person before outweighs a nearby country",
			text: "Ukrainian President Taras Varko arrived in Moscow. President Varko and Russian officials signed the accord.",
			want: map[string]string{"President Varko": "UKRGOV"},
		},
		{
			name: "a capitalised word without evidence stays unknown",
			text: "In Colombia, Marquetalia welcomed the government's offer of talks.",
			want: map[string]string{"Marquetalia": ""},
		},
	}
	c := newCoder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.Code(article.Article{ID: "t", Text: tc.text, Date: date})
			got, rules := map[string]string{}, map[string]string{}
			for _, m := range res.Mentions {
				got[m.Name], rules[m.Name] = m.Code, m.Inferred
			}
			for name, code := range tc.want {
				if got[name] != code {
					t.Errorf("%q coded %q, want %q (mentions %v)", name, got[name], code, got)
				}
			}
			for name, rule := range tc.rule {
				if rules[name] != rule {
					t.Errorf("%q inferred by %q, want %q", name, rules[name], rule)
				}
			}
		})
	}
}

// TestInferredRule marks the events whose actors were inferred in their coder rule,
// and leaves the rule of dictionary actors alone.
func TestInferredRule(t *testing.T) {
	res := newCoder(t).Code(article.Article{ID: "t", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		Text: "BOGOTA, Colombia – The Condor guerrillas attacked an army post. The ELN attacked a police station."})
	var inferred, plain int
	for _, e := range res.Events {
		if strings.Contains(e.Coder.Rule, ";inferred:modifier") {
			inferred++
		} else if !strings.Contains(e.Coder.Rule, "inferred") {
			plain++
		}
	}
	if inferred != 1 || plain != 1 {
		for _, e := range res.Events {
			t.Log(line(e), e.Coder.Rule)
		}
		t.Errorf("got %d inferred and %d dictionary events, want 1 and 1", inferred, plain)
	}
}

// TestInferredAnaphor marks an event whose actor is a definite description naming an
// inferred group.
func TestInferredAnaphor(t *testing.T) {
	res := newCoder(t).Code(article.Article{ID: "t", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		Text: "The Northern Hills Liberation Front, a rebel group, attacked an army post in India. Later the group released two hostages."})
	found := false
	for _, e := range res.Events {
		if e.Sentence == 1 && len(e.Source) > 0 && e.Source[0].Code == "INDREB" {
			found = true
			if !strings.Contains(e.Coder.Rule, ";inferred:repeat") {
				t.Errorf("rule %q, want it marked inferred", e.Coder.Rule)
			}
		}
	}
	if !found {
		for _, e := range res.Events {
			t.Log(line(e), e.Coder.Rule)
		}
		t.Error("no event of the group in the second sentence")
	}
}
