package text

import (
	"fmt"
	"sync"
)

// Analyzer splits text into sentences and tokens and tags them. It is safe for
// concurrent use; the tagging model is loaded once, when it is built.
type Analyzer struct {
	tagger *tagger
	// buffers holds *analyzeBuffers, the tagging's working space, which no Doc
	// keeps: Analyze takes one and puts it back.
	buffers sync.Pool
}

// analyzeBuffers is one Analyze call's working space.
type analyzeBuffers struct {
	scratch            tagScratch
	words, lower, tags []string
}

// NewAnalyzer loads the part-of-speech model. It fails only if the embedded
// model cannot be decoded.
func NewAnalyzer() (*Analyzer, error) {
	t, err := loadTagger()
	if err != nil {
		return nil, fmt.Errorf("load pos model: %w", err)
	}
	return &Analyzer{tagger: t}, nil
}

// Analyze returns s as sentences of tagged tokens. Offsets are bytes in s.
// Abbreviations ("U.S.", "Gen.", "Jan."), numbers ("13,000", "8.6") and
// hyphenated words stay whole; clitics ("'s", "n't"), quotation marks and
// dashes are tokens of their own. Runs without sentence punctuation are cut
// every 120 tokens or 2,000 bytes. Invalid UTF-8 is tolerated.
func (a *Analyzer) Analyze(s string) *Doc {
	toks := tokenize(s, make([]Token, 0, len(s)/5+1))
	spans := splitSentences(s, toks)
	d := &Doc{Text: s, Sentences: make([]Sentence, 0, len(spans))}
	longest := 0
	for _, sp := range spans {
		longest = max(longest, sp[1]-sp[0])
	}
	buf, _ := a.buffers.Get().(*analyzeBuffers)
	if buf == nil {
		buf = new(analyzeBuffers)
	}
	if cap(buf.words) < longest {
		buf.words, buf.lower = make([]string, 0, longest), make([]string, 0, longest)
	}
	words, lower, tags := buf.words, buf.lower, buf.tags
	for _, sp := range spans {
		st := toks[sp[0]:sp[1]:sp[1]]
		words, lower = words[:0], lower[:0]
		open := true
		for _, t := range st {
			var w string
			w, open = taggerForm(t, open)
			l := ""
			if w == t.Text {
				l = t.Lower
			}
			words, lower = append(words, w), append(lower, l)
		}
		if cap(tags) < len(words) {
			tags = make([]string, len(words))
		}
		tags = tags[:len(words)]
		a.tagger.tagTokens(&buf.scratch, words, lower, tags)
		for i := range st {
			st[i].Tag = fixTag(st[i], tags[i])
		}
		d.Sentences = append(d.Sentences, Sentence{
			Index:  len(d.Sentences),
			Start:  st[0].Start,
			End:    st[len(st)-1].End,
			Tokens: st,
		})
	}
	// The buffers hold strings of s; cleared, they keep no text alive.
	clear(words[:cap(words)])
	clear(lower[:cap(lower)])
	clear(tags[:cap(tags)])
	clear(buf.scratch.ctx)
	buf.words, buf.lower, buf.tags = words[:0], lower[:0], tags[:0]
	a.buffers.Put(buf)
	return d
}

// taggerForm maps a token onto the spelling the Penn Treebank model was
// trained on: “ and ” for quotation marks, -- for dashes, straight
// apostrophes. open tracks whether the next straight double quote opens.
func taggerForm(t Token, open bool) (string, bool) {
	switch t.Text {
	case "“", "«":
		return "``", open
	case "”", "»":
		return "''", open
	case `"`:
		if open {
			return "``", false
		}
		return "''", true
	case "—", "–", "―":
		return "--", open
	case "‘":
		return "`", open
	case "’":
		return "'", open
	}
	if t.Lower != t.Text && t.Lower[0] == '\'' {
		return t.Lower, open
	}
	return t.Text, open
}

// fixTag corrects the few tags the model gets wrong on our tokens.
func fixTag(t Token, tg string) string {
	switch t.Lower {
	case "'s":
		if tg != "VBZ" {
			return "POS"
		}
	case `"`:
		if tg != "``" && tg != "''" {
			return "''"
		}
	}
	return tg
}
