package agreement_test

import (
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// TestClaims checks the forms of attributed speech Claims reads, each giving the
// speaker's code and the whole sentence as evidence.
func TestClaims(t *testing.T) {
	body := strings.Join([]string{
		"Israel said its troops had left the villages on schedule.",
		"Hamas denied violating the truce.",
		"The strikes killed 12 people, according to the United Nations.",
		"“We will not withdraw,” Russia's foreign ministry said.",
		"Ukraine told reporters on Monday that the exchange had been completed.",
		"Fighting resumed near the border.",
	}, " ")
	a := article.Article{ID: "art", Text: body, Date: time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC), Source: "test"}
	res := newCoder(t).Code(a)
	claims := agreement.Claims(agreement.Source{Article: a, Doc: res.Doc, Mentions: res.Mentions, Events: res.Events})
	want := []struct {
		prefix, speaker string
		narrative       bool
	}{
		{"Israel said", "ISR", false},
		{"Hamas denied", "PSEREB", false},
		{"The strikes killed", "IGOUNO", false},
		{"“We will not", "RUSGOV", false},
		{"Ukraine told", "UKR", false},
		{"Fighting resumed", "", true},
	}
	if len(claims) != len(want) {
		for _, c := range claims {
			t.Logf("%s %q", c.Speaker.Code, c.Text)
		}
		t.Fatalf("%d claims, want one per sentence (%d)", len(claims), len(want))
	}
	for i, w := range want {
		c := claims[i]
		if !strings.HasPrefix(c.Text, w.prefix) || body[c.Start:c.End] != c.Text || c.ArticleID != "art" {
			t.Errorf("claim %d: text %q [%d,%d), want the sentence starting %q", i, c.Text, c.Start, c.End, w.prefix)
		}
		if c.Speaker.Code != w.speaker || c.Prop.Narrative != w.narrative {
			t.Errorf("claim %d %q: speaker %q narrative %v, want %q %v", i, w.prefix, c.Speaker.Code, c.Prop.Narrative, w.speaker, w.narrative)
		}
	}
	if claims[5].Speaker.Name != "test" {
		t.Errorf("a narrative claim's speaker name is %q, want the article's source", claims[5].Speaker.Name)
	}
}

// TestClaimsWithoutDoc checks that a source that was not analysed yields no claims.
func TestClaimsWithoutDoc(t *testing.T) {
	if got := agreement.Claims(agreement.Source{}); len(got) != 0 {
		t.Errorf("Claims of an empty source = %v", got)
	}
}
