package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/store"
)

// BenchEnv names the environment variable that turns the store benchmarks on and
// says how many events to store first (for instance 1000000); without it they skip,
// since filling a store takes a while.
const BenchEnv = "PEACEWATCH_BENCH_EVENTS"

// BenchEvents returns the number of events BenchEnv asks for, skipping b without it.
func BenchEvents(b *testing.B) int {
	v := os.Getenv(BenchEnv)
	if v == "" {
		b.Skipf("set %s=N to benchmark a store holding N events", BenchEnv)
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q is not a positive number", BenchEnv, v)
	}
	return n
}

// Bench fills s with n synthetic events (unless it holds them already, so that a
// kept store is reused), then measures the queries the dashboard and the command
// line run: the status board of one agreement and filtered pages of 100 events, and
// the ingest write path, one article of 10 events per transaction. size, when not
// nil, reports the store's bytes on disk.
func Bench(b *testing.B, s store.Store, n int, size func() (int64, error)) {
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	const perArticle = 10
	if st.Events < int64(n) {
		start := time.Now()
		if err := Fill(ctx, s, int(st.Articles), n/perArticle, perArticle); err != nil {
			b.Fatal(err)
		}
		d := time.Since(start)
		b.Logf("filled with %d events in %s: %.0f events/s in bulk transactions", n, d.Round(time.Millisecond), float64(n-int(st.Events))/d.Seconds())
		if o, ok := s.(interface{ Optimize(context.Context) error }); ok {
			if err := o.Optimize(ctx); err != nil {
				b.Fatal(err)
			}
		}
	}
	if size != nil {
		bytes, err := size()
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("store size %d bytes: %.0f MB per million events", bytes, float64(bytes)/float64(n)*1e6/1e6)
	}

	b.Run("status of one agreement", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			ag, err := s.Status(ctx, fmt.Sprintf("bench-agreement-%d", i%benchAgreements), "2019-06-30")
			if err != nil {
				b.Fatal(err)
			}
			if len(ag.Provisions) == 0 || ag.Provisions[0].Status == nil {
				b.Fatal("board without statuses")
			}
		}
	})
	for _, f := range []struct {
		name string
		f    store.EventFilter
	}{
		{"page of 100 events", store.EventFilter{}},
		{"actor prefix and date range", store.EventFilter{Actor: "SYR", From: "2018-01-01", To: "2018-12-31"}},
		{"actor as source and CAMEO root", store.EventFilter{Actor: "RUSMIL", Role: store.SourceRole, Cameo: "19"}},
		{"CAMEO code and country", store.EventFilter{Cameo: "190", Country: "UKR"}},
		{"PLOVER type and modality", store.EventFilter{Plover: "AGREE", Modality: event.Future}},
		{"text", store.EventFilter{Text: "ceasefire"}},
		{"rare actor, text and date", store.EventFilter{Actor: "IGOUNO", Text: "prisoners", From: "2020-01-01"}},
	} {
		b.Run("filtered page: "+f.name, func(b *testing.B) {
			for b.Loop() {
				page, err := s.Events(ctx, f.f)
				if err != nil {
					b.Fatal(err)
				}
				if len(page.Events) == 0 {
					b.Fatalf("no event passes %+v", f.f)
				}
			}
		})
	}
	b.Run("next page by cursor", func(b *testing.B) {
		first, err := s.Events(ctx, store.EventFilter{Actor: "SYR", From: "2018-01-01"})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := s.Events(ctx, store.EventFilter{Actor: "SYR", From: "2018-01-01", Cursor: first.Next}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, q := range []struct{ name, text string }{
		{"words in every article", "ceasefire prisoners"},
		{"a phrase in one article", fmt.Sprintf(`"dispatch %d"`, n/perArticle/2)},
	} {
		b.Run("search articles: "+q.name, func(b *testing.B) {
			for b.Loop() {
				page, err := s.Search(ctx, store.SearchQuery{Text: q.text})
				if err != nil {
					b.Fatal(err)
				}
				if len(page.Hits) == 0 {
					b.Fatalf("no article holds %s", q.text)
				}
			}
		})
	}
	b.Run("put article of 10 events", func(b *testing.B) {
		base := 1_000_000_000 + rand.IntN(1_000_000_000)
		i := 0
		for b.Loop() {
			if _, err := s.PutArticle(ctx, SyntheticArticle(base+i, perArticle)); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(b.N*perArticle)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("put 50 articles of 10 events per transaction", func(b *testing.B) {
		base := 2_000_000_000 + rand.IntN(1_000_000_000)
		i := 0
		for b.Loop() {
			bs := make([]store.Batch, 50)
			for j := range bs {
				bs[j] = SyntheticArticle(base+i, perArticle)
				i++
			}
			if _, err := s.PutArticles(ctx, bs); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N*50)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(b.N*50*perArticle)/b.Elapsed().Seconds(), "events/s")
	})
}

// benchAgreements is how many agreements Fill stores, each with 12 provisions and a
// status history of a month-end for every month of ten years.
const benchAgreements = 20

// Fill stores articles first .. first+articles-1 of the synthetic corpus, perArticle
// events each, in bulk transactions, and the benchmark agreements with their
// histories.
func Fill(ctx context.Context, s store.Store, first, articles, perArticle int) error {
	const chunk = 500
	for i := first; i < articles; i += chunk {
		bs := make([]store.Batch, 0, chunk)
		for j := i; j < min(i+chunk, articles); j++ {
			bs = append(bs, SyntheticArticle(j, perArticle))
		}
		if _, err := s.PutArticles(ctx, bs); err != nil {
			return err
		}
	}
	for a := range benchAgreements {
		ag := Agreement(fmt.Sprintf("bench-agreement-%d", a), 12)
		for p := range ag.Provisions {
			var h []agreement.Status
			for m := range 120 {
				d := time.Date(2015, time.Month(2+m), 0, 0, 0, 0, 0, time.UTC)
				h = append(h, agreement.Status{Value: agreement.InProgress, AsOf: d.Format(time.DateOnly), Level: 1 + m%3,
					Evidence: []agreement.Evidence{{ArticleID: "x", Start: m, End: m + 80, Text: "the withdrawal went on"}}, Reason: "progress"})
			}
			ag.Provisions[p].History, ag.Provisions[p].Status = h, &h[len(h)-1]
		}
		if err := s.PutAgreements(ctx, []agreement.Agreement{ag}); err != nil {
			return err
		}
	}
	return nil
}

// The synthetic corpus's vocabularies, drawn at random with a fixed seed per article.
var (
	benchCountries = []string{"AFG", "SYR", "UKR", "RUS", "USA", "IRQ", "YEM", "SDN", "MLI", "COL", "ETH", "SOM", "LBY", "MMR", "NGA", "COD", "ISR", "PSE", "LBN", "TUR"}
	benchRoles     = []string{"GOV", "MIL", "REB", "COP", "CVL", "OPP", "", "SEC", "INS", "MED"}
	benchIGOs      = []string{"IGOUNO", "IGOWSTNAT", "IGOAFRAU", "IGOEUREEC"}
	benchCameo     = []string{"010", "012", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "081", "0871", "0874", "090", "100", "111", "112", "120", "128", "130", "138", "140", "145", "150", "160", "172", "173", "180", "181", "182", "183", "190", "193", "194", "195", "200"}
	benchPlover    = []string{"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	benchModality  = []event.Modality{event.Asserted, event.Asserted, event.Asserted, event.Future, event.Refused, event.Negated, event.Denied, event.Requested, event.Conditional}
	benchWords     = strings.Fields(`ceasefire truce talks prisoners exchange withdrawal troops shelling airstrike convoy aid
		corridor border village city capital province ministry army rebels militia police civilians refugees negotiators
		mediators envoy delegation agreement deal accord clause deadline release detainees hostages drones artillery
		front line offensive attack killed wounded displaced camp hospital school bridge road highway port airport
		election parliament president minister commander spokesman statement report sources witnesses monitors observers
		sanctions embargo weapons disarmament demobilisation reintegration elections constitution referendum amnesty
		court tribunal investigation evidence violation breach compliance implementation verification mission peacekeepers`)
)

// SyntheticArticle returns article i of the benchmark corpus: about 2,000 bytes of
// text and perArticle events whose actors, codes, dates and text vary like coded
// news.
func SyntheticArticle(i, perArticle int) store.Batch {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	var body strings.Builder
	fmt.Fprintf(&body, "Dispatch %d. ", i)
	for body.Len() < 2000 {
		body.WriteString(benchWords[r.IntN(len(benchWords))])
		if r.IntN(12) == 0 {
			body.WriteString(". ")
		} else {
			body.WriteByte(' ')
		}
	}
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650))
	a := article.Article{
		URL: fmt.Sprintf("https://news.example/%d", i), Title: fmt.Sprintf("Dispatch %d", i), Source: "Synthetic Wire",
		Date: day.Add(time.Duration(r.IntN(86400)) * time.Second), Text: body.String(), Name: fmt.Sprintf("synthetic/%d", i),
	}
	a.ID = article.ID(a.Text)
	b := store.Batch{Article: store.Article{Article: a}}
	actor := func() event.Actor {
		if r.IntN(20) == 0 {
			return event.Actor{Code: benchIGOs[r.IntN(len(benchIGOs))], Name: "organisation"}
		}
		c := benchCountries[r.IntN(len(benchCountries))] + benchRoles[r.IntN(len(benchRoles))]
		s := r.IntN(1800)
		return event.Actor{Code: c, Name: "actor " + c, Span: &event.Span{Start: s, End: s + 12}}
	}
	for k := range perArticle {
		start := r.IntN(1800)
		var text strings.Builder
		for range 12 + r.IntN(14) {
			text.WriteString(benchWords[r.IntN(len(benchWords))])
			text.WriteByte(' ')
		}
		place := "a town"
		e := event.Event{
			ID: fmt.Sprintf("%s-%d", a.ID, k), ArticleID: a.ID, Sentence: k, Span: event.Span{Start: start, End: start + text.Len()},
			Text:   strings.TrimSpace(text.String()),
			Date:   event.Date{Value: day.AddDate(0, 0, -r.IntN(4)).Format(time.DateOnly), Granularity: "day", Basis: event.BasisRelative},
			Source: []event.Actor{actor()}, Target: []event.Actor{actor()},
			Cameo: benchCameo[r.IntN(len(benchCameo))], Plover: event.Plover{Type: benchPlover[r.IntN(len(benchPlover))]},
			Goldstein: float64(r.IntN(21) - 10), QuadClass: 1 + r.IntN(4), Modality: benchModality[r.IntN(len(benchModality))],
			Location: event.Location{Country: benchCountries[r.IntN(len(benchCountries))], Place: &place},
			Coder:    event.Coder{Version: "bench", Rule: "verbs:synthetic"},
			Trigger:  event.Span{Start: start + 5, End: start + 11}, Lemma: "synthetic",
		}
		if r.IntN(4) == 0 {
			e.Quantities = []event.Quantity{{Value: float64(r.IntN(5000)), Unit: "people", Role: "killed"}}
		}
		if r.IntN(5) == 0 {
			e.Attribution = &event.Attribution{Speaker: event.Speaker{Code: "USAGOV", Name: "a spokesman"}, Verb: "said"}
		}
		b.Events = append(b.Events, e)
	}
	return b
}
