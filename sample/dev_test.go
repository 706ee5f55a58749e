package sample_test

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/eval"
	"github.com/peacewatch/peacewatch/event"
)

// devDir is the labelled development set, kept next to this package so that the data
// files are checked whenever the sample package is tested.
const devDir = "../testdata/dev"

var (
	actorCode = regexp.MustCompile(`^[A-Z]{3,12}$`)
	cameoCode = regexp.MustCompile(`^[0-9]{2,4}$`)
	eventDate = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	// sentenceEnd finds sentence boundaries well enough to count an article's sentences.
	sentenceEnd = regexp.MustCompile(`[.!?]["”]?(\s+|$)`)
)

var modalities = []string{"asserted", "future", "conditional", "negated", "denied", "refused", "requested", "hypothetical"}

// minTags is the coverage the dev set promises: records per tag.
var minTags = map[string]int{
	"passive": 20, "compound": 15, "negation": 10, "denial": 8, "refusal": 10,
	"future": 20, "conditional": 6, "request": 10, "attribution": 30, "relative-date": 30,
	"numbers": 20, "appositive": 10, "no-event": 25, "pronoun": 5,
}

func readDev(t *testing.T, name string) []eval.Record {
	t.Helper()
	path := filepath.Join(devDir, name)
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := eval.ReadRecords(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestDevSet(t *testing.T) {
	sentences := readDev(t, "sentences.jsonl")
	articles := readDev(t, "articles.jsonl")
	if len(sentences) < 280 {
		t.Errorf("sentences.jsonl has %d records, want at least 280", len(sentences))
	}
	if len(articles) < 12 {
		t.Errorf("articles.jsonl has %d records, want at least 12", len(articles))
	}
	all := slices.Concat(sentences, articles)
	ids := map[string]string{}
	tags := map[string]int{}
	roots := map[string]int{}
	for _, r := range all {
		if r.ID == "" {
			t.Errorf("%s: no id", r.Name)
		} else if prev, dup := ids[r.ID]; dup {
			t.Errorf("%s: id %s already used at %s", r.Name, r.ID, prev)
		}
		ids[r.ID] = r.Name
		if r.Date == "" {
			t.Errorf("%s: no publication date", r.Name)
		}
		for _, tag := range r.Tags {
			tags[tag]++
		}
		if slices.Contains(r.Tags, "no-event") != (len(r.Expected) == 0) {
			t.Errorf("%s: tag no-event must go with an empty expected list, and only with it", r.Name)
		}
		for i, e := range r.Expected {
			checkExpected(t, r, i, e)
			roots[eval.Root(e.Code)]++
		}
	}
	for _, r := range articles {
		if n := len(sentenceEnd.FindAllString(r.Text, -1)); n < 4 || n > 10 {
			t.Errorf("%s: article has %d sentences, want 4 to 10", r.Name, n)
		}
	}
	for _, tag := range slices.Sorted(maps.Keys(minTags)) {
		if tags[tag] < minTags[tag] {
			t.Errorf("tag %s on %d records, want at least %d", tag, tags[tag], minTags[tag])
		}
	}
	for root := 1; root <= 20; root++ {
		r := string([]byte{byte('0' + root/10), byte('0' + root%10)})
		if roots[r] < 8 {
			t.Errorf("CAMEO root %s in %d expected events, want at least 8", r, roots[r])
		}
	}
	t.Logf("%d records, %d tags, roots %v", len(all), len(tags), roots)
}

func checkExpected(t *testing.T, r eval.Record, i int, e eval.Expected) {
	t.Helper()
	where := fmt.Sprintf("%s: expected[%d]", r.Name, i)
	if !cameoCode.MatchString(e.Code) {
		t.Errorf("%s: event code %q is not 2-4 digits", where, e.Code)
	} else if _, ok := event.Lookup(e.Code); !ok {
		t.Errorf("%s: event code %q is not in the CAMEO codebook", where, e.Code)
	}
	if !actorCode.MatchString(e.Source) {
		t.Errorf("%s: source actor %q is not an upper-case code", where, e.Source)
	}
	if e.Target != "" && !actorCode.MatchString(e.Target) {
		t.Errorf("%s: target actor %q is not an upper-case code", where, e.Target)
	}
	if !slices.Contains(modalities, e.Modality) {
		t.Errorf("%s: modality %q is not one of %s", where, e.Modality, strings.Join(modalities, ", "))
	}
	if e.Date == "" {
		return
	}
	if !eventDate.MatchString(e.Date) {
		t.Errorf("%s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", where, e.Date)
	} else if e.Modality == "asserted" && e.Date > r.Date {
		t.Errorf("%s: asserted event dated %s, after publication on %s", where, e.Date, r.Date)
	}
}
