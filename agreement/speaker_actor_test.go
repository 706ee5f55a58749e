package agreement_test

import "testing"

// TestClaimSpeakersEnvoy codes an envoy named by the post he holds at an
// organisation or in a state ("Kenya's ambassador to the United Nations") as the
// state that sent him, with or without his name in an apposition; the organisation
// itself speaking keeps its code.
func TestClaimSpeakersEnvoy(t *testing.T) {
	wantSpeakers(t, "Kenya and Somalia agreed on Monday to free their prisoners of war. "+
		"Kenya's ambassador to the United Nations, Peter Odhiambo Wafula, said twelve Kenyan soldiers were still held in Kismayo. "+
		"Somalia's envoy to the African Union said all the prisoners had gone home. "+
		"The United Nations said it could not confirm either figure.",
		map[string]string{
			"Kenya's ambassador": "KENGOV",
			"Somalia's envoy":    "SOMGOV",
			"The United Nations": "IGOUNO",
		})
}

// TestClaimSpeakersArmOfApposition codes a speaker by the arm of government an
// apposition names ("the Kenyan army's spokesman"), not by the government that the
// role's noun alone would give; a ministry's spokesman stays the government's.
func TestClaimSpeakersArmOfApposition(t *testing.T) {
	wantSpeakers(t, "Kenya and Somalia agreed a truce along the border on Monday. "+
		"Colonel Joseph Kiprono Mutai, the Kenyan army's spokesman, said the border had been quiet for a week. "+
		"Amina Warsame Hassan, the Somali foreign ministry's spokeswoman, said the truce had held.",
		map[string]string{
			"Colonel Joseph Kiprono Mutai": "KENMIL",
			"Amina Warsame Hassan":         "SOMGOV",
		})
}

// TestClaimSpeakersPlacedPerson: a capital named as where a person lives or speaks
// ("living in Nairobi", "speaking in Nairobi") is not whom the person speaks for;
// a body's seat ("the foreign ministry in Mogadishu") and officials named by the
// city they are in still speak for its country.
func TestClaimSpeakersPlacedPerson(t *testing.T) {
	wantSpeakers(t, "Somalia and the Ogaden rebels agreed a truce on Monday. "+
		"Abdi Farah Gedi, now retired and living in Nairobi, says the truce gave him the right to go home. "+
		"The foreign ministry in Mogadishu said the truce had held. "+
		"Officials in Mogadishu said the border was calm.",
		map[string]string{
			"Abdi Farah Gedi":        "",
			"The foreign ministry":   "SOM",
			"Officials in Mogadishu": "SOM",
		})
}

// TestClaimSpeakersPostInGroup: a person an apposition gives a post in a group
// ("the front's chairman" after "the Moro National Liberation Front", "a commander
// of the Moro National Liberation Front") speaks for that group when a later
// sentence, or a later article, names him alone; a post of a state ("the
// Philippine foreign minister") is read by the office rules instead, and gives
// nothing here.
func TestClaimSpeakersPostInGroup(t *testing.T) {
	codes := codesAcross(t,
		"The Moro National Liberation Front signed a peace accord with Manila in Jakarta in September. "+
			"Nur Misuari Hadji, the front's chairman, signed for the rebels. "+
			"Abdul Karim Sayadi, a commander of the Moro National Liberation Front, watched from the hall. "+
			"Teodoro Locsin Reyes, the Philippine foreign minister, signed for Manila.",
		"Nur Misuari Hadji, now living in Jakarta, says the accord gave his men the right to keep their arms. "+
			"Abdul Karim Sayadi, speaking in Cotabato, said the camps were calm. "+
			"Teodoro Locsin Reyes, speaking in Jakarta, said the accord would hold.")
	for _, k := range []string{"art2 Nur Misuar", "art2 Abdul Kari"} {
		if got := codes[k]; got != "PHLREB" {
			t.Errorf("%s: speaker %q, want PHLREB (claims %v)", k, got, codes)
		}
	}
	if got := codes["art2 Teodoro L"]; got == "PHLREB" || got == "IDNGOV" {
		t.Errorf("a state's office holder: speaker %q, want neither the rebels nor the host (claims %v)", got, codes)
	}
}
