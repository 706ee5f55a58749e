package text

import (
	"testing"
	"time"
)

func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := NewAnalyzer()
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

func firstSentence(tb testing.TB, a *Analyzer, s string) Sentence {
	tb.Helper()
	d := a.Analyze(s)
	if len(d.Sentences) == 0 {
		tb.Fatalf("no sentence in %q", s)
	}
	return d.Sentences[0]
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFindDates(t *testing.T) {
	a := newTestAnalyzer(t)
	pub := day("2020-03-03") // a Tuesday
	tests := []struct {
		name, sent     string
		text           string // the mention checked: the first one whose Text equals it
		value, end     string
		gran, basis    string
		offset         *Offset
		wantNoMentions bool
	}{
		{name: "weekday past", sent: "Russian drones struck Odesa on Monday, regional officials said.", text: "on Monday", value: "2020-03-02", gran: "day", basis: "relative"},
		{name: "weekday same day", sent: "Sudan's army said on Tuesday it had retaken the bridge.", text: "on Tuesday", value: "2020-03-03", gran: "day", basis: "relative"},
		{name: "weekday future", sent: "Mediators will meet in Jeddah on Friday to revive the truce.", text: "on Friday", value: "2020-03-06", gran: "day", basis: "relative"},
		{name: "weekday after a past participle in a future sentence", sent: "Nigeria will pull its army out under an accord signed on Monday by the two presidents.", text: "on Monday", value: "2020-03-02", gran: "day", basis: "relative"},
		{name: "next weekday", sent: "Talks resume next Monday in Nairobi.", text: "next Monday", value: "2020-03-09", gran: "day", basis: "relative"},
		{name: "last weekday", sent: "The ceasefire collapsed last Tuesday.", text: "last Tuesday", value: "2020-02-25", gran: "day", basis: "relative"},
		{name: "month day next year", sent: "All troops are to be out by June 30 next year.", text: "by June 30 next year", value: "2021-06-30", gran: "day", basis: "relative"},
		{name: "day month last year", sent: "The first stage ended on 31 May last year.", text: "on 31 May last year", value: "2019-05-31", gran: "day", basis: "relative"},
		{name: "month day nearest", sent: "Prisoners are to be exchanged by March 10.", text: "by March 10", value: "2020-03-10", gran: "day", basis: "relative"},
		{name: "day month", sent: "Fighting erupted in Khartoum on 15 April.", text: "on 15 April", value: "2020-04-15", gran: "day", basis: "relative"},
		{name: "full date", sent: "The deal was signed in Doha on February 29, 2020.", text: "on February 29, 2020", value: "2020-02-29", gran: "day", basis: "explicit"},
		{name: "day month year", sent: "The Pretoria agreement was signed on 2 November 2022.", text: "on 2 November 2022", value: "2022-11-02", gran: "day", basis: "explicit"},
		{name: "iso", sent: "The report is dated 2023-10-07.", text: "2023-10-07", value: "2023-10-07", gran: "day", basis: "explicit"},
		{name: "in year", sent: "The US invaded Afghanistan in 2001.", text: "in 2001", value: "2001-01-01", gran: "year", basis: "explicit"},
		{name: "since year", sent: "Russia has occupied Crimea since 2014.", text: "since 2014", value: "2014-01-01", gran: "year", basis: "explicit"},
		{name: "month year", sent: "The FARC disarmed in September 2017.", text: "in September 2017", value: "2017-09-01", gran: "month", basis: "explicit"},
		{name: "month alone past tie", sent: "Talks were frozen in September.", text: "in September", value: "2019-09-01", gran: "month", basis: "relative"},
		{name: "month alone near", sent: "The Houthis attacked ships in January.", text: "in January", value: "2020-01-01", gran: "month", basis: "relative"},
		{name: "year range", sent: "The Taliban won victories between 2018 and 2019.", text: "between 2018 and 2019", value: "2018-01-01", end: "2019-01-01", gran: "year", basis: "explicit"},
		{name: "mid year", sent: "Elections are promised for mid-2021.", text: "mid-2021", value: "2021-01-01", gran: "year", basis: "explicit"},
		{name: "late year", sent: "The M23 resurfaced in late 2021.", text: "late 2021", value: "2021-01-01", gran: "year", basis: "explicit"},
		{name: "yesterday", sent: "Israeli strikes hit Rafah yesterday.", text: "yesterday", value: "2020-03-02", gran: "day", basis: "relative"},
		{name: "today", sent: "The Arakan Army today claimed the town.", text: "today", value: "2020-03-03", gran: "day", basis: "relative"},
		{name: "tomorrow", sent: "Envoys arrive in Addis Ababa tomorrow.", text: "tomorrow", value: "2020-03-04", gran: "day", basis: "relative"},
		{name: "last week", sent: "Shelling killed nine people last week.", text: "last week", value: "2020-02-24", gran: "week", basis: "relative"},
		{name: "this week", sent: "Aid convoys entered Tigray this week.", text: "this week", value: "2020-03-02", gran: "week", basis: "relative"},
		{name: "next week", sent: "The council meets next week.", text: "next week", value: "2020-03-09", gran: "week", basis: "relative"},
		{name: "last month", sent: "The ELN kidnapped two soldiers last month.", text: "last month", value: "2020-02-01", gran: "month", basis: "relative"},
		{name: "next month", sent: "Troops will leave next month.", text: "next month", value: "2020-04-01", gran: "month", basis: "relative"},
		{name: "next May is the month, not the modal", sent: "The border is to be marked by next May.", text: "May", value: "2020-05-01", gran: "month", basis: "relative"},
		{name: "last May", sent: "The talks broke down last May.", text: "May", value: "2019-05-01", gran: "month", basis: "relative"},
		{name: "may next is the modal", sent: "The envoys may next meet in Geneva.", wantNoMentions: true},
		{name: "earlier this year", sent: "The junta bombed the village earlier this year.", text: "earlier this year", value: "2020-01-01", gran: "year", basis: "relative"},
		{name: "earlier this month", sent: "The RSF seized the town earlier this month.", text: "earlier this month", value: "2020-03-01", gran: "month", basis: "relative"},
		{name: "last year", sent: "Al-Shabaab lost the port last year.", text: "last year", value: "2019-01-01", gran: "year", basis: "relative"},
		{name: "years ago", sent: "The invasion began 18 years ago.", text: "18 years ago", value: "2002-01-01", gran: "year", basis: "relative"},
		{name: "words ago", sent: "The truce collapsed two days ago.", text: "two days ago", value: "2020-03-01", gran: "day", basis: "relative"},
		{name: "a week ago", sent: "A drone hit the market a week ago.", text: "a week ago", value: "2020-02-25", gran: "week", basis: "relative"},
		{name: "days after", sent: "Fighting resumed two days after the deal was signed.", text: "two days after", gran: "day", basis: "unresolved", offset: &Offset{Days: 2}},
		{name: "less than hours after", sent: "Less than 24 hours after the signing, Ghani objected.", text: "Less than 24 hours after", gran: "day", basis: "unresolved", offset: &Offset{Hours: 24}},
		{name: "week later", sent: "A week later the rebels withdrew.", text: "A week later", gran: "day", basis: "unresolved", offset: &Offset{Days: 7}},
		{name: "days before", sent: "Three days before the vote, militants attacked Bamako.", text: "Three days before", gran: "day", basis: "unresolved", offset: &Offset{Days: -3}},
		{name: "hours after", sent: "Hours after the truce began, shells fell on Gaza City.", text: "Hours after", gran: "day", basis: "unresolved", offset: &Offset{Hours: 1}},
		{name: "within", sent: "US forces will leave within 14 months.", text: "within 14 months", gran: "month", basis: "unresolved", offset: &Offset{Months: 14}},
		{name: "number not year", sent: "The army deployed 2000 troops to Goma.", wantNoMentions: true},
		{name: "comma number", sent: "About 5,000 people fled.", wantNoMentions: true},
		{name: "verb may", sent: "The talks may resume.", wantNoMentions: true},
		{name: "verb march", sent: "Protesters march to the palace.", wantNoMentions: true},
		{name: "no time words", sent: "Hamas released three hostages to the Red Cross.", wantNoMentions: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := firstSentence(t, a, tt.sent)
			ms := FindDates(s, pub)
			if tt.wantNoMentions {
				if len(ms) != 0 {
					t.Fatalf("FindDates(%q) = %+v, want none", tt.sent, ms)
				}
				return
			}
			var got *DateMention
			for i := range ms {
				if ms[i].Text == tt.text {
					got = &ms[i]
				}
			}
			if got == nil {
				t.Fatalf("FindDates(%q) = %+v, want a mention %q", tt.sent, ms, tt.text)
			}
			if tt.value != "" && !got.Value.Equal(day(tt.value)) || tt.value == "" && !got.Value.IsZero() {
				t.Errorf("value = %v, want %q", got.Value, tt.value)
			}
			if tt.end != "" && !got.End.Equal(day(tt.end)) {
				t.Errorf("end = %v, want %q", got.End, tt.end)
			}
			if got.Granularity != tt.gran || got.Basis != tt.basis {
				t.Errorf("granularity, basis = %q, %q, want %q, %q", got.Granularity, got.Basis, tt.gran, tt.basis)
			}
			if (got.Offset == nil) != (tt.offset == nil) || got.Offset != nil && *got.Offset != *tt.offset {
				t.Errorf("offset = %+v, want %+v", got.Offset, tt.offset)
			}
		})
	}
}

func TestFindDatesWithoutPublicationDate(t *testing.T) {
	a := newTestAnalyzer(t)
	s := firstSentence(t, a, "On Monday, Ukrainian officials said the strikes began last week, not in 2022.")
	for _, m := range FindDates(s, time.Time{}) {
		switch m.Text {
		case "On Monday", "last week":
			if m.Basis != BasisUnresolved || !m.Value.IsZero() {
				t.Errorf("%q: basis %q value %v, want unresolved and zero", m.Text, m.Basis, m.Value)
			}
		case "in 2022":
			if m.Basis != BasisExplicit || m.Value.Year() != 2022 {
				t.Errorf("%q: basis %q value %v, want explicit 2022", m.Text, m.Basis, m.Value)
			}
		default:
			t.Errorf("unexpected mention %q", m.Text)
		}
	}
}

func TestOffsetFrom(t *testing.T) {
	signed := day("2020-02-29")
	tests := []struct {
		o    Offset
		want time.Time
	}{
		{Offset{Days: 135}, day("2020-07-13")},
		{Offset{Months: 14}, day("2021-04-29")},
		{Offset{Days: -3}, day("2020-02-26")},
		{Offset{Hours: 24}, day("2020-03-01")},
	}
	for _, tt := range tests {
		if got := tt.o.From(signed); !got.Equal(tt.want) {
			t.Errorf("%+v.From(%v) = %v, want %v", tt.o, signed, got, tt.want)
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"On Monday, between 2018 and 2019, by March 10", "two days after 29 February 2020",
		"mid-2021 late-March 2020-02-30 the 31st of February", "within 99999999 days", "the day before the vote",
		"later that day", "the same week", "two days before,", "over the next month",
	} {
		f.Add(s)
	}
	a := newTestAnalyzer(f)
	pub := day("2020-03-03")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range a.Analyze(s).Sentences {
			ms := FindDates(sent, pub)
			for _, m := range ms {
				if m.Tok < 0 || m.TokEnd > len(sent.Tokens) || m.Tok >= m.TokEnd {
					t.Fatalf("mention %+v out of range for %d tokens", m, len(sent.Tokens))
				}
			}
			ResolveAnaphors(ms, DateMention{Text: "on Monday", Value: pub, Granularity: GranDay, Basis: BasisRelative})
			for _, m := range ms {
				if m.Anaphor && m.Offset == nil && m.Value.IsZero() {
					t.Fatalf("anaphor %+v resolved without a date", m)
				}
			}
		}
	})
}

func TestPeriodEnd(t *testing.T) {
	day := time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		gran, want string
	}{
		{GranDay, "2020-02-01"}, {GranWeek, "2020-02-07"}, {GranMonth, "2020-02-29"},
		{GranYear, "2021-01-31"}, {GranUnknown, "2020-02-01"},
	} {
		if got := PeriodEnd(day, tc.gran).Format(time.DateOnly); got != tc.want {
			t.Errorf("PeriodEnd(2020-02-01, %s) = %s, want %s", tc.gran, got, tc.want)
		}
	}
}

func TestPeriodOf(t *testing.T) {
	tests := []struct {
		n    int
		unit string
		want Offset
		ok   bool
	}{
		{48, "hours", Offset{Hours: 48}, true},
		{1, "day", Offset{Days: 1}, true},
		{2, "weeks", Offset{Days: 14}, true},
		{14, "months", Offset{Months: 14}, true},
		{-3, "years", Offset{Years: -3}, true},
		{30, "minutes", Offset{}, false},
		{5, "kilometres", Offset{}, false},
	}
	for _, tt := range tests {
		got, ok := PeriodOf(tt.n, tt.unit)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PeriodOf(%d, %q) = %+v, %v; want %+v, %v", tt.n, tt.unit, got, ok, tt.want, tt.ok)
		}
	}
}
