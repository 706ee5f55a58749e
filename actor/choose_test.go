package actor

import (
	"strings"
	"testing"
	"time"
)

func TestChoose(t *testing.T) {
	src := `[group]
Communist Party of Nepal (Maoist) | NPLREB ..2006-11-21; NPLOPP | Maoists; Maoist rebels
Communist Party of India (Maoist) | INDREB | Maoists; Maoist rebels
[person]
George H. W. Bush | USAGOV 1989-01-20..1993-01-20; USAELI | Bush
George W. Bush | USAGOV 2001-01-20..2009-01-20; USAELI | Bush
[country]
Nepal | NPL
`
	d := New()
	if err := d.Load(strings.NewReader(src), "c.actors"); err != nil {
		t.Fatal(err)
	}
	if w := d.Warnings(); len(w) != 0 {
		t.Errorf("entries Choose tells apart gave warnings: %v", w)
	}
	weights := func(m map[string]int) func(string) int { return func(c string) int { return m[c] } }
	tests := []struct {
		name, text string
		date       string
		weight     map[string]int
		want       string
	}{
		{"no context: the entry loaded last", "Maoist rebels attacked", "2005-03-01", nil, "Communist Party of India (Maoist)"},
		{"the country the text names", "Maoist rebels attacked", "2005-03-01", map[string]int{"NPL": 2, "IND": 1}, "Communist Party of Nepal (Maoist)"},
		{"dates do not choose a group", "the Maoists said", "2005-03-01", map[string]int{"FRA": 3}, "Communist Party of India (Maoist)"},
		{"the father in office", "Bush said", "1991-02-27", nil, "George H. W. Bush"},
		{"the son in office", "Bush said", "2003-03-20", nil, "George W. Bush"},
		{"neither in office: the entry loaded last", "Bush said", "2015-06-01", nil, "George W. Bush"},
		{"no date: the entry loaded last", "Bush said", "", nil, "George W. Bush"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var date time.Time
			if tt.date != "" {
				date, _ = time.Parse("2006-01-02", tt.date)
			}
			words, lower := tokens(tt.text)
			ms := d.Match(words, lower)
			if len(ms) != 1 || len(ms[0].Alt) != 1 {
				t.Fatalf("Match(%q) = %v, want one mention with one alternative", tt.text, ms)
			}
			if got := ms[0].Choose(date, weights(tt.weight)); got.Name != tt.want {
				t.Errorf("Choose = %s, want %s", got.Name, tt.want)
			}
		})
	}
	words, lower := tokens("Nepal")
	if ms := d.Match(words, lower); len(ms) != 1 || ms[0].Alt != nil || ms[0].Choose(time.Time{}, nil) != ms[0].Entry {
		t.Errorf("a phrase of one entry has no alternatives; got %v", ms)
	}
}
