package bench

import (
	"fmt"
	"time"
)

// A deal is one agreement of the corpus's world: news reports the same few deals
// again and again, so the corpus draws its deal sentences from a small pool, each
// deal always named, dated and placed the same way, as a story is followed.
type deal struct {
	name, place string
	a, b        string // the parties' names
	signed      time.Time
	// prisoners, troops and days are the deal's terms, the same in every report.
	prisoners, troops, days int
}

// DealCount is how many deals a corpus reports: a year of conflict news follows a
// few dozen.
const DealCount = 40

// dealShare is the share of articles, one in dealShare, that report on a deal.
const dealShare = 5

// dealKinds name a deal after its place.
var dealKinds = []string{"ceasefire", "agreement", "accord", "truce", "peace deal"}

// dealParties are pairs of opposing sides, so that a deal is between two actors
// that do not stand for one country.
var dealParties = [][2]string{
	{"Russia", "Ukraine"}, {"Israel", "Hamas"}, {"the Sudanese army", "the Rapid Support Forces"},
	{"Ethiopia", "the Tigray People's Liberation Front"}, {"Saudi Arabia", "the Houthis"},
	{"Colombia", "the ELN"}, {"Armenia", "Azerbaijan"}, {"India", "Pakistan"},
	{"the United States", "the Taliban"}, {"Rwanda", "the Democratic Republic of Congo"},
	{"Myanmar's military", "the Arakan Army"}, {"Somalia", "al-Shabaab"}, {"Turkey", "the Kurdish-led SDF"},
}

// newDeals draws the corpus's deals.
func (g *Generator) newDeals() []deal {
	ds := make([]deal, DealCount)
	for i := range ds {
		pair := dealParties[g.rng.IntN(len(dealParties))]
		place := places[g.rng.IntN(len(places))]
		ds[i] = deal{
			name:      fmt.Sprintf("%s %s", place, dealKinds[g.rng.IntN(len(dealKinds))]),
			place:     place,
			a:         pair[0],
			b:         pair[1],
			signed:    time.Date(2015+g.rng.IntN(9), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28), 0, 0, 0, 0, time.UTC),
			prisoners: 100 * (1 + g.rng.IntN(20)),
			troops:    1000 * (1 + g.rng.IntN(10)),
			days:      15 * (1 + g.rng.IntN(8)),
		}
	}
	return ds
}

// dealTemplates report on a deal: {A} and {B} are its parties, {N} its name, {P} its
// place, {D} its signing date, {X} its prisoners, {T} its troops and {L} its days;
// the other slots are as in templates.
var dealTemplates = []string{
	"{A} and {B} signed the {N} in {P} on {D}, agreeing to exchange {X} prisoners within {L} days.",
	"Under the {N} signed on {D}, {A} agreed to withdraw {T} troops from {P} within {L} days.",
	"{B} accused {A} of violating the {N} signed in {P} on {D}, saying {n} {u} had been killed.",
	"{A} said on {w} it had released {n} prisoners under the {N}, a spokesman said.",
	"Monitors said {A} had pulled {n} troops back from {p} under the {N}, officials said.",
}

// dealSentence returns one sentence about d.
func (g *Generator) dealSentence(d deal) string {
	g.b.Reset()
	t := dealTemplates[g.rng.IntN(len(dealTemplates))]
	g.expand(t, func(name string) bool {
		switch name {
		case "A":
			g.b.WriteString(d.a)
		case "B":
			g.b.WriteString(d.b)
		case "N":
			g.b.WriteString(d.name)
		case "P":
			g.b.WriteString(d.place)
		case "D":
			g.b.WriteString(d.signed.Format("January 2, 2006"))
		case "X":
			fmt.Fprintf(&g.b, "%d", d.prisoners)
		case "T":
			fmt.Fprintf(&g.b, "%d,000", d.troops/1000)
		case "L":
			fmt.Fprintf(&g.b, "%d", d.days)
		default:
			return false
		}
		return true
	})
	return capitalise(g.b.String())
}
