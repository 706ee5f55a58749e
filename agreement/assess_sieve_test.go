package agreement_test

import (
	"slices"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/eval"
)

// TestSieveRulesOutOnlySilence checks, on every development set tuned on, that each pair of
// an observation and a provision the sieve rules out is one that reading gives
// nothing for and that carries no stance: the sieve only saves work.
func TestSieveRulesOutOnlySilence(t *testing.T) {
	total, ruledOut := 0, 0
	eachTunedCase(t, func(cs eval.Case) {
		missed, out := agreement.SieveMisses(stripped(cs.Agreements), record(t, cs.Articles), cs.AsOf)
		if missed > 0 {
			t.Errorf("%s: the sieve ruled out %d pairs that say something", cs.Name, missed)
		}
		total++
		ruledOut += out
	})
	if ruledOut == 0 {
		t.Errorf("the sieve ruled out nothing in %d cases", total)
	}
	t.Logf("%d cases, %d pairs ruled out", total, ruledOut)
}

// TestSieveRulesOutOnlySilenceGenerated is TestSieveRulesOutOnlySilence on generated
// articles (the corpus of peacewatch bench ingest): the deals they report, merged,
// against every claim and event of theirs, many of which name the deals' parties,
// objects and cue words in other ways than the development sets do.
func TestSieveRulesOutOnlySilenceGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every pair of a generated corpus")
	}
	ruledOut, kept := 0, 0
	for _, seed := range []uint64{1, 7} {
		arts := slices.Collect(bench.Corpus(seed, 4000, 10))
		rec := record(t, arts)
		var ags []agreement.Agreement
		var asOf time.Time
		for _, a := range arts {
			ags = append(ags, extracted(t, a)...)
			if a.Date.After(asOf) {
				asOf = a.Date
			}
		}
		ags = agreement.Merge(ags)
		if len(ags) == 0 {
			t.Fatalf("seed %d: no deal extracted", seed)
		}
		missed, out := agreement.SieveMisses(ags, rec, asOf)
		if missed > 0 {
			t.Errorf("seed %d: the sieve ruled out %d pairs that say something", seed, missed)
		}
		ruledOut += out
		kept += len(rec.Claims)
	}
	if ruledOut == 0 {
		t.Error("the sieve ruled out nothing")
	}
	t.Logf("%d claims, %d pairs ruled out", kept, ruledOut)
}

// extracted returns the agreements extracted from a, coded as record codes it.
func extracted(t testing.TB, a article.Article) []agreement.Agreement {
	t.Helper()
	res := newCoder(t).Code(a)
	return agreement.Extract(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})
}

// TestSieveMatchesAsRules checks, on every development set tuned on, that matching
// a rule only at the words the sieve says may match it finds what matching at every
// word finds.
func TestSieveMatchesAsRules(t *testing.T) {
	total := 0
	eachTunedCase(t, func(cs eval.Case) {
		missed, n := agreement.MatchMisses(stripped(cs.Agreements), record(t, cs.Articles))
		if missed > 0 {
			t.Errorf("%s: %d of %d matches differ", cs.Name, missed, n)
		}
		total += n
	})
	if total == 0 {
		t.Error("no rule matched")
	}
	t.Logf("%d matches", total)
}

// eachTunedCase calls fn with every case of the development sets tuned on.
func eachTunedCase(t *testing.T, fn func(eval.Case)) {
	t.Helper()
	for _, dir := range []string{"../testdata/agreements", "../testdata/agreements-dev2", "../testdata/agreements-dev3",
		"../testdata/agreements-dev4", "../testdata/agreements-dev5", "../testdata/agreements-dev6", "../testdata/agreements-dev8",
		"../testdata/agreements-dev9", "../testdata/agreements-dev11", "../testdata/agreements-dev12", "../testdata/agreements-claims"} {
		cases, err := eval.ReadCases(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, cs := range cases {
			fn(cs)
		}
	}
}
