package coder_test

import (
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/internal/seedtest"
)

// seedArticles reads the worked example from ../shared/seeds, skipping when absent.
func seedArticles(t *testing.T) []article.Article { return seedtest.Articles(t) }

func hasCode(e event.Event, side []event.Actor, prefix string) bool {
	for _, a := range side {
		if strings.HasPrefix(a.Code, prefix) {
			return true
		}
	}
	return false
}

// TestSeedArticle checks the events the issue lists for the worked example.
func TestSeedArticle(t *testing.T) {
	c := newCoder(t)
	evs := c.Code(seedArticles(t)[0]).Events
	for _, e := range evs {
		t.Log(line(e), "|", e.Coder.Rule)
	}
	cases := []struct {
		name string
		ok   func(e event.Event) bool
	}{
		{"US and Taliban sign the agreement on 2020-02-29", func(e event.Event) bool {
			return e.Cameo == "057" && e.Date.Value == "2020-02-29" &&
				(hasCode(e, e.Source, "USA") && hasCode(e, e.Target, "AFGREB") || hasCode(e, e.Source, "AFGREB") && hasCode(e, e.Target, "USA"))
		}},
		{"fighting resumes between the Taliban and Afghan forces on 2020-03-02", func(e event.Event) bool {
			return strings.HasPrefix(e.Cameo, "19") && e.Date.Value == "2020-03-02" &&
				hasCode(e, e.Source, "AFGREB") && (hasCode(e, e.Target, "AFGSEC") || hasCode(e, e.Target, "AFGMIL"))
		}},
		{"Ghani refuses to release the prisoners", func(e event.Event) bool {
			return strings.HasPrefix(e.Cameo, "12") && e.Modality == event.Refused && hasCode(e, e.Source, "AFGGOV") &&
				e.Attribution != nil && e.Attribution.Speaker.Code == "AFGGOV"
		}},
		{"the Taliban refuse to negotiate until the prisoners are released", func(e event.Event) bool {
			return strings.HasPrefix(e.Cameo, "12") && e.Modality == event.Refused && hasCode(e, e.Source, "AFGREB")
		}},
		{"Esper approves the start of the US withdrawal", func(e event.Event) bool {
			return strings.HasPrefix(e.Cameo, "087") && e.Modality == event.Future && hasCode(e, e.Source, "USA")
		}},
		{"the US invaded Afghanistan in 2001", func(e event.Event) bool {
			return strings.HasPrefix(e.Cameo, "19") && e.Date.Value == "2001" && hasCode(e, e.Source, "USA") && hasCode(e, e.Target, "AFG")
		}},
		{"Trump ended the negotiations in September 2019", func(e event.Event) bool {
			return (strings.HasPrefix(e.Cameo, "12") || strings.HasPrefix(e.Cameo, "16")) && hasCode(e, e.Source, "USAGOV") &&
				strings.HasPrefix(e.Date.Value, "2019-09")
		}},
		{"a Taliban bombing killed a US soldier", func(e event.Event) bool {
			return (strings.HasPrefix(e.Cameo, "18") || strings.HasPrefix(e.Cameo, "19")) && hasCode(e, e.Source, "AFGREB") && hasCode(e, e.Target, "USA")
		}},
	}
	for _, tc := range cases {
		found := false
		for _, e := range evs {
			if tc.ok(e) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no event: %s", tc.name)
		}
	}
}
