package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peacewatch/peacewatch/event"
)

func ev(code string, mod event.Modality, date string, src []string, tgt ...string) event.Event {
	e := event.Event{Cameo: code, Modality: mod, Date: event.Date{Value: date}}
	for _, s := range src {
		e.Source = append(e.Source, event.Actor{Code: s})
	}
	for _, t := range tgt {
		e.Target = append(e.Target, event.Actor{Code: t})
	}
	return e
}

func TestExpand(t *testing.T) {
	got := Expand([]event.Event{
		ev("057", event.Asserted, "2020-02-29", []string{"USA", "AFGREB"}, "AFGREB", "USA"),
		ev("190", event.Asserted, "", []string{"AFGREB"}),
		ev("190", event.Asserted, "", nil, "AFGSEC"),
	})
	var s []string
	for _, c := range got {
		s = append(s, c.String())
	}
	want := []string{"USA -[057]-> AFGREB", "USA -[057]-> USA", "AFGREB -[057]-> AFGREB", "AFGREB -[057]-> USA", "AFGREB -[190]-> -"}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Expand (-want +got):\n%s", diff)
	}
}

const devSet = `{"id":"r1","date":"2020-03-02","text":"a","tags":["negation","dates"],"expected":[{"source_actor":"AFGREB","target_actor":"AFGSEC","event_code":"190","modality":"asserted","date":"2020-03-02"},{"source_actor":"AFGGOV","target_actor":"AFGREB","event_code":"0841","modality":"refused"}]}

{"id":"r2","date":"2020-03-02","text":"b","tags":["dates"],"expected":[]}
`

func TestReport(t *testing.T) {
	recs, err := ReadRecords(strings.NewReader(devSet), "dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	r.Add(recs[0], []event.Event{
		ev("190", event.Asserted, "2020-03-01", []string{"AFGREB"}, "AFGSEC"),
		ev("084", event.Refused, "", []string{"AFGGOV"}, "AFGREB"),
	})
	r.Add(recs[1], []event.Event{ev("010", event.Asserted, "", []string{"USA"})})

	if want := (Counts{Expected: 2, Got: 3, FullMatch: 1, RootMatch: 2}); r.Total != want {
		t.Errorf("Total = %+v, want %+v", r.Total, want)
	}
	wantTags := map[string]Counts{"negation": {2, 2, 1, 2}, "dates": {2, 3, 1, 2}}
	if diff := cmp.Diff(wantTags, r.ByTag); diff != "" {
		t.Errorf("ByTag (-want +got):\n%s", diff)
	}
	wantRoots := map[string]Counts{"19": {1, 1, 1, 1}, "08": {1, 1, 0, 1}, "01": {0, 1, 0, 0}}
	if diff := cmp.Diff(wantRoots, r.ByRoot); diff != "" {
		t.Errorf("ByRoot (-want +got):\n%s", diff)
	}
	if r.Modality != (Accuracy{1, 1}) || r.Date != (Accuracy{1, 0}) {
		t.Errorf("Modality, Date = %+v, %+v; want {1 1}, {1 0}", r.Modality, r.Date)
	}

	var out bytes.Buffer
	if err := r.WriteText(&out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"full code          2         3      1        1       2      0.333  0.500  0.400\n",
		"root               2         3      2        0       1      0.667  1.000  0.800\n",
		"  missed    AFGGOV -[0841]-> AFGREB\n  extra     AFGGOV -[084]-> AFGREB\n  near      AFGGOV -[0841]-> AFGREB coded as AFGGOV -[084]-> AFGREB\n  date      AFGREB -[190]-> AFGSEC: want 2020-03-02, got 2020-03-01",
		"r2 (dev.jsonl:3)\n  extra     USA -[010]-> -",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, out.String())
		}
	}

	b, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Total struct {
			Full Scores `json:"full"`
		} `json:"total"`
	}
	if err := json.Unmarshal(b, &back); err != nil || back.Total.Full.F1 < 0.39 || back.Total.Full.F1 > 0.41 {
		t.Errorf("JSON total full F1 = %+v (%v), want 0.4", back.Total.Full, err)
	}
}

func TestReadRecordsErrors(t *testing.T) {
	in := `{"id":"ok","text":"a"}
{"id":"x"}
not json
{"id":"y","text":"b","date":"someday"}
{"id":"z","text":"c","expected":[{"target_actor":"USA","event_code":"010"}]}
`
	_, err := ReadRecords(strings.NewReader(in), "d.jsonl")
	if err == nil {
		t.Fatal("ReadRecords accepted a broken dev set")
	}
	for _, want := range []string{`d.jsonl:2: missing "text"`, "d.jsonl:3: invalid character", `d.jsonl:4: date "someday"`, "d.jsonl:5: expected[0]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}
