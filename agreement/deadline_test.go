package agreement

import (
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/text"
)

func TestDeadlines(t *testing.T) {
	an, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)
	tl := timeline{signed: "2020-02-29", effective: "2020-03-01", period: text.Offset{Days: 42}, hasPeriod: true, published: "2020-03-03"}
	cases := []struct {
		name, sentence, date, relative, anchor string
	}{
		{"within N days counts from the signing", "The US will reduce its troops within 135 days.", "2020-07-13", "within 135 days", "signing"},
		{"within N months", "It will withdraw the rest within 14 months.", "2021-04-29", "within 14 months", "signing"},
		{"within N minutes is the same day", "The guns will fall silent within 30 minutes of the signing.", "2020-02-29", "within 30 minutes of the signing", "signing"},
		{"within N days of a date", "They will hand over their weapons within 180 days of December 1.", "2020-05-29", "within 180 days of December 1", "absolute"},
		{"by a date", "The exchange will take place by March 10.", "2020-03-10", "by March 10", "absolute"},
		{"by the morning of a date", "The troops are to be gone by the morning of March 10.", "2020-03-10", "by the morning of March 10", "absolute"},
		{"N days after the signing", "A council will be formed no later than 90 days after the signing.", "2020-05-29", "no later than 90 days after the signing", "signing"},
		{"the Nth day of the ceasefire", "Talks are to begin no later than the 16th day of the ceasefire.", "2020-03-16", "no later than the 16th day of the ceasefire", "absolute"},
		{"during that phase", "During that phase Hamas will free 33 hostages.", "2020-04-12", "During that phase", "absolute"},
		{"over a period ending on a date", "Forces are to withdraw over a period of 60 days, ending on March 26.", "2020-03-26", "over a period of 60 days", "absolute"},
		{"at the end of an N-month period", "The deal provides for an eight-month period, at the end of which a government is to be formed.", "2020-10-29", "at the end of an eight-month period", "signing"},
		{"on a weekday", "They will swap 175 prisoners each on Wednesday.", "2020-03-04", "on Wednesday", "publication"},
		{"by a month is its last day", "Elections will be held by June 2021.", "2021-06-30", "by June 2021", "absolute"},
		{"by next month name", "The border is to be marked by next May.", "2020-05-31", "by next May", "absolute"},
		{"by mid-month is the 15th", "Elections will be held by mid-June 2021.", "2021-06-15", "by mid-June 2021", "absolute"},
		{"by early month is the 10th", "The prisoners will be freed by early July 2020.", "2020-07-10", "by early July 2020", "absolute"},
		{"by late month is its last day", "The prisoners will be freed by late July 2020.", "2020-07-31", "by late July 2020", "absolute"},
		{"by mid-year is June 30", "All weapons will be destroyed by mid-2021.", "2021-06-30", "by mid-2021", "absolute"},
		{"over the N months counts from the day the deal takes effect", "The funds will be paid in instalments over the six months.", "2020-09-01", "over the six months", "absolute"},
		{"no later than the end of a month", "Talks will open no later than the end of June.", "2020-06-30", "no later than the end of June", "absolute"},
		{"between N and M months from now", "A referendum will be held between three and six months from now.", "2020-09-03", "between three and six months from now", "publication"},
		{"between N and M days of the signing", "Talks will open between 30 and 60 days of the signing.", "2020-04-29", "between 30 and 60 days of the signing", "signing"},
		{"over the next N weeks counts from the signing", "Control of the two towns will pass to the police over the next three weeks.", "2020-03-21", "over the next three weeks", "signing"},
		{"by early year is April 30", "All weapons will be destroyed by early 2021.", "2021-04-30", "by early 2021", "absolute"},
		{"no later than a month is its last day", "A census is to be taken no later than November 2020.", "2020-11-30", "no later than November 2020", "absolute"},
		{"within N days of its signing", "The assembly must pass the law within 20 days of its signing.", "2020-03-20", "within 20 days of its signing", "signing"},
		{"immediately is due on the signing day", "The army is to open the roads to aid convoys immediately.", "2020-02-29", "immediately", "signing"},
		{"without delay is due on the signing day", "A joint committee is to be formed without delay.", "2020-02-29", "without delay", "signing"},
		{"at once is due on the signing day", "The harbour is to be reopened at once.", "2020-02-29", "at once", "signing"},
		{"in the first week of a month", "The first pullback is to take place in the first week of May.", "2020-05-07", "in the first week of May", "absolute"},
		{"by the same date as the clause before", "The commission will sit until May 2021, and the troops are to leave by the same date.", "2021-05-31", "by the same date", "absolute"},
		{"a date after at once wins", "Talks are to resume at once, with the aim of ending them by June 1.", "2020-06-01", "by June 1", "absolute"},
	}
	lx := loadLexicon()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := an.Analyze(c.sentence)
			vs := sentences(Source{Article: article.Article{Date: pub, Text: c.sentence}, Doc: doc})
			v := &vs[0]
			d := readDeadline(lx, v, doc.Text, 0, len(v.words))
			if d == nil {
				t.Fatalf("no deadline in %q", c.sentence)
			}
			got := d.resolve(tl)
			if got.Date != c.date || !strings.EqualFold(got.Relative, c.relative) || got.Anchor != c.anchor {
				t.Errorf("got %+v, want {%s %s %s}", *got, c.date, c.relative, c.anchor)
			}
		})
	}
}

// TestDeadlineAtOnceUnsigned dates "immediately" on the article's day when the day
// the deal was signed is not known, and leaves it undated with no date at all.
func TestDeadlineAtOnceUnsigned(t *testing.T) {
	d := deadlineAt{relative: "immediately", anchor: "now"}
	if got := d.resolve(timeline{published: "2020-03-03"}); got.Date != "2020-03-03" || got.Anchor != "publication" {
		t.Errorf("got %+v, want 2020-03-03 (publication)", *got)
	}
	if got := d.resolve(timeline{}); got.Date != "" || got.Anchor != "" {
		t.Errorf("got %+v, want no date", *got)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	if _, err := parseLexicon("action\twithdraw\twithdraw\nbroken line\n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want one naming line 2", err)
	}
	lx, err := parseLexicon("# comment\nmodal\tis to\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, n := lx.match("modal", []string{"it", "is", "to", "go"}, 1); n != 2 {
		t.Errorf("match = %d words, want 2", n)
	}
}

// TestBeforeTerm reads "before the president's return" as the deadline of the term
// that states the return, and as none when no dated term does.
func TestBeforeTerm(t *testing.T) {
	an, err := text.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	sentence := "The general pledged to retire before the president's return."
	doc := an.Analyze(sentence)
	vs := sentences(Source{Article: article.Article{Date: time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC), Text: sentence}, Doc: doc})
	d := readDeadline(loadLexicon(), &vs[0], doc.Text, 0, len(vs[0].words))
	if d == nil || d.anchor != "term" || d.refWord != "return" || d.relative != "before the president's return" {
		t.Fatalf("got %+v, want the term anchor of \"return\"", d)
	}
	ps := []Provision{
		{ID: "a", Deadline: &Deadline{Date: "2020-05-01"}, Evidence: Evidence{Text: "Elections are to be held by May 1."}},
		{ID: "b", Deadline: &Deadline{Date: "2020-04-30"}, Evidence: Evidence{Text: "The president is to return home by April 30."}},
		{ID: "c", Evidence: Evidence{Text: "The president will return to office."}},
	}
	if j := termStating(ps, "return", nil); j != 1 {
		t.Errorf("termStating(return) = %d, want 1", j)
	}
	if j := termStating(ps, "withdrawal", nil); j != -1 {
		t.Errorf("termStating(withdrawal) = %d, want -1", j)
	}
}
