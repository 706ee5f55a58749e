package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// The test corpus is generated: every value cycles through a small vocabulary, so
// each filter has several matching and several failing events.
var (
	actorCodes = []string{"AFGREB", "AFGGOV", "USAGOV", "USAMIL", "IGOUNO", "RUSMIL", "UKRGOV"}
	cameoCodes = []string{"190", "193", "0871", "087", "036", "057", "112"}
	plovers    = []string{"ASSAULT", "ASSAULT", "RETREAT", "RETREAT", "AGREE", "AGREE", "ACCUSE"}
	modalities = []event.Modality{event.Asserted, event.Future, event.Refused, event.Denied, event.Asserted}
	countries  = []string{"AFG", "USA", "UKR", ""}
	words      = []string{"shelling", "prisoners", "withdrawal", "ceasefire", "talks", "convoy", "airstrike"}
)

// Article returns the i-th article of the generated corpus with n events. Its text
// is made of words of its own, so that no two corpus articles are near-duplicates.
func Article(i, n int) store.Batch {
	var body strings.Builder
	fmt.Fprintf(&body, "Report number %d. ", i)
	for w := range 40 {
		fmt.Fprintf(&body, "w%dx%d ", i, w)
	}
	body.WriteString(words[i%len(words)])
	a := article.Article{
		URL:    fmt.Sprintf("https://news.example/%d", i),
		Title:  fmt.Sprintf("Report %d", i),
		Source: "Example Wire",
		Date:   time.Date(2020, 3, 1+i%28, 10, 30, 0, 0, time.UTC),
		Text:   body.String(),
		Name:   fmt.Sprintf("corpus/%d.txt", i),
	}
	a.ID = article.ID(a.Text)
	b := store.Batch{Article: store.Article{Article: a}}
	for j := range n {
		b.Events = append(b.Events, Event(a.ID, i*n+j))
	}
	b.Claims = []agreement.Claim{
		{Speaker: agreement.Speaker{Code: actorCodes[i%len(actorCodes)], Name: "spokesman"}, Text: "we kept the truce", Start: 10, End: 27},
		{Speaker: agreement.Speaker{Code: "USAGOV", Name: "the envoy"}, Text: "talks begin soon", Start: 2, End: 18},
	}
	return b
}

// Event returns the k-th generated event of article id, every field set.
func Event(articleID string, k int) event.Event {
	pick := func(n, salt int) int { return (k*7 + salt*k/3 + salt) % n }
	place := fmt.Sprintf("place %d", k%5)
	end := "2021-01-01"
	e := event.Event{
		ID:        fmt.Sprintf("%s-%d", articleID, k),
		ArticleID: articleID,
		Sentence:  k % 9,
		Span:      event.Span{Start: k, End: k + 40},
		Text:      fmt.Sprintf("Sentence %d about %s and %s", k, words[k%len(words)], words[(k/len(words))%len(words)]),
		Date:      event.Date{Value: fmt.Sprintf("2020-%02d-%02d", 1+k%6, 1+k%27), Granularity: "day", Basis: event.BasisExplicit},
		Source:    []event.Actor{{Code: actorCodes[pick(len(actorCodes), 1)], Name: "a source", Span: &event.Span{Start: 1, End: 5}}},
		Target:    []event.Actor{{Code: actorCodes[pick(len(actorCodes), 2)], Name: "a target"}},
		Cameo:     cameoCodes[k%len(cameoCodes)],
		Plover:    event.Plover{Type: plovers[k%len(plovers)], Mode: "coerce"},
		Goldstein: -10 + float64(k%21),
		QuadClass: 1 + k%4,
		Modality:  modalities[k%len(modalities)],
		Quantities: []event.Quantity{
			{Value: float64(100 * k), Max: float64(100*k + 50), Unit: "troops", Role: "withdrawn", Approx: k%2 == 0, AtLeast: k%3 == 0},
		},
		Location: event.Location{Country: countries[k%len(countries)], Place: &place},
		Coder:    event.Coder{Version: "test-1", Rule: fmt.Sprintf("verbs:rule%d", k%4)},
		Trigger:  event.Span{Start: k + 3, End: k + 9},
		Lemma:    words[k%len(words)],
	}
	switch k % 6 {
	case 0:
		e.Date = event.Date{Granularity: "unknown", Basis: event.BasisUnresolved}
	case 1:
		e.Date.End = &end
		e.Attribution = &event.Attribution{Speaker: event.Speaker{Code: "AFGGOV", Name: "Ashraf Ghani"}, Verb: "said", Quoted: true}
	case 2:
		e.Source = append(e.Source, event.Actor{Code: "IGOWSTNAT", Name: "NATO"})
		e.Quantities = nil
	case 3:
		e.Target = nil
	}
	return e
}

// Agreement returns a generated agreement with n provisions, every field set.
func Agreement(id string, n int) agreement.Agreement {
	q := func(v float64) *float64 { return &v }
	ag := agreement.Agreement{
		ID: id, Name: "Agreement " + id, Signed: "2020-02-29", Place: "Doha",
		Parties: []string{"USA", "AFGREB"}, Witnesses: []string{"USAGOV"}, Guarantors: []string{"IGOUNO"},
		Articles: []string{"a1", "a2"}, Manual: true,
	}
	for i := range n {
		st := agreement.Status{Value: agreement.InProgress, AsOf: "2020-03-02", Level: 1, Overdue: i%2 == 0,
			Evidence: []agreement.Evidence{{ArticleID: "a1", Start: 5, End: 50, Text: "approval to begin"}}, Reason: "begun"}
		ag.Provisions = append(ag.Provisions, agreement.Provision{
			ID: fmt.Sprintf("%s-p%d", id, i), Obligor: []string{"USA"}, Beneficiary: []string{}, Action: agreement.Reduce,
			Object: "troops", FromQuantity: q(13000), Quantity: q(8600 + float64(i)), Unit: "troops",
			Deadline:   &agreement.Deadline{Date: "2020-07-13", Relative: "within 135 days", Anchor: "signing"},
			Conditions: []string{"security guarantees"}, DependsOn: []string{},
			Evidence: agreement.Evidence{ArticleID: "a1", Start: 100, End: 180, Text: "reduce to 8,600"},
			Sources:  []agreement.Evidence{{ArticleID: "a2", Start: 1, End: 9, Text: "cut troops"}},
			Status:   &st,
			History: []agreement.Status{
				{Value: agreement.Pending, AsOf: "2020-02-29", Level: 0, Evidence: []agreement.Evidence{}, Reason: "signed"},
				st,
			},
		})
	}
	return ag
}
