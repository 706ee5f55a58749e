package text

import (
	"testing"
	"time"
)

// resolvedDates finds the dates of every sentence of passage and resolves its
// anaphors from the dates before them, as a caller walking an article does.
func resolvedDates(tb testing.TB, a *Analyzer, passage string) [][]DateMention {
	tb.Helper()
	pub := day("2020-03-03") // a Tuesday
	var out [][]DateMention
	var ref DateMention
	for _, s := range a.Analyze(passage).Sentences {
		ms := FindDates(s, pub)
		ResolveAnaphors(ms, ref)
		if last, ok := LastAnchor(ms); ok {
			ref = last
		}
		out = append(out, ms)
	}
	return out
}

func TestAnaphoricDates(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, passage string
		text          string // the mention checked, in the last sentence
		value, gran   string // value "" means unresolved
	}{
		{name: "that day", passage: "Delegations arrived in Geneva on October 14, 2019. The talks began on that day.", text: "on that day", value: "2019-10-14", gran: "day"},
		{name: "the same day", passage: "Rebels shelled Goma on Monday. The army struck back the same day.", text: "the same day", value: "2020-03-02", gran: "day"},
		{name: "later that day", passage: "The truce began on February 22, 2020. Later that day a bomb exploded in Kabul.", text: "Later that day", value: "2020-02-22", gran: "day"},
		{name: "that night", passage: "Hamas fired rockets on Saturday. Israeli jets struck Gaza that night.", text: "that night", value: "2020-02-29", gran: "day"},
		{name: "that week", passage: "Talks opened in Doha on Thursday. Prisoners were freed that week.", text: "that week", value: "2020-02-24", gran: "week"},
		{name: "that month", passage: "The junta seized power on 1 February 2021. Protests spread that month.", text: "that month", value: "2021-02-01", gran: "month"},
		{name: "that year", passage: "The FARC disarmed in 2017. The ELN kept fighting that year.", text: "that year", value: "2017-01-01", gran: "year"},
		{name: "the next day", passage: "The deal was signed on February 29, 2020. The next day Ghani rejected the prisoner swap.", text: "The next day", value: "2020-03-01", gran: "day"},
		{name: "the following day across a month", passage: "Troops crossed the border on 31 January 2022. They took the town the following day.", text: "the following day", value: "2022-02-01", gran: "day"},
		{name: "the following week", passage: "The ceasefire collapsed on Friday, 2 October 2020. Fighting spread the following week.", text: "the following week", value: "2020-10-05", gran: "week"},
		{name: "the following month", passage: "The accord was signed on 31 January 2020. It took effect the following month.", text: "the following month", value: "2020-02-01", gran: "month"},
		{name: "the previous week", passage: "Envoys met in Cairo on 14 May 2021. Rockets had hit Ashkelon the previous week.", text: "the previous week", value: "2021-05-03", gran: "week"},
		{name: "the day before", passage: "The vote was held on 7 November 2020. Rebels attacked a polling station the day before.", text: "the day before", value: "2020-11-06", gran: "day"},
		{name: "a day later", passage: "The truce took effect on 24 November 2023. A day later Hamas freed 13 hostages.", text: "A day later", value: "2023-11-25", gran: "day"},
		{name: "two days later", passage: "Russia left the grain deal on 17 July 2023. Two days later missiles hit Odesa.", text: "Two days later", value: "2023-07-19", gran: "day"},
		{name: "a week later", passage: "The truce took effect on 24 November 2023. A week later fighting resumed.", text: "A week later", value: "2023-12-01", gran: "day"},
		{name: "three months later", passage: "The accord was signed on 30 November 2019. Three months later the militia rearmed.", text: "Three months later", value: "2020-02-01", gran: "month"},
		{name: "two days before without an object", passage: "The vote was held on 7 November 2020. Two days before, rebels had shelled the town.", text: "Two days before", value: "2020-11-05", gran: "day"},
		{name: "chained anaphors", passage: "The deal was signed on February 29, 2020. The next day Ghani spoke. Two days later the Taliban attacked.", text: "Two days later", value: "2020-03-03", gran: "day"},
		{name: "same sentence anchor", passage: "Trump spoke in Riyadh on Tuesday and met al-Sharaa the next day.", text: "the next day", value: "2020-03-04", gran: "day"},
		{name: "latest date wins", passage: "Rebels took the town on 3 May 2021 and lost it on 9 May 2021. The next day the army shelled it.", text: "The next day", value: "2021-05-10", gran: "day"},
		{name: "coarse anchor keeps its period", passage: "Fighting broke out in Khartoum in April 2023. That day the airport closed.", text: "That day", value: "2023-04-01", gran: "month"},
		{name: "coarse anchor cannot be counted in days", passage: "Fighting broke out in Khartoum in April 2023. Two days later the airport closed.", text: "Two days later", value: "", gran: "day"},
		{name: "since is no anchor", passage: "Talks have stalled since 2019. The next day envoys left.", text: "The next day", value: "", gran: "day"},
		{name: "nothing to count from", passage: "The talks began on that day.", text: "on that day", value: "", gran: "day"},
		{name: "an unresolved anaphor hides older dates", passage: "Fighting spread in February 2025, and a week later Bukavu fell. That day the army fled.", text: "That day", value: "", gran: "day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := resolvedDates(t, a, tt.passage)
			last := all[len(all)-1]
			var got *DateMention
			for i := range last {
				if last[i].Text == tt.text {
					got = &last[i]
				}
			}
			if got == nil {
				t.Fatalf("dates of %q = %+v, want a mention %q", tt.passage, last, tt.text)
			}
			if !got.Anaphor {
				t.Errorf("%q: Anaphor = false, want true", tt.text)
			}
			if tt.value == "" {
				if !got.Value.IsZero() || got.Offset == nil || got.Basis != BasisUnresolved {
					t.Errorf("%q = %+v, want unresolved with its offset", tt.text, *got)
				}
				return
			}
			if !got.Value.Equal(day(tt.value)) || got.Granularity != tt.gran || got.Basis != BasisRelative || got.Offset != nil {
				t.Errorf("%q = %s %s %s offset %v, want %s %s relative without offset",
					tt.text, got.Value.Format("2006-01-02"), got.Granularity, got.Basis, got.Offset, tt.value, tt.gran)
			}
		})
	}
}

// TestNotAnaphors checks phrases that look like anaphors but count from the
// publication date or from a clause of their own.
func TestNotAnaphors(t *testing.T) {
	a := newTestAnalyzer(t)
	pub := day("2020-03-03")
	tests := []struct{ sent, text string }{
		{"Aid will arrive over the next month.", "next month"},
		{"Fighting resumed two days after the deal was signed.", "two days after"},
		{"Three days before the vote, militants attacked Bamako.", "Three days before"},
		{"Rebels attacked the day before the vote.", "the day before"},
		{"Officials said that talks would resume.", ""},
		{"Villagers said that night raids by the army had grown.", ""},
		{"The vote was held a week later than planned.", ""},
		{"The council meets next week.", "next week"},
	}
	for _, tt := range tests {
		for _, m := range FindDates(firstSentence(t, a, tt.sent), pub) {
			if m.Anaphor {
				t.Errorf("%q: %q is an anaphor", tt.sent, m.Text)
			}
			if tt.text == "" {
				t.Errorf("%q: unexpected mention %q", tt.sent, m.Text)
			}
		}
	}
}

func TestAnaphorWithoutPublicationDate(t *testing.T) {
	a := newTestAnalyzer(t)
	var ref DateMention
	var last []DateMention
	for _, s := range a.Analyze("The war began in 2022. On Monday rebels attacked Goma. That day the army fled.").Sentences {
		last = FindDates(s, time.Time{})
		ResolveAnaphors(last, ref)
		if m, ok := LastAnchor(last); ok {
			ref = m
		}
	}
	if len(last) != 1 || !last[0].Anaphor || !last[0].Value.IsZero() || last[0].Basis != BasisUnresolved {
		t.Errorf("dates of the last sentence = %+v, want one unresolved anaphor: its anchor, Monday, has no date", last)
	}
}
