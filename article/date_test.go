package article

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	day := time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Time
		approx bool
		bad    bool
	}{
		{in: "2020-03-03", want: day},
		{in: " 2020-03-03 ", want: day},
		{in: "~2020-03-03", want: day, approx: true},
		{in: "~ March 3, 2020", want: day, approx: true},
		{in: "2020-03-03T10:00:00Z", want: day.Add(10 * time.Hour)},
		{in: "2020-03-03T10:00:00+02:00", want: day.Add(8 * time.Hour)},
		{in: "Tue, 03 Mar 2020 10:00:00 GMT", want: day.Add(10 * time.Hour)},
		{in: "Tue, 3 Mar 2020 10:00:00 +0000", want: day.Add(10 * time.Hour)},
		{in: "03 Mar 20 10:00 UTC", want: day.Add(10 * time.Hour)},
		{in: "March 3, 2020", want: day},
		{in: "march 3, 2020", want: day},
		{in: "3 March 2020", want: day},
		{in: "Mar 3, 2020", want: day},
		{in: "Mar 3,  2020", want: day},
		{in: "2020/03/03", want: day},
		{in: "2020/3/3", want: day},
		{in: "", bad: true},
		{in: "~", bad: true},
		{in: "yesterday", bad: true},
		{in: "03/03/2020", bad: true},
		{in: "2020-02-30", bad: true},
		{in: "March 33, 2020", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, approx, err := ParseDate(tt.in)
			if tt.bad {
				if err == nil || !errors.Is(err, ErrDate) {
					t.Fatalf("ParseDate(%q) = %v, %v; want an ErrDate", tt.in, got, err)
				}
				if !got.IsZero() {
					t.Errorf("ParseDate(%q) date = %v on error, want zero", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) || approx != tt.approx {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, approx, tt.want, tt.approx)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020-03-03", "~2020-03-03T10:00:00Z", "Tue, 03 Mar 2020 10:00:00 GMT",
		"March 3, 2020", "3 March 2020", "2020/03/03", "", "~~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrDate) || !got.IsZero() {
				t.Fatalf("ParseDate(%q) = %v, %v: an error must wrap ErrDate with a zero date", s, got, err)
			}
			return
		}
		day := got.Format("2006-01-02")
		again, approx, err := ParseDate(day)
		if err != nil || approx || again.Format("2006-01-02") != day {
			t.Fatalf("ParseDate(%q) = %s, which does not read back: %v, %v", s, day, again, err)
		}
	})
}
