package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
)

func TestBuildLocatesManualEvidence(t *testing.T) {
	c, err := coder.New(coder.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a1, err := article.ParseText("a.txt", []byte("Date: 2024-03-02\n\nThe two sides signed a truce in Geneva. Ruritania will free 40 prisoners by March 10.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a2, err := article.ParseText("b.txt", []byte("Date: 2024-03-09\n\nRuritania freed 40 prisoners on Friday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Ruritania will free 40 prisoners by March 10."
	manual := []agreement.Agreement{{ID: "m", Name: "Geneva truce", Manual: true, Provisions: []agreement.Provision{
		{ID: "p1", Obligor: []string{"RUR"}, Action: agreement.Release, Evidence: agreement.Evidence{Text: sentence},
			Status: &agreement.Status{Value: agreement.Pending, Evidence: []agreement.Evidence{{Text: "Ruritania freed 40 prisoners on Friday."}}}},
	}}}
	r := Build(c, []article.Article{a1, a2}, Options{Manual: manual, NoExtract: true})
	if r.AsOf != "2024-03-09" {
		t.Errorf("as of %q, want the latest article's date", r.AsOf)
	}
	if len(r.Articles) != 2 || len(r.Agreements) != 1 {
		t.Fatalf("articles %d, agreements %d", len(r.Articles), len(r.Agreements))
	}
	p := r.Agreements[0].Provisions[0]
	if p.Evidence.ArticleID != a1.ID || a1.Text[p.Evidence.Start:p.Evidence.End] != sentence {
		t.Errorf("evidence %+v not located in %s", p.Evidence, a1.ID)
	}
	if p.Status == nil || len(p.Status.Evidence) != 1 || p.Status.Evidence[0].ArticleID != a2.ID {
		t.Errorf("status evidence %+v not located in %s", p.Status, a2.ID)
	}
	if manual[0].Provisions[0].Evidence.ArticleID != "" || manual[0].Provisions[0].Status.Evidence[0].ArticleID != "" {
		t.Error("Build wrote into the caller's manual agreements")
	}
	for _, e := range r.Events {
		if e.ArticleID == "" {
			t.Errorf("event without article id: %+v", e)
		}
	}
	js, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"as_of":"2024-03-09"`, `"articles":[`, `"agreements":[`, `"events":[`, `"claims_in_conflict":[]`, `"parties":[]`, `"beneficiary":[]`, `"depends_on":[]`} {
		if !strings.Contains(string(js), key) {
			t.Errorf("JSON lacks %s: %s", key, js)
		}
	}

	r = Build(c, []article.Article{a1, a2}, Options{AsOf: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)})
	if r.AsOf != "2024-03-05" {
		t.Errorf("as of %q, want the given date", r.AsOf)
	}
}
