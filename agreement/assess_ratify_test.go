package agreement_test

import (
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
)

// TestAssessRatificationAndPeoplesVote: a duty to ratify is done when its
// parliaments are told to have ratified the deal, by name or by a pronoun; a
// people's vote is held when the citizens of the state that is to hold it voted in
// it, though the vote's noun is not named; a deal's promise recalled in a clause
// of its own ("that the accord had promised") plans nothing. Lawmakers voting on a
// draft, a ratification still awaited and a term restated are not done.
func TestAssessRatificationAndPeoplesVote(t *testing.T) {
	due := &agreement.Deadline{Date: "2031-02-01", Anchor: "absolute"}
	ratify := agreement.Provision{Obligor: []string{"SRBLEG", "BIHLEG"}, Action: agreement.Other, Object: "ratification of the border treaty", Deadline: due}
	ratifyOne := agreement.Provision{Obligor: []string{"MNGLEG"}, Action: agreement.Other, Object: "ratification of the lease", Deadline: due}
	referendum := agreement.Provision{Obligor: []string{"BOL"}, Action: agreement.Other, Object: "referendum on the new charter", Deadline: due}
	plebiscite := agreement.Provision{Obligor: []string{"GRC"}, Action: agreement.Other, Object: "plebiscite on the monarchy", Deadline: due}
	checkProvisionStatuses(t, "2031-04-22", []provisionCase{
		{ratify, statusCase{"both parliaments ratified it", "Both parliaments had ratified the border treaty by January 20, amid protests outside.", agreement.Met}},
		{ratifyOne, statusCase{"ratified it", "The Mongolian parliament ratified it on January 12, a week after the signing.", agreement.Met}},
		{ratifyOne, statusCase{"still to be ratified", "The Mongolian parliament has yet to ratify the lease, and no date is set.", agreement.Unknown}},
		{referendum, statusCase{"the people voted on it", "Bolivians voted on the new charter on January 25, 2031, and approved it by a wide margin.", agreement.Met}},
		{referendum, statusCase{"lawmakers voted on the draft", "Bolivian lawmakers voted on the draft of the new charter on January 25, 2031.", agreement.Unknown}},
		{referendum, statusCase{"the people will vote", "Bolivians will vote on the new charter in June, the electoral court said.", agreement.Unknown}},
		{plebiscite, statusCase{"the promise recalled", "Greeks voted on Sunday to keep the king, in the plebiscite that the accord of last year had promised by February.", agreement.MetLate}},
		{plebiscite, statusCase{"the term restated", "That accord also required a plebiscite on the monarchy by February.", agreement.Unknown}},
		{plebiscite, statusCase{"the term reported", "The opposition said that the accord required a plebiscite on the monarchy by February.", agreement.Unknown}},
	})
}
