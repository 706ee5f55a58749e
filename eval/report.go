package eval

import (
	"github.com/peacewatch/peacewatch/event"
)

// Accuracy counts how many checked values were right.
type Accuracy struct {
	Checked int `json:"checked"`
	Correct int `json:"correct"`
}

// Rate is Correct/Checked, or 0 when nothing was checked.
func (a Accuracy) Rate() float64 { return ratio(a.Correct, a.Checked, false) }

// RecordResult is how one record fared.
type RecordResult struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Counts Counts   `json:"counts"`
	Missed []Triple `json:"missed,omitempty"` // expected, no full-code match
	Extra  []Triple `json:"extra,omitempty"`  // coded, no full-code match
	// Near are the root-level matches among Missed and Extra: [expected, coded].
	Near [][2]Triple `json:"near,omitempty"`
	// WrongModality lists full-code matches whose modality differs: "triple: want x, got y".
	WrongModality []string `json:"wrong_modality,omitempty"`
	WrongDate     []string `json:"wrong_date,omitempty"`
}

// Report aggregates the scores of a dev set. The zero value is empty and ready; add
// records with Add.
type Report struct {
	Records  int               `json:"records"`
	Total    Counts            `json:"total"`
	ByTag    map[string]Counts `json:"by_tag"`
	ByRoot   map[string]Counts `json:"by_root"`
	Modality Accuracy          `json:"modality"`
	Date     Accuracy          `json:"date"`
	Results  []RecordResult    `json:"results"`
}

// Add scores the events coded for one record and adds them to the report.
func (r *Report) Add(rec Record, events []event.Event) RecordResult {
	if r.ByTag == nil {
		r.ByTag, r.ByRoot = map[string]Counts{}, map[string]Counts{}
	}
	exp := rec.Triples()
	coded := Expand(events)
	got := make([]Triple, len(coded))
	for i, c := range coded {
		got[i] = c.Triple
	}
	full, root := Match(exp, got)
	res := RecordResult{ID: rec.ID, Name: rec.Name,
		Counts: Counts{Expected: len(exp), Got: len(got), FullMatch: len(full), RootMatch: len(full) + len(root)}}

	fullE, fullG := make([]bool, len(exp)), make([]bool, len(got))
	for _, p := range full {
		fullE[p.Expected], fullG[p.Got] = true, true
		e, c := rec.Expected[p.Expected], coded[p.Got]
		r.bump(r.ByRoot, e.Root(), Counts{FullMatch: 1, RootMatch: 1})
		if e.Modality != "" {
			r.Modality.Checked++
			if e.Modality == c.Modality {
				r.Modality.Correct++
			} else {
				res.WrongModality = append(res.WrongModality, e.String()+": want "+e.Modality+", got "+c.Modality)
			}
		}
		if e.Date != "" {
			r.Date.Checked++
			if e.Date == c.Date {
				r.Date.Correct++
			} else {
				res.WrongDate = append(res.WrongDate, e.String()+": want "+e.Date+", got "+c.Date)
			}
		}
	}
	for _, p := range root {
		r.bump(r.ByRoot, exp[p.Expected].Root(), Counts{RootMatch: 1})
		res.Near = append(res.Near, [2]Triple{exp[p.Expected], got[p.Got]})
	}
	for i, e := range exp {
		r.bump(r.ByRoot, e.Root(), Counts{Expected: 1})
		if !fullE[i] {
			res.Missed = append(res.Missed, e)
		}
	}
	for i, g := range got {
		r.bump(r.ByRoot, g.Root(), Counts{Got: 1})
		if !fullG[i] {
			res.Extra = append(res.Extra, g)
		}
	}
	for _, tag := range rec.Tags {
		r.bump(r.ByTag, tag, res.Counts)
	}
	r.Records++
	r.Total = r.Total.Add(res.Counts)
	r.Results = append(r.Results, res)
	return res
}

func (r *Report) bump(m map[string]Counts, key string, c Counts) {
	m[key] = m[key].Add(c)
}
