package ingest_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/bench"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store"
)

// TestAssessFilteredRecordAsWhole checks that assessing what the pipeline reads of
// each record for agreement.Assess (agreement.Filter) gives the statuses and
// histories that assessing whole records gives.
func TestAssessFilteredRecordAsWhole(t *testing.T) {
	if filtered, whole := filteredAndWhole(t); !reflect.DeepEqual(filtered, whole) {
		t.Errorf("filtered records assess otherwise than whole ones:\n%+v\n%+v", filtered, whole)
	}
}

// TestAssessSmallGroupsAsWhole checks that records read in groups too small for
// the deals, each group reading again claims another one read, assess as whole
// records do.
func TestAssessSmallGroupsAsWhole(t *testing.T) {
	t.Cleanup(ingest.SetGroupEvents(200))
	if filtered, whole := filteredAndWhole(t); !reflect.DeepEqual(filtered, whole) {
		t.Errorf("records read in small groups assess otherwise than whole ones:\n%+v\n%+v", filtered, whole)
	}
}

// TestAssessFullCarryAsWhole checks that records read in small groups, once the
// claims carried for later groups are at their bound and the rest are read again
// from the store, assess as whole records do.
func TestAssessFullCarryAsWhole(t *testing.T) {
	t.Cleanup(ingest.SetGroupEvents(200))
	t.Cleanup(ingest.SetMaxCarried(8 << 10))
	if filtered, whole := filteredAndWhole(t); !reflect.DeepEqual(filtered, whole) {
		t.Errorf("records read with a full carry assess otherwise than whole ones:\n%+v\n%+v", filtered, whole)
	}
}

// filteredAndWhole ingests the same corpus into two stores, the pipeline filtering
// what it reads of each record in the first and not in the second (Options.Assess
// set), and returns their status boards.
func filteredAndWhole(t *testing.T) (filtered, whole []agreement.Agreement) {
	t.Helper()
	boards := make([][]agreement.Agreement, 2)
	for i, opt := range []ingest.Options{{}, {Assess: agreement.Assess}} {
		st := openStore(t)
		opt.Workers, opt.Batch = 2, 64
		sum := ingestCorpus(t, st, opt, 3, 300, 8)
		if sum.Assessed == 0 {
			t.Fatalf("run %d assessed nothing: %s", i, sum)
		}
		boards[i] = statusBoard(t, st)
		t.Logf("run %d: %s, %d agreements assessed", i, sum, sum.Assessed)
	}
	return boards[0], boards[1]
}

// statusBoard returns every stored agreement with its latest statuses and history.
func statusBoard(t testing.TB, st store.Store) []agreement.Agreement {
	t.Helper()
	ctx := context.Background()
	ags, err := st.Agreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []agreement.Agreement
	for _, ag := range ags {
		a, err := st.Status(ctx, ag.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// TestBenchCorpusDeals checks that ingesting the bench corpus finds no more deals than
// it reports (bench.DealCount): its other sentences ("X was condemned by Y, the
// ministry said in a statement issued on Thursday") conclude nothing.
func TestBenchCorpusDeals(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	ingestCorpus(t, st, ingest.Options{Workers: 2, Batch: 256}, 1, 1000, 10)
	ags, err := st.Agreements(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(agreement.Merge(ags)); n == 0 || n > bench.DealCount {
		for _, ag := range ags {
			t.Logf("%s: %s %v", ag.ID, ag.Name, ag.Parties)
		}
		t.Errorf("%d agreements in a corpus reporting %d deals", n, bench.DealCount)
	}
}

// ingestCorpus ingests articles of the bench corpus of seed, perArticle sentences
// each, into st and returns the run's summary.
func ingestCorpus(t *testing.T, st store.Store, opt ingest.Options, seed uint64, articles, perArticle int) ingest.Summary {
	t.Helper()
	p := ingest.New(st, newCoder(t), opt)
	sum, err := p.Run(context.Background(), corpusItems(seed, articles, perArticle))
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// corpusItems is a source of the articles of the bench corpus of seed, perArticle
// sentences each.
func corpusItems(seed uint64, articles, perArticle int) func(context.Context, func(source.Item) error) error {
	return func(ctx context.Context, emit func(source.Item) error) error {
		for a := range bench.Corpus(seed, articles*perArticle, perArticle) {
			a.ID = article.ID(a.Text)
			if err := emit(source.Item{Article: a}); err != nil {
				return err
			}
		}
		return nil
	}
}
