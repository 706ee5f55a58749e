package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/dataset"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
	"github.com/peacewatch/peacewatch/sqlite"
	"github.com/peacewatch/peacewatch/store"
)

// runOK runs peacewatch with args and returns its stdout and stderr, failing the test
// on an error.
func runOK(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("peacewatch %s: %v\nstderr: %s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String(), stderr.String()
}

// storedEvents returns every event of the store at path, in event order.
func storedEvents(t *testing.T, path string) []event.Event {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var evs []event.Event
	err = st.EachEvent(context.Background(), store.EventFilter{}, func(e event.Event) error {
		evs = append(evs, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// addAwkwardEvents stores an article whose events GDELT's format holds only in part:
// names with tabs and line breaks, a month-granular date, no CAMEO code.
func addAwkwardEvents(t *testing.T, path string) {
	t.Helper()
	text := "In March 2020 the\tcommission met.\nNothing else happened."
	a := store.Article{Article: article.Article{ID: article.ID(text), Text: text, Date: time.Date(2020, 4, 1, 0, 0, 0, 0, time.UTC)}}
	month := event.Event{
		ID: a.ID + "-m", ArticleID: a.ID, Text: text[:33], Cameo: "036", QuadClass: 1, Goldstein: 4,
		Date:     event.Date{Value: "2020-03", Granularity: "month", Basis: event.BasisExplicit},
		Source:   []event.Actor{{Code: "IGOUNO", Name: "the\tcommission\nof inquiry"}},
		Modality: event.Asserted, Quantities: []event.Quantity{},
	}
	uncoded := event.Event{ID: a.ID + "-u", ArticleID: a.ID, Sentence: 1, Text: text[34:],
		Date: event.Date{Value: "2020-03-20", Granularity: "day"}, Quantities: []event.Quantity{}}
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.PutArticle(context.Background(), store.Batch{Article: a, Events: []event.Event{month, uncoded}}); err != nil {
		t.Fatal(err)
	}
}

// actorKey is what a round trip through GDELT's format keeps of an actor.
type actorKey struct{ Code, Name string }

// gdeltKey is what a round trip through GDELT's format keeps of an event.
type gdeltKey struct {
	Date           string
	Source, Target actorKey
	Cameo          string
	QuadClass      int
	Goldstein      float64
	Country        string
	Place          string
}

func keyOf(e event.Event, date string) gdeltKey {
	k := gdeltKey{Date: date, Cameo: e.Cameo, QuadClass: e.QuadClass, Goldstein: e.Goldstein, Country: e.Location.Country}
	if len(e.Source) > 0 {
		k.Source = actorKey{e.Source[0].Code, tsvField(e.Source[0].Name)}
	}
	if len(e.Target) > 0 {
		k.Target = actorKey{e.Target[0].Code, tsvField(e.Target[0].Name)}
	}
	if e.Location.Place != nil {
		k.Place = *e.Location.Place
	}
	return k
}

// TestExportTSVRoundTrip exports the store as GDELT TSV and reads it back with the
// GDELT reader: every event GDELT's format can hold comes back with its date, actors,
// codes, scores and location; a GDELT record keeps its GLOBALEVENTID and provenance.
func TestExportTSVRoundTrip(t *testing.T) {
	path := testStore(t)
	addAwkwardEvents(t, path)
	out, stderr := runOK(t, "export", "--db", path, "--format", "tsv")
	if !strings.Contains(stderr, "7 event(s) written, 2 without a date or a CAMEO code") {
		t.Errorf("stderr = %q, want the two events GDELT cannot hold counted", stderr)
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := strings.Count(line, "\t") + 1; n != 61 {
			t.Errorf("row %d: %d columns, want 61: %q", i+1, n, line)
		}
	}

	var read []event.Event
	st, err := gdelt.Read(context.Background(), strings.NewReader(out), "export.tsv", func(e event.Event) error {
		read = append(read, e)
		return nil
	}, dataset.Options{})
	if err != nil || st.Skipped > 0 {
		t.Fatalf("gdelt.Read: %v, %d row(s) skipped: %v", err, st.Skipped, st.Errors)
	}
	var want []gdeltKey
	wantIDs := map[string]bool{}
	for _, e := range storedEvents(t, path) {
		d, ok := gdeltDate(e.Date.Value)
		if !ok || e.Cameo == "" {
			continue
		}
		want = append(want, keyOf(e, d.Format(time.DateOnly)))
		if e.Provenance != nil {
			wantIDs[e.ID] = true
		}
	}
	var got []gdeltKey
	for _, e := range read {
		got = append(got, keyOf(e, e.Date.Value))
		if wantIDs[e.ID] {
			delete(wantIDs, e.ID)
			if e.Provenance.URL == "" || e.Provenance.Added != "2020-03-04T13:45:00Z" || e.Provenance.Mentions != 6 || *e.Provenance.Tone != -3.5 {
				t.Errorf("GDELT record %s came back with provenance %+v", e.ID, *e.Provenance)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events read back from the TSV (-stored +read):\n%s", diff)
	}
	if len(wantIDs) > 0 {
		t.Errorf("GLOBALEVENTIDs lost: %v", wantIDs)
	}

	again, _ := runOK(t, "export", "--db", path, "--format", "tsv")
	if again != out {
		t.Error("a second export differs from the first: GLOBALEVENTIDs are not stable")
	}
}

// TestEventsPages pages through the events with --cursor: the pages hold every
// event once, in the order export streams them.
func TestEventsPages(t *testing.T) {
	path := testStore(t)
	all, _ := runOK(t, "export", "--db", path)
	want := jsonIDs(t, all)
	var got []string
	cursor := ""
	for page := 0; ; page++ {
		if page > len(want) {
			t.Fatal("paging does not end")
		}
		args := []string{"events", "--db", path, "--format", "jsonl", "--limit", "2"}
		if cursor != "" {
			args = append(args, "--cursor", cursor)
		}
		out, stderr := runOK(t, args...)
		ids := jsonIDs(t, out)
		if len(ids) > 2 {
			t.Fatalf("page %d has %d events, want at most 2", page, len(ids))
		}
		got = append(got, ids...)
		_, next, ok := strings.Cut(strings.TrimSpace(stderr), "--cursor ")
		if !ok {
			break
		}
		cursor = next
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ids of the pages (-export +pages):\n%s", diff)
	}
	if len(want) != 7 {
		t.Errorf("export has %d events, want the fixture's 7", len(want))
	}
}

func jsonIDs(t *testing.T, jsonl string) []string {
	t.Helper()
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var e event.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%v: %q", err, line)
		}
		ids = append(ids, e.ID)
	}
	return ids
}

// TestEventsCSV reads the CSV back: a header of csvColumns, a row of as many
// fields per event, lists flattened.
func TestEventsCSV(t *testing.T) {
	path := testStore(t)
	addAwkwardEvents(t, path)
	out, _ := runOK(t, "export", "--db", path, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(csvColumns, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	evs := storedEvents(t, path)
	if len(rows)-1 != len(evs) {
		t.Fatalf("%d rows, want %d events", len(rows)-1, len(evs))
	}
	col := map[string]int{}
	for i, c := range csvColumns {
		col[c] = i
	}
	for i, e := range evs {
		r := rows[i+1]
		if r[col["id"]] != e.ID || r[col["text"]] != e.Text || r[col["cameo"]] != e.Cameo || r[col["date"]] != e.Date.Value {
			t.Errorf("row %d = %q, want event %s", i+1, r, e.ID)
		}
		if got, want := strings.Count(r[col["source_codes"]], ";"), max(0, len(e.Source)-1); got != want {
			t.Errorf("row %d: source_codes %q for %d actors", i+1, r[col["source_codes"]], len(e.Source))
		}
	}
}

func TestQuantitiesText(t *testing.T) {
	for _, c := range []struct {
		qs   []event.Quantity
		want string
	}{
		{nil, ""},
		{[]event.Quantity{{Value: 5000, Unit: "prisoners", Role: "released"}}, "5000 prisoners/released"},
		{[]event.Quantity{{Value: 100, Max: 200, Unit: "people", Role: "killed", AtLeast: true, Approx: true}, {Value: 2.5, Unit: "km"}},
			">=~100-200 people/killed; 2.5 km"},
	} {
		if got := quantitiesText(c.qs); got != c.want {
			t.Errorf("quantitiesText(%+v) = %q, want %q", c.qs, got, c.want)
		}
	}
}

func TestCameoActor(t *testing.T) {
	for code, want := range map[string]cameoParts{
		"AFGREB":    {country: "AFG", type1: "REB"},
		"USA":       {country: "USA"},
		"IGOUNO":    {group: "UNO", type1: "IGO"},
		"IGOWSTNAT": {group: "WST", type1: "IGO"},
		"XX":        {},
		"ZZZGOV":    {},
	} {
		if got := cameoActor(code); got != want {
			t.Errorf("cameoActor(%q) = %+v, want %+v", code, got, want)
		}
	}
}

func TestFractionDate(t *testing.T) {
	// The values GDELT's own files carry for these days.
	for d, want := range map[string]string{"2015-02-18": "2015.1315", "2020-02-29": "2020.1616", "2022-02-24": "2022.1479"} {
		day, _ := time.Parse(time.DateOnly, d)
		if got := fractionDate(day); got != want {
			t.Errorf("fractionDate(%s) = %s, want %s", d, got, want)
		}
	}
}
