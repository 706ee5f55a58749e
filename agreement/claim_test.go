package agreement_test

import (
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestClaims checks the forms of attributed speech Claims reads, each giving the
// speaker's code and the whole sentence as evidence.
func TestClaims(t *testing.T) {
	body := strings.Join([]string{
		"Israel said its troops had left the villages on schedule.",
		"Hamas denied violating the truce.",
		"The strikes killed 12 people, according to the United Nations.",
		"“We will not withdraw,” Russia's foreign ministry said.",
		"Ukraine told reporters on Monday that the exchange had been completed.",
		"Fighting resumed near the border.",
	}, " ")
	a := article.Article{ID: "art", Text: body, Date: time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC), Source: "test"}
	res := newCoder(t).Code(a)
	claims := agreement.Claims(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})
	want := []struct {
		prefix, speaker string
		narrative       bool
	}{
		{"Israel said", "ISR", false},
		{"Hamas denied", "PSEREB", false},
		{"The strikes killed", "IGOUNO", false},
		{"“We will not", "RUSGOV", false},
		{"Ukraine told", "UKR", false},
		{"Fighting resumed", "", true},
	}
	if len(claims) != len(want) {
		for _, c := range claims {
			t.Logf("%s %q", c.Speaker.Code, c.Text)
		}
		t.Fatalf("%d claims, want one per sentence (%d)", len(claims), len(want))
	}
	for i, w := range want {
		c := claims[i]
		if !strings.HasPrefix(c.Text, w.prefix) || body[c.Start:c.End] != c.Text || c.ArticleID != "art" {
			t.Errorf("claim %d: text %q [%d,%d), want the sentence starting %q", i, c.Text, c.Start, c.End, w.prefix)
		}
		if c.Speaker.Code != w.speaker || c.Prop.Narrative != w.narrative {
			t.Errorf("claim %d %q: speaker %q narrative %v, want %q %v", i, w.prefix, c.Speaker.Code, c.Prop.Narrative, w.speaker, w.narrative)
		}
	}
	if claims[5].Speaker.Name != "test" {
		t.Errorf("a narrative claim's speaker name is %q, want the article's source", claims[5].Speaker.Name)
	}
}

// TestClaimsWithoutDoc checks that a source that was not analysed yields no claims.
func TestClaimsWithoutDoc(t *testing.T) {
	if got := agreement.Claims(agreement.Source{}); len(got) != 0 {
		t.Errorf("Claims of an empty source = %v", got)
	}
}

// TestClaimSpeakers checks speakers found past what lies between them and their
// verb: a holder named earlier ("The crown prince"), an aside before a verb of
// denial, a speaker of one side whose name holds two countries' words, and a
// speaker citing papers that "showed" something.
func TestClaimSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, body, prefix, root string
	}{
		{"a holder named earlier",
			"Trump spoke on Thursday with Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed. The crown prince wrote that the deal had frozen the plan.",
			"The crown prince", "ARE"},
		{"an aside before the denial",
			"The truce began at dawn. Iran's armed forces, in a statement read on state television, deny having fired at Israel.",
			"Iran's armed forces", "IRN"},
		{"one speaker, two countries' words",
			"The declaration was signed in Geneva. A Greek Cypriot government spokesman said the national guard had left the enclaves.",
			"A Greek Cypriot", "GRC"},
		{"papers cited by the speaker",
			"The accord was signed in March. A senior Frelimo official, presenting the papers to reporters, said the documents showed that Pretoria had armed the rebels.",
			"A senior Frelimo official", "MOZ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article.Article{ID: "art", Text: tc.body, Date: time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC), Source: "test"}
			res := newCoder(t).Code(a)
			for _, c := range agreement.Claims(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}) {
				if !strings.HasPrefix(c.Text, tc.prefix) {
					continue
				}
				if c.Prop.Narrative || agreement.Root(c.Speaker.Code) != tc.root {
					t.Errorf("speaker %q (%s), narrative %v; want one of %s", c.Speaker.Code, c.Speaker.Name, c.Prop.Narrative, tc.root)
				}
				return
			}
			t.Errorf("no claim starts %q", tc.prefix)
		})
	}
}

// TestClaimSpeakersFromAbroad codes no speaker for observers from abroad ("Western
// military attaches", "diplomats"), who speak for no side of the country the
// article is about, and still codes a side's own spokesman.
func TestClaimSpeakersFromAbroad(t *testing.T) {
	wantSpeakers(t, "The truce between Mali's government and the rebels was signed in Algiers in June. "+
		"Western military attaches said the army had lost two posts near Kidal. "+
		"Diplomats said the rebels had taken the airport. "+
		"An army spokesman said the posts had been handed over under the truce.",
		map[string]string{"Western military attaches": "", "Diplomats said": "", "An army spokesman": "MLI"})
}

// TestClaimSpeakersLocal codes a town's or region's authorities, named with the
// place, as the government of the place's country, not of the country the article
// names most.
func TestClaimSpeakersLocal(t *testing.T) {
	wantSpeakers(t, "Russia's defence ministry said Russian forces had held fire around Kharkiv since Monday, as Russia had promised. "+
		"The Kharkiv regional council said Russian forces had shelled the city overnight.",
		map[string]string{"The Kharkiv regional council": "UKRGOV"})
}

// TestClaimSpeakersOfAllSides codes no side for speakers qualified as of all the
// parties ("officials on both sides"): like a joint statement, their report is the
// article's, which no side's claim contradicts.
func TestClaimSpeakersOfAllSides(t *testing.T) {
	wantSpeakers(t, "The truce between Chad and Sudan began on Sunday along the border. "+
		"Gunmen attacked a market near Adre on Monday, killing nine people, according to health officials on both sides. "+
		"Sudan's army said Chadian troops had crossed the border at Adre.",
		map[string]string{"Gunmen attacked": "", "Sudan's army": "SDN"})
}

// TestClaimSpeakersBySurname codes a speaker named by one word of a person the
// article named in full before: the surname, or the family name written first.
func TestClaimSpeakersBySurname(t *testing.T) {
	wantSpeakers(t, "The talks between the United States and North Korea ended in Singapore on Tuesday. "+
		"North Korea's foreign minister, Ri Yong Ho, spoke to reporters at midnight. "+
		"Ri said his country had offered to close its test site in return for relief from sanctions.",
		map[string]string{"Ri said": "PRK"})
}

// TestClaimSpeakerTheirs codes "their spokesman" as the side of the sentence before.
func TestClaimSpeakerTheirs(t *testing.T) {
	wantSpeakers(t, "Niger's government signed a truce with the rebels in Agadez on Monday. "+
		"The rebels said they would free two soldiers on Friday. "+
		"Their spokesman said the soldiers would be handed to the Red Cross.",
		map[string]string{"Their spokesman": "NERREB"})
}

// wantSpeakers codes body and checks the speaker of the claim that starts with each
// prefix of want: a three-letter code is the speaker's country root, a longer one
// its whole code, "" no side.
func wantSpeakers(t *testing.T, body string, want map[string]string) {
	t.Helper()
	a := article.Article{ID: "art", Text: body, Date: time.Date(2031, 7, 2, 0, 0, 0, 0, time.UTC), Source: "test"}
	res := newCoder(t).Code(a)
	for _, c := range agreement.Claims(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events}) {
		for prefix, code := range want {
			if !strings.HasPrefix(c.Text, prefix) {
				continue
			}
			got := c.Speaker.Code
			if len(code) <= 3 {
				got = agreement.Root(got)
			}
			if got != code {
				t.Errorf("%q: speaker %q (%s), want %q", prefix, c.Speaker.Code, c.Speaker.Name, code)
			}
			delete(want, prefix)
		}
	}
	for prefix := range want {
		t.Errorf("no claim starts %q", prefix)
	}
}

// TestClaimSpeakersApposition codes a speaker by the office an apposition gives him
// ("Nawaz Sharif, the Pakistani prime minister"), over the dictionary's entry for
// the name.
func TestClaimSpeakersApposition(t *testing.T) {
	wantSpeakers(t, "India and Pakistan agreed on a truce along the border on Friday. "+
		"Nawaz Sharif, the Pakistani prime minister, said the truce had held overnight.",
		map[string]string{"Nawaz Sharif": "PAKGOV"})
}

// TestClaimSpeakersArmyNamed codes an army's spokesman named by role alone as the
// army of the country whose forces the article names, not the country it names
// most.
func TestClaimSpeakersArmyNamed(t *testing.T) {
	wantSpeakers(t, "Iraq's government and the elders of Ramadi agreed a truce in Baghdad with the U.S. Marines on Monday. "+
		"Iraq's prime minister welcomed the truce, and Iraqi officials said Iraq would pay for the repairs. "+
		"The town was quiet on Tuesday, an army spokesman said.",
		map[string]string{"The town was quiet": "USAMIL"})
}

// TestClaimSpeakersAcrossArticles codes a speaker named without his office in a
// follow-up as the side the first article of the report gave him.
func TestClaimSpeakersAcrossArticles(t *testing.T) {
	codes := codesAcross(t,
		"The truce in Abyei began on Monday. Tomas Lual, the South Sudanese army spokesman, said the army had left the town.",
		"Tomas Lual said on Friday that the army had kept the truce. Lual added that the town was calm.")
	for _, k := range []string{"art1 Tomas Lual", "art2 Tomas Lual", "art2 Lual added"} {
		if got := codes[k]; agreement.Root(got) != "SSD" {
			t.Errorf("%s: speaker %q, want SSD (claims %v)", k, got, codes)
		}
	}
}

// TestClaimSpeakersGroupByName codes a spokesman named by a people's word that the
// coder read as the bare country ("A Karen spokesman") as the group the article
// names with that word, and leaves a country's own word ("An Iraqi spokesman") to the
// country.
func TestClaimSpeakersGroupByName(t *testing.T) {
	wantSpeakers(t, "The Karen National Union signed a truce with Burma's government in Rangoon in January. "+
		"A Karen spokesman said the army had burned two villages near Myawaddy.",
		map[string]string{"A Karen spokesman": "MMRREB"})
	wantSpeakers(t, "The Iraqi Islamic Party left the talks on the new cabinet in Baghdad on Monday. "+
		"An Iraqi spokesman said the talks would resume after the holiday.",
		map[string]string{"An Iraqi spokesman": "IRQ"})
}

// TestClaimSpeakersStateMedia codes the state's media as its government, for which
// they speak, and leaves a private broadcaster to its role.
func TestClaimSpeakersStateMedia(t *testing.T) {
	wantSpeakers(t, "The truce around Idlib began on Friday. "+
		"Syrian state television said rebels had shelled two villages near Hama. "+
		"A private Turkish television channel said the shelling had come from army positions.",
		map[string]string{"Syrian state television": "SYRGOV", "A private Turkish": "TUR"})
}

// TestClaimSpeakersShortName codes a speaker named by a short form of an actor the
// article named in full before: its initials ("The AFF"), its last word ("the
// Front"), or the word before "of" ("The Republic" after "the Republic of Yemen");
// letters in another order are none ("The NFC").
func TestClaimSpeakersShortName(t *testing.T) {
	wantSpeakers(t, "The Afghanistan Freedom Front claimed two attacks on Taliban posts in Kapisa in May. "+
		"The AFF said its fighters had killed four guards near the dam. "+
		"Later the Front said its men had left the valley.",
		map[string]string{"The AFF said": "AFGREB", "Later the Front said": "AFGREB"})
	wantSpeakers(t, "Saudi Arabia and the Republic of Yemen signed a border treaty in Jeddah in June. "+
		"The Republic said the treaty settled the line across the desert.",
		map[string]string{"The Republic said": "YEM"})
	wantSpeakers(t, "The Chin National Front agreed a truce in Hakha in January. "+
		"The NFC said the truce had held in Falam.",
		map[string]string{"The NFC said": ""})
}

// TestClaimSpeakersShortNameAcrossArticles codes a short form in a follow-up by the
// actor the report's first article named in full.
func TestClaimSpeakersShortNameAcrossArticles(t *testing.T) {
	codes := codesAcross(t,
		"The Moro National Liberation Front signed a peace accord with Manila in Jakarta in September.",
		"The MNLF said on Friday that its fighters had kept the accord.")
	if got := codes["art2 The MNLF s"]; got != "PHLREB" {
		t.Errorf("The MNLF: speaker %q, want PHLREB (claims %v)", got, codes)
	}
}

// codesAcross codes bodies as the articles art1, art2, ... of one report and returns
// the speaker code of each attributed claim, by article id and the claim's first ten
// bytes.
func codesAcross(t *testing.T, bodies ...string) map[string]string {
	t.Helper()
	var known agreement.Speakers
	codes := map[string]string{}
	for i, body := range bodies {
		a := article.Article{ID: "art" + string(rune('1'+i)), Text: body, Date: time.Date(2031, 7, 2+i, 0, 0, 0, 0, time.UTC), Source: "test"}
		res := newCoder(t).Code(a)
		for _, c := range agreement.Claims(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events, Speakers: &known}) {
			if !c.Prop.Narrative {
				codes[a.ID+" "+c.Text[:10]] = c.Speaker.Code
			}
		}
	}
	return codes
}

// TestClaimSpeakersRoles codes speakers by the role their name gives: a rank opening
// it (an officer), police, the State Department; observers in a capital speak for
// no government; "charged that" reports
// speech, "charged with" does not.
func TestClaimSpeakersRoles(t *testing.T) {
	wantSpeakers(t, "Iraq's government and the elders of Ramadi agreed a truce in Baghdad with the U.S. Marines on Monday. "+
		"Brigadier General Tom Walsh said on Tuesday that the Marines had held their fire. "+
		"Diplomats in Baghdad said the truce looked fragile.",
		map[string]string{"Brigadier General Tom Walsh": "USAMIL", "Diplomats in Baghdad": ""})
	wantSpeakers(t, "The Taliban and Afghanistan's government agreed a three-day truce for the holiday. "+
		"A senior police officer in Kandahar said the truce had held in the city.",
		map[string]string{"A senior police officer": "AFGCOP"})
	wantSpeakers(t, "The hostages were freed in Algiers under a deal between Iran and the United States. "+
		"The State Department said the frozen assets would be sent to London.",
		map[string]string{"The State Department": "USAGOV"})
	wantSpeakers(t, "The truce between the army and the rebels began in Goma. "+
		"Congo's officials have since charged that the rebels kept their heavy guns in the hills. "+
		"Two rebel commanders were charged with murder in Kinshasa.",
		map[string]string{"Congo's officials": "COD", "Two rebel commanders": ""})
}

// TestClaimSpeakersOfficeFromEarlierArticle codes a speaker named by office alone in
// a follow-up that names no country by the main country of the report's earlier
// article; a follow-up that names a country keeps its own.
func TestClaimSpeakersOfficeFromEarlierArticle(t *testing.T) {
	codes := codesAcross(t,
		"Kenya's government and Somalia's government signed a border accord in Nairobi on Tuesday.",
		"The interior ministry said on Friday that the border posts had reopened.")
	if got := codes["art2 The interi"]; got != "KENGOV" {
		t.Errorf("the interior ministry: speaker %q, want KENGOV (claims %v)", got, codes)
	}
	codes = codesAcross(t,
		"Kenya's government and Somalia's government signed a border accord in Nairobi on Tuesday.",
		"Ethiopia's army moved to the border. The defence ministry said on Friday that the border posts had reopened.")
	if got := codes["art2 The defenc"]; got != "ETHGOV" {
		t.Errorf("the defence ministry after Ethiopia's army: speaker %q, want ETHGOV (claims %v)", got, codes)
	}
}
