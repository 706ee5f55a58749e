package text

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v3/tag"
)

// testTexts returns the texts of the repository's own test sentences and articles.
func testTexts(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	jsonl, _ := filepath.Glob(filepath.Join("..", "testdata", "dev", "*.jsonl"))
	for _, p := range jsonl {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			var rec struct{ Text string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
	}
	txt, _ := filepath.Glob(filepath.Join("..", "testdata", "agreements*", "*", "*.txt"))
	for _, p := range txt {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		tb.Fatal("no test texts in ../testdata")
	}
	return texts
}

// taggerInput is a sentence as Analyze hands it to the tagger.
type taggerInput struct{ words, lower []string }

// testSentences returns the repository's own test sentences and articles as
// Analyze hands them to the tagger.
func testSentences(tb testing.TB) []taggerInput {
	texts := testTexts(tb)
	var out []taggerInput
	for _, s := range texts {
		toks := tokenize(s, nil)
		for _, sp := range splitSentences(s, toks) {
			var in taggerInput
			open := true
			for _, t := range toks[sp[0]:sp[1]] {
				var w string
				w, open = taggerForm(t, open)
				l := ""
				if w == t.Text {
					l = t.Lower
				}
				in.words, in.lower = append(in.words, w), append(in.lower, l)
			}
			out = append(out, in)
		}
	}
	return out
}

func TestTaggerMatchesProse(t *testing.T) {
	ours, err := loadTagger()
	if err != nil {
		t.Fatal(err)
	}
	lib, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	sents := testSentences(t)
	// Words prose tags by rule rather than by model, and words that look like them.
	for _, l := range []string{
		"He wrote :-) and XDD to @un_news at 8D , - then 0 and *T*-1 -LRB- x -RRB- -ABC- .",
		"O.o o_O XD Xd NATO U.S. Gen. -- `` '' ( ) ; : ! ? ... & $ % 1,000 8.6 n't 's",
		"^___^ (._.) =| :P ¯\\(ツ)/¯ *-12 *NONE*-3 * *?* @ 2024 -5 -- - e-mail",
	} {
		sents = append(sents, taggerInput{words: strings.Fields(l)})
	}
	tokens := 0
	var s tagScratch
	for _, in := range sents {
		ws := in.words
		want := lib.Tag(ws)
		got := make([]string, len(ws))
		ours.tagTokens(&s, ws, in.lower, got)
		tokens += len(ws)
		wantTags := make([]string, len(ws))
		for i, w := range want {
			wantTags[i] = w.Tag
		}
		if diff := cmp.Diff(wantTags, got); diff != "" {
			t.Errorf("tags of %q differ from prose's (-prose +ours):\n%s", ws, diff)
		}
	}
	t.Logf("compared %d tokens in %d sentences", tokens, len(sents))
	if tokens < 5000 {
		t.Errorf("compared %d tokens, want at least 5,000", tokens)
	}
}

func TestIsEmoticonLikeCoversProseRules(t *testing.T) {
	ours, err := loadTagger()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"the", "Gen.", "13,000", "n't", "Kyiv's", "$", "."} {
		if isEmoticonLike(w) {
			t.Errorf("isEmoticonLike(%q) = true, want false", w)
		}
		if tg := ours.askSpecial(w); tg != "" {
			t.Errorf("prose tags %q by rule (%q), but isEmoticonLike says it cannot", w, tg)
		}
	}
	for _, w := range []string{":-)", "XDD", "8D", "O.o"} {
		if tg := ours.askSpecial(w); tg != "SYM" {
			t.Errorf("askSpecial(%q) = %q, want SYM", w, tg)
		}
	}
}

func BenchmarkTagger(b *testing.B) {
	ours, err := loadTagger()
	if err != nil {
		b.Fatal(err)
	}
	sents := testSentences(b)
	var s tagScratch
	tags := make([]string, 512)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range sents {
			ours.tagTokens(&s, in.words, in.lower, tags[:len(in.words)])
		}
	}
}
