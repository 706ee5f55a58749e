package actor

import (
	"path/filepath"
	"testing"
	"time"
)

func TestCodeAt(t *testing.T) {
	d := New()
	if err := d.LoadPath(filepath.Join("testdata", "good"), FormatPeacewatch); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase string
		at     time.Time
		want   string
	}{
		{"Donald Trump", day(2018, 6, 1), "USAGOV"},
		{"Donald Trump", day(2021, 1, 19), "USAGOV"},
		{"Donald Trump", day(2021, 1, 20), "USAELI"},
		{"Donald Trump", day(2025, 1, 20), "USAGOV"},
		{"Donald Trump", day(2030, 1, 1), "USAGOV"},
		{"Donald Trump", time.Time{}, "USAELI"},
		{"Joe Biden", day(2010, 5, 5), "USAELI"},
		{"Joe Biden", day(2022, 5, 5), "USAGOV"},
		{"Joe Biden", day(2026, 1, 1), ""},
		{"Joe Biden", time.Time{}, "USAGOV"},
		{"Chad", day(1990, 1, 1), "TCD"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase+" "+tt.at.Format(time.DateOnly), func(t *testing.T) {
			es := d.Lookup(tt.phrase)
			if len(es) != 1 {
				t.Fatalf("Lookup(%q) = %d entries", tt.phrase, len(es))
			}
			if got := es[0].CodeAt(tt.at); got != tt.want {
				t.Errorf("CodeAt(%s) = %q, want %q", tt.at.Format(time.DateOnly), got, tt.want)
			}
		})
	}
	if got := (&Entry{}).CodeAt(day(2020, 1, 1)); got != "" {
		t.Errorf("CodeAt without codes = %q", got)
	}
}
