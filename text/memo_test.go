package text

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestDocMemo(t *testing.T) {
	d := newTestAnalyzer(t).Analyze("Troops left on March 10. About 8,600 remain, down from 13,000 in February.")
	pub := time.Date(2020, 7, 13, 0, 0, 0, 0, time.UTC)
	for _, s := range d.Sentences {
		if diff := cmp.Diff(FindDates(s, pub), d.Dates(s, pub)); diff != "" {
			t.Errorf("sentence %d: Dates differs from FindDates (-want +got):\n%s", s.Index, diff)
		}
		if diff := cmp.Diff(FindDates(s, time.Time{}), d.Dates(s, time.Time{})); diff != "" {
			t.Errorf("sentence %d, no publication date: Dates differs from FindDates (-want +got):\n%s", s.Index, diff)
		}
		if diff := cmp.Diff(FindQuantities(s), d.Quantities(s)); diff != "" {
			t.Errorf("sentence %d: Quantities differs from FindQuantities (-want +got):\n%s", s.Index, diff)
		}
	}
	if diff := cmp.Diff(FindQuotes(d), d.Quotes()); diff != "" {
		t.Errorf("Quotes differs from FindQuotes (-want +got):\n%s", diff)
	}
	first := d.Dates(d.Sentences[0], pub)
	if len(first) == 0 {
		t.Fatal("no date in the first sentence")
	}
	if again := d.Dates(d.Sentences[0], pub); &again[0] != &first[0] {
		t.Error("a sentence's dates were found twice")
	}
	// A sentence made from the document's tokens but not one of its sentences is
	// read afresh, not answered from the memo of the sentence with its index.
	s1 := d.Sentences[1]
	part := Sentence{Index: 0, Start: s1.Start, End: s1.End, Tokens: s1.Tokens}
	if diff := cmp.Diff(FindQuantities(part), d.Quantities(part)); diff != "" {
		t.Errorf("a sentence not the document's: (-want +got):\n%s", diff)
	}
	if len(d.Quantities(part)) == 0 {
		t.Error("no quantity in the second sentence")
	}
}

// TestDocQuantitiesAfterDates checks that Quantities, reading the dates Dates
// resolved against a publication date, finds what FindQuantities finds, on every
// sentence of the repository's test texts.
func TestDocQuantitiesAfterDates(t *testing.T) {
	a := newTestAnalyzer(t)
	quantities := 0
	for _, text := range testTexts(t) {
		d := a.Analyze(text)
		for _, pub := range []time.Time{day("2024-03-15"), day("2019-12-31")} {
			d := &Doc{Text: d.Text, Sentences: d.Sentences}
			for _, s := range d.Sentences {
				d.Dates(s, pub)
				want := FindQuantities(s)
				if diff := cmp.Diff(want, d.Quantities(s)); diff != "" {
					t.Errorf("%q: Quantities after Dates differs from FindQuantities (-want +got):\n%s", text[s.Start:s.End], diff)
				}
				quantities += len(want)
			}
		}
	}
	if quantities < 100 {
		t.Errorf("found %d quantities, want at least 100", quantities)
	}
}
