package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestStoreScript runs testdata/store/*.txtar: the commands that read the store,
// against stores filled by "fillstore PATH" with the records of fixtureBatches and
// fixtureAgreements.
func TestStoreScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/store",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"fillstore": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 1 {
					ts.Fatalf("usage: fillstore PATH")
				}
				ts.Check(fillStore(context.Background(), ts.MkAbs(args[0])))
			},
		},
	})
}

// testStore returns the path of a SQLite store in a temporary directory, filled
// with the fixture.
func testStore(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "store.db")
	if err := fillStore(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	return path
}

// fillStore stores the fixture in the SQLite file at path through the Store
// interface.
func fillStore(ctx context.Context, path string) error {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	return fill(ctx, st)
}

// fill stores the fixture in st.
func fill(ctx context.Context, st store.Store) error {
	if _, err := st.PutArticles(ctx, fixtureBatches()); err != nil {
		return err
	}
	return st.PutAgreements(ctx, fixtureAgreements())
}

// The fixture's three articles: the Doha signing, the Afghan government's refusal,
// the invasion of Ukraine; and a GDELT record's article, named by its URL's id.
const (
	dohaText = "The United States and the Taliban signed an agreement in Doha on Saturday. " +
		"Under its terms 5,000 Taliban prisoners will be released by March 10 and US troops will be cut to 8,600 within 135 days."
	ghaniText = "President Ashraf Ghani said on Monday his government would not release 5,000 Taliban prisoners. " +
		"Taliban fighters attacked Afghan security forces in Kunduz on Tuesday, ending a week of reduced violence."
	kyivText = "Russian forces launched missile strikes on Kyiv and other Ukrainian cities before dawn on Thursday. " +
		"Officials said the attack had long been planned."
	gdeltURL = "https://news.example.org/2020/03/04/airstrike-helmand"
)

func fixtureArticle(text, title, url string, date time.Time) store.Article {
	return store.Article{Article: article.Article{
		ID: article.ID(text), Title: title, URL: url, Source: "Example Wire", Date: date, Text: text, Name: title,
	}}
}

func fixtureBatches() []store.Batch {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 30, 0, 0, time.UTC) }
	ptr := func(s string) *string { return &s }
	doha := fixtureArticle(dohaText, "US and Taliban sign deal in Doha", "https://news.example.org/2020/02/29/doha", day(2020, 2, 29))
	ghani := fixtureArticle(ghaniText, "Ghani rejects prisoner release", "https://news.example.org/2020/03/03/ghani", day(2020, 3, 3))
	kyiv := fixtureArticle(kyivText, "Missiles strike Kyiv", "https://news.example.org/2022/02/24/kyiv", day(2022, 2, 24))
	imported := store.Article{Article: article.Article{
		ID: gdelt.ArticleID(gdeltURL), URL: gdeltURL, Title: "US airstrike in Helmand", Date: day(2020, 3, 4),
		Text: "The United States carried out an airstrike on Taliban fighters in Helmand province.", Name: "gdelt",
	}}
	dated := func(v, basis string) event.Date {
		return event.Date{Value: v, Granularity: "day", Basis: basis}
	}
	ev := func(a store.Article, n int, start, end int) event.Event {
		return event.Event{
			ID: a.ID + "-" + string(rune('a'+n)), ArticleID: a.ID, Sentence: n, Span: event.Span{Start: start, End: end},
			Text: a.Text[start:end], Quantities: []event.Quantity{}, Coder: event.Coder{Version: "test", Rule: "test:rule"},
		}
	}

	sign := ev(doha, 0, 0, 74)
	sign.Date = dated("2020-02-29", event.BasisRelative)
	sign.Source = []event.Actor{{Code: "USA", Name: "The United States", Span: &event.Span{Start: 0, End: 17}}}
	sign.Target = []event.Actor{{Code: "AFGREB", Name: "the Taliban", Span: &event.Span{Start: 22, End: 33}}}
	sign.Cameo, sign.Plover, sign.Goldstein, sign.QuadClass = "057", event.Plover{Type: "AGREE"}, 8, 1
	sign.Modality = event.Asserted
	sign.Location = event.Location{Country: "QAT", Place: ptr("Doha")}

	release := ev(doha, 1, 75, len(dohaText))
	release.Date = dated("2020-03-10", event.BasisExplicit)
	release.Source = []event.Actor{{Code: "AFGGOV", Name: "Afghan government"}}
	release.Target = []event.Actor{{Code: "AFGREB", Name: "Taliban"}}
	release.Cameo, release.Plover, release.Goldstein, release.QuadClass = "0841", event.Plover{Type: "RETREAT", Mode: "release"}, 7, 2
	release.Modality = event.Future
	release.Quantities = []event.Quantity{{Value: 5000, Unit: "prisoners", Role: "released"}, {Value: 8600, Unit: "troops", Role: "remaining", Approx: true}}
	release.Location = event.Location{Country: "AFG"}

	refuse := ev(ghani, 0, 0, 95)
	refuse.Date = dated("2020-03-02", event.BasisRelative)
	refuse.Source = []event.Actor{{Code: "AFGGOV", Name: "his government"}}
	refuse.Target = []event.Actor{{Code: "AFGREB", Name: "Taliban"}}
	refuse.Cameo, refuse.Plover, refuse.Goldstein, refuse.QuadClass = "125", event.Plover{Type: "REJECT"}, -5, 3
	refuse.Modality = event.Refused
	refuse.Attribution = &event.Attribution{Speaker: event.Speaker{Code: "AFGGOV", Name: "Ashraf Ghani"}, Verb: "said"}
	refuse.Location = event.Location{Country: "AFG"}

	attack := ev(ghani, 1, 96, len(ghaniText))
	attack.Date = dated("2020-03-03", event.BasisRelative)
	attack.Source = []event.Actor{{Code: "AFGREB", Name: "Taliban fighters"}}
	attack.Target = []event.Actor{{Code: "AFGSEC", Name: "Afghan security forces"}}
	attack.Cameo, attack.Plover, attack.Goldstein, attack.QuadClass = "190", event.Plover{Type: "ASSAULT"}, -10, 4
	attack.Modality = event.Asserted
	attack.Location = event.Location{Country: "AFG", Place: ptr("Kunduz")}

	strike := ev(kyiv, 0, 0, 99)
	strike.Date = dated("2022-02-24", event.BasisRelative)
	strike.Source = []event.Actor{{Code: "RUSMIL", Name: "Russian forces"}}
	strike.Target = []event.Actor{{Code: "UKR", Name: "Kyiv"}, {Code: "UKRMIL", Name: "Ukrainian forces"}}
	strike.Cameo, strike.Plover, strike.Goldstein, strike.QuadClass = "195", event.Plover{Type: "ASSAULT", Mode: "aerial"}, -10, 4
	strike.Modality = event.Asserted
	strike.Location = event.Location{Country: "UKR", Place: ptr("Kyiv")}

	planned := ev(kyiv, 1, 100, len(kyivText))
	planned.Date = event.Date{Granularity: "unknown", Basis: event.BasisUnresolved}
	planned.Source = []event.Actor{{Code: "RUS", Name: "Russia"}}
	planned.Cameo, planned.Plover, planned.Goldstein, planned.QuadClass = "138", event.Plover{Type: "THREATEN"}, -7, 3
	planned.Modality = event.Asserted

	tone, root, lat, lon := -3.5, true, 31.5, 64.3
	airstrike := event.Event{
		ID: "gdelt:913099001", ArticleID: imported.ID, Date: dated("2020-03-04", event.BasisExplicit),
		Source: []event.Actor{{Code: "USAMIL", Name: "UNITED STATES"}}, Target: []event.Actor{{Code: "AFGREB", Name: "TALIBAN"}},
		Cameo: "195", Plover: event.Plover{Type: "ASSAULT"}, Goldstein: -10, QuadClass: 4, Modality: event.Asserted,
		Quantities: []event.Quantity{}, Location: event.Location{Country: "AFG", Place: ptr("Helmand, Afghanistan")},
		Coder: event.Coder{Version: "gdelt-2.0", Rule: "gdelt:195"},
		Provenance: &event.Provenance{Dataset: "gdelt", RecordID: "913099001", URL: gdeltURL, Added: "2020-03-04T13:45:00Z",
			Mentions: 6, Sources: 2, Articles: 5, Tone: &tone, Root: &root, Lat: &lat, Lon: &lon},
	}
	return []store.Batch{
		{Article: doha, Events: []event.Event{sign, release}},
		{Article: ghani, Events: []event.Event{refuse, attack},
			Claims: []agreement.Claim{{Speaker: agreement.Speaker{Code: "AFGGOV", Name: "Ashraf Ghani"}, Text: ghaniText[:95], Start: 0, End: 95}}},
		{Article: kyiv, Events: []event.Event{strike, planned}},
		{Article: imported, Events: []event.Event{airstrike}},
	}
}

// fixtureAgreements are the Doha agreement, whose statuses changed on three dates,
// and a grain deal with one provision met.
func fixtureAgreements() []agreement.Agreement {
	num := func(f float64) *float64 { return &f }
	doha := article.ID(dohaText)
	ghani := article.ID(ghaniText)
	st := func(v agreement.StatusValue, asOf string, level int, reason, art string) agreement.Status {
		s := agreement.Status{Value: v, AsOf: asOf, Level: level, Reason: reason, Evidence: []agreement.Evidence{}}
		if art != "" {
			s.Evidence = []agreement.Evidence{{ArticleID: art, Start: 0, End: 40, Text: "the sentence that shows it"}}
		}
		return s
	}
	withHistory := func(p agreement.Provision, h ...agreement.Status) agreement.Provision {
		p.History = h
		last := h[len(h)-1]
		p.Status = &last
		return p
	}
	troops := withHistory(agreement.Provision{
		ID: "doha-troops", Obligor: []string{"USA"}, Action: agreement.Reduce, Object: "troops",
		FromQuantity: num(13000), Quantity: num(8600), Unit: "troops",
		Deadline: &agreement.Deadline{Date: "2020-07-13", Relative: "within 135 days", Anchor: "signing"},
		Evidence: agreement.Evidence{ArticleID: doha, Start: 75, End: 195, Text: dohaText[75:195]},
	},
		st(agreement.Pending, "2020-02-29", 0, "signed; nothing done yet", doha),
		st(agreement.InProgress, "2020-03-10", 1, "approval to begin the withdrawal", ""),
	)
	prisoners := withHistory(agreement.Provision{
		ID: "doha-prisoners", Obligor: []string{"AFGGOV"}, Beneficiary: []string{"AFGREB"}, Action: agreement.Release,
		Object: "prisoners", Quantity: num(5000), Unit: "prisoners",
		Deadline: &agreement.Deadline{Date: "2020-03-10", Relative: "by March 10", Anchor: "absolute"},
		Evidence: agreement.Evidence{ArticleID: doha, Start: 75, End: 143, Text: dohaText[75:143]},
	},
		st(agreement.Pending, "2020-02-29", 0, "not yet due", doha),
		st(agreement.AtRisk, "2020-03-02", 0, "Ghani refuses to release the prisoners", ghani),
	)
	grain := withHistory(agreement.Provision{
		ID: "grain-corridor", Obligor: []string{"RUS", "UKR"}, Action: agreement.Allow, Object: "grain ships",
		Deadline: &agreement.Deadline{Relative: "for 120 days"},
	},
		st(agreement.Met, "2022-08-01", 3, "the first ship sailed from Odesa", ""),
	)
	return []agreement.Agreement{
		{ID: "ag-doha-2020", Name: "US–Taliban agreement", Signed: "2020-02-29", Place: "Doha",
			Parties: []string{"USA", "AFGREB"}, Provisions: []agreement.Provision{troops, prisoners}, Articles: []string{doha, ghani}},
		{ID: "ag-grain-2022", Name: "Black Sea Grain Initiative", Signed: "2022-07-22", Place: "Istanbul",
			Parties: []string{"RUS", "UKR"}, Witnesses: []string{"TUR", "IGOUNO"}, Provisions: []agreement.Provision{grain}},
	}
}
