package text

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// tagger gives the tags prose's averaged perceptron (tag.Tagger) gives, from
// tables built at load time out of the model prose embeds. prose scores a token
// by assembling fourteen feature strings and finding each by binary search in
// the model's sorted feature blob; here each feature template has its own
// index, keyed by the word, suffix or tag the template names, so a token costs
// a few map lookups. The weights are added in prose's order, in float32, so the
// scores and hence the tags are the same bit for bit (TestTaggerMatchesProse).
type tagger struct {
	classes  []string
	tags     map[string]int32 // tag -> tag id; class ids come first
	start    [2]int32         // -START-, -START2-
	bias     feature
	prev1    []feature // tag id -> "i-1 tag T"
	prev2    []feature // tag id -> "i-2 tag T"
	pair     []feature // id1*len(tags)+id2 -> "i tag+i-2 tag T1 T2"
	index    map[string]int32
	entries  []entry
	pairs    []weight
	biasInit []float32

	bytes [256]*entry // entries of one-byte strings
	empty *entry
	pad   [4]*entry // entries of -START-, -START2-, -END-, -END2-

	lib      *tag.Tagger
	special  sync.Map // word -> string tag or "" ; see specialTag
	nSpecial atomic.Int32
}

// entry holds the features one string takes part in: as a (normalised) word,
// a suffix, a prefix, a word with the previous tag, or an unambiguous word.
type entry struct {
	fixed   int32      // class of the word in the model's tag map, or -1
	word    [5]feature // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
	suffix  [3]feature // "i suffix", "i-1 suffix", "i+1 suffix"
	pref    feature    // "i pref1"
	tagWord []tagFeat
	// suf is the entry of the string's last three bytes (itself when shorter).
	suf *entry
}

// weight is a feature's weight for one class.
type weight struct {
	class uint8
	w     float32
}

// feature is where a feature's weights are in tagger.pairs: [lo, hi). The zero
// feature has none, which is how a feature the model lacks is scored.
type feature struct{ lo, hi uint32 }

type tagFeat struct {
	tag  int32
	feat feature
}

const (
	wordI = iota
	wordPrev1
	wordPrev2
	wordNext1
	wordNext2
)

const (
	suffixI = iota
	suffixPrev
	suffixNext
)

var loadTagger = sync.OnceValues(func() (*tagger, error) {
	lib, err := tag.New()
	if err != nil {
		return nil, err
	}
	t, err := buildTagger(aptagmodel.English)
	if err != nil {
		return nil, err
	}
	t.lib = lib
	return t, nil
})

// modelReader reads prose's flat model format: little-endian counts, then
// class names, the sorted feature strings, CSR offsets, class ids and weights,
// then the map of unambiguous words.
type modelReader struct {
	b   []byte
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("truncated model")
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *modelReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(4 * n)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// buildTagger indexes the model in data, which is in prose's flat format.
func buildTagger(data []byte) (*tagger, error) {
	r := &modelReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" || r.u32() != 1 {
		return nil, errors.New("not a version 1 prose tagger model")
	}
	t := &tagger{tags: map[string]int32{}, index: map[string]int32{}}
	nClasses := int(r.u32())
	if r.err != nil || nClasses > 256 {
		return nil, errors.New("bad class count in tagger model")
	}
	for range nClasses {
		c := r.str16()
		if _, dup := t.tags[c]; dup {
			return nil, fmt.Errorf("class %q twice in tagger model", c)
		}
		t.classes = append(t.classes, c)
		t.tagID(c)
	}
	nFeatures, nPairs, blobLen := int(r.u32()), int(r.u32()), int(r.u32())
	blob := string(r.bytes(blobLen))
	featOff := r.u32s(nFeatures + 1)
	pairOff := r.u32s(nFeatures + 1)
	ids := r.bytes(nPairs)
	wb := r.bytes(4 * nPairs)
	if r.err != nil {
		return nil, fmt.Errorf("read tagger model: %w", r.err)
	}
	t.pairs = make([]weight, nPairs)
	for i := range t.pairs {
		if int(ids[i]) >= nClasses {
			return nil, errors.New("class id out of range in tagger model")
		}
		t.pairs[i] = weight{ids[i], math.Float32frombits(binary.LittleEndian.Uint32(wb[4*i:]))}
	}
	t.start = [2]int32{t.tagID("-START-"), t.tagID("-START2-")}

	type tagged struct {
		a, b string
		feat feature
	}
	var prev1, prev2, pairs []tagged
	for i := range nFeatures {
		lo, hi := featOff[i], featOff[i+1]
		if lo > hi || int(hi) > len(blob) || pairOff[i] > pairOff[i+1] || int(pairOff[i+1]) > nPairs {
			return nil, errors.New("bad offsets in tagger model")
		}
		f, id := blob[lo:hi], feature{pairOff[i], pairOff[i+1]}
		if i > 0 && f <= blob[featOff[i-1]:lo] {
			return nil, errors.New("tagger model features out of order")
		}
		switch {
		case f == "bias":
			t.bias = id
		case cut(f, "i tag+i-2 tag ") != nil:
			a, b, _ := strings.Cut(*cut(f, "i tag+i-2 tag "), " ")
			t.tagID(a)
			t.tagID(b)
			pairs = append(pairs, tagged{a, b, id})
		case cut(f, "i-1 tag+i word ") != nil:
			a, w, _ := strings.Cut(*cut(f, "i-1 tag+i word "), " ")
			e := t.entry(w)
			e.tagWord = append(e.tagWord, tagFeat{t.tagID(a), id})
		case cut(f, "i-1 tag ") != nil:
			a := *cut(f, "i-1 tag ")
			t.tagID(a)
			prev1 = append(prev1, tagged{a: a, feat: id})
		case cut(f, "i-2 tag ") != nil:
			a := *cut(f, "i-2 tag ")
			t.tagID(a)
			prev2 = append(prev2, tagged{a: a, feat: id})
		case cut(f, "i suffix ") != nil:
			t.entry(*cut(f, "i suffix ")).suffix[suffixI] = id
		case cut(f, "i pref1 ") != nil:
			t.entry(*cut(f, "i pref1 ")).pref = id
		case cut(f, "i word ") != nil:
			t.entry(*cut(f, "i word ")).word[wordI] = id
		case cut(f, "i-1 word ") != nil:
			t.entry(*cut(f, "i-1 word ")).word[wordPrev1] = id
		case cut(f, "i-1 suffix ") != nil:
			t.entry(*cut(f, "i-1 suffix ")).suffix[suffixPrev] = id
		case cut(f, "i-2 word ") != nil:
			t.entry(*cut(f, "i-2 word ")).word[wordPrev2] = id
		case cut(f, "i+1 word ") != nil:
			t.entry(*cut(f, "i+1 word ")).word[wordNext1] = id
		case cut(f, "i+1 suffix ") != nil:
			t.entry(*cut(f, "i+1 suffix ")).suffix[suffixNext] = id
		case cut(f, "i+2 word ") != nil:
			t.entry(*cut(f, "i+2 word ")).word[wordNext2] = id
		}
	}
	n := len(t.tags)
	t.prev1, t.prev2, t.pair = make([]feature, n), make([]feature, n), make([]feature, n*n)
	for _, p := range prev1 {
		t.prev1[t.tags[p.a]] = p.feat
	}
	for _, p := range prev2 {
		t.prev2[t.tags[p.a]] = p.feat
	}
	for _, p := range pairs {
		t.pair[int(t.tags[p.a])*n+int(t.tags[p.b])] = p.feat
	}

	nMap := int(r.u32())
	for range nMap {
		w := r.str16()
		id := r.bytes(1)
		if r.err != nil {
			return nil, fmt.Errorf("read tagger model: %w", r.err)
		}
		if int(id[0]) >= nClasses {
			return nil, errors.New("class id out of range in tagger model")
		}
		t.entry(w).fixed = int32(id[0])
	}
	if r.err != nil {
		return nil, fmt.Errorf("read tagger model: %w", r.err)
	}
	for w, i := range t.index {
		e := &t.entries[i]
		e.suf = e
		if len(w) > 3 {
			e.suf = t.lookup(w[len(w)-3:])
		}
		if len(w) == 1 {
			t.bytes[w[0]] = e
		}
	}
	// Every score starts with the bias, added to zero as prose adds it.
	var bias [256]float32
	t.add(&bias, t.bias)
	t.biasInit = bias[:nClasses]
	t.empty = t.lookup("")
	for k, w := range []string{"-START-", "-START2-", "-END-", "-END2-"} {
		t.pad[k] = t.lookup(w)
	}
	return t, nil
}

// cut returns a pointer to what follows prefix in s, or nil.
func cut(s, prefix string) *string {
	if !strings.HasPrefix(s, prefix) {
		return nil
	}
	rest := s[len(prefix):]
	return &rest
}

func (t *tagger) tagID(s string) int32 {
	id, ok := t.tags[s]
	if !ok {
		id = int32(len(t.tags))
		t.tags[s] = id
	}
	return id
}

// entry returns the entry of s, making it.
func (t *tagger) entry(s string) *entry {
	i, ok := t.index[s]
	if !ok {
		i = int32(len(t.entries))
		t.index[s] = i
		t.entries = append(t.entries, entry{
			fixed: -1})
	}
	return &t.entries[i]
}

// suffixOf returns the entry of the last three bytes of s, whose own entry is e.
func (t *tagger) suffixOf(s string, e *entry) *entry {
	switch {
	case e != nil:
		return e.suf
	case len(s) <= 3:
		return nil
	}
	return t.lookup(s[len(s)-3:])
}

// lookup returns the entry of s, or nil.
func (t *tagger) lookup(s string) *entry {
	if i, ok := t.index[s]; ok {
		return &t.entries[i]
	}
	return nil
}

// tagScratch is the working space of one tagTokens call, reused across the
// sentences of a document.
type tagScratch struct {
	ctx    []string
	word   []*entry // entry of ctx[k]
	suffix []*entry // entry of the last three bytes of ctx[k]
	// scores is indexed by a class id, a byte: the weights' loop needs no bounds
	// checks. Only the model's classes are used.
	scores [256]float32
}

// tagTokens sets tags[i] to the tag prose gives words[i] in the sentence words.
// lower[i], when lower is not nil and it is not empty, is words[i] lower-cased.
func (t *tagger) tagTokens(s *tagScratch, words, lower, tags []string) {
	if len(words) == 0 {
		return
	}
	need := len(words) + 4
	if cap(s.ctx) < need {
		s.ctx = make([]string, need)
		s.word = make([]*entry, need)
		s.suffix = make([]*entry, need)
	}
	ctx, we, se := s.ctx[:need], s.word[:need], s.suffix[:need]
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		l := ""
		if lower != nil {
			l = lower[i]
		}
		ctx[i+2] = normalize(w, l)
	}
	ctx[need-2], ctx[need-1] = "-END-", "-END2-"
	we[0], we[1], we[need-2], we[need-1] = t.pad[0], t.pad[1], t.pad[2], t.pad[3]
	for k := range need {
		if k >= 2 && k < need-2 {
			we[k] = t.lookup(ctx[k])
		}
		se[k] = t.suffixOf(ctx[k], we[k])
	}
	p1, p2 := t.start[0], t.start[1]
	for i, w := range words {
		var id int32
		tg, ok := t.specialTag(w)
		switch {
		case ok:
			id = -1
			if j, known := t.tags[tg]; known {
				id = j
			}
		default:
			e, suf := we[i+2], se[i+2]
			if ctx[i+2] != w {
				e = t.lookup(w)
				suf = t.suffixOf(w, e)
			}
			if e != nil && e.fixed >= 0 {
				id = e.fixed
			} else {
				id = t.predict(&s.scores, i+2, w, suf, we, se, p1, p2)
			}
			if id >= 0 {
				tg = t.classes[id]
			} else if j, known := t.tags[""]; known {
				id = j
			}
		}
		tags[i] = tg
		p2, p1 = p1, id
	}
}

// predict scores the features of the word at ctx position i, w as written
// and raw the entry of its last three bytes, in the order prose scores them.
func (t *tagger) predict(scores *[256]float32, i int, w string, raw *entry, we, se []*entry, p1, p2 int32) int32 {
	copy(scores[:], t.biasInit)
	pre := t.empty
	if w != "" {
		pre = t.bytes[w[0]]
	}
	if raw != nil {
		t.add(scores, raw.suffix[suffixI])
	}
	if pre != nil {
		t.add(scores, pre.pref)
	}
	n := int32(len(t.tags))
	if p1 >= 0 {
		t.add(scores, t.prev1[p1])
	}
	if p2 >= 0 {
		t.add(scores, t.prev2[p2])
	}
	if p1 >= 0 && p2 >= 0 {
		t.add(scores, t.pair[p1*n+p2])
	}
	cur := we[i]
	if cur != nil {
		t.add(scores, cur.word[wordI])
		if p1 >= 0 {
			for _, tf := range cur.tagWord {
				if tf.tag == p1 {
					t.add(scores, tf.feat)
					break
				}
			}
		}
	}
	if e := we[i-1]; e != nil {
		t.add(scores, e.word[wordPrev1])
	}
	if e := se[i-1]; e != nil {
		t.add(scores, e.suffix[suffixPrev])
	}
	if e := we[i-2]; e != nil {
		t.add(scores, e.word[wordPrev2])
	}
	if e := we[i+1]; e != nil {
		t.add(scores, e.word[wordNext1])
	}
	if e := se[i+1]; e != nil {
		t.add(scores, e.suffix[suffixNext])
	}
	if e := we[i+2]; e != nil {
		t.add(scores, e.word[wordNext2])
	}
	best, bestID := float32(math.Inf(-1)), int32(-1)
	for id, sc := range scores[:len(t.classes)] {
		if sc > best {
			best, bestID = sc, int32(id)
		}
	}
	return bestID
}

func (t *tagger) add(scores *[256]float32, f feature) {
	for _, p := range t.pairs[f.lo:f.hi] {
		scores[p.class] += p.w
	}
}

// The forms prose tags without its model: traces and elisions of the Penn
// Treebank and its bracket literals (prose's own expressions).
var (
	noneRe = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRe = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// maxSpecial bounds how many words specialTag remembers.
const maxSpecial = 1 << 15

// specialTag reports the tag prose gives w before consulting its model (a
// dash, an emoticon, a handle, a trace), if any. prose keeps its list of
// emoticons to itself, so a word that might be one is asked of prose: tagged
// alone by a tagger whose lexicon knows only that word, it comes back with the
// lexicon's tag unless an earlier rule claimed it. No emoticon is a word of
// lower-case letters, digits and ".,'$%&", nor a capitalised word of lower-case
// letters, apostrophes and a final full stop, so those are never asked.
func (t *tagger) specialTag(w string) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case strings.HasPrefix(w, "@"):
		if isEmoticonLike(w) {
			break
		}
		return "NN", true
	case w != "" && (w[0] == '0' || w[0] == '*') && noneRe.MatchString(w):
		if isEmoticonLike(w) {
			break
		}
		return "-NONE-", true
	case w != "" && w[0] == '-' && keepRe.MatchString(w):
		if isEmoticonLike(w) {
			break
		}
		return w, true
	}
	if !isEmoticonLike(w) {
		return "", false
	}
	if v, ok := t.special.Load(w); ok {
		tg := v.(string)
		return tg, tg != ""
	}
	tg := t.askSpecial(w)
	if t.nSpecial.Load() < maxSpecial {
		t.nSpecial.Add(1)
		t.special.Store(w, tg)
	}
	return tg, tg != ""
}

// probeTag is a tag no model gives.
const probeTag = "\x00probe"

// askSpecial returns prose's tag for w when a rule ahead of its lexicon gives
// one, else "".
func (t *tagger) askSpecial(w string) string {
	p, err := tag.New(tag.WithLexicon(tag.Lexicon{w: probeTag}))
	if err != nil {
		return ""
	}
	tg := p.Tag([]string{w})[0].Tag
	if tg == probeTag {
		return ""
	}
	return tg
}

// isEmoticonLike reports whether w is outside the two classes of word
// specialTag knows hold no emoticon.
func isEmoticonLike(w string) bool {
	if w == "" {
		return true
	}
	if len(w) == 1 {
		return false // no emoticon is one byte long
	}
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte(".,'$%&", c) >= 0) {
			plain = false
			break
		}
	}
	if plain {
		return false
	}
	if w[0] < 'A' || w[0] > 'Z' {
		return true
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '\'' || c == '.' && i == len(w)-1) {
			return true
		}
	}
	return false
}

// normalize is prose's mapping of a word onto the form its model was trained on.
// lower, when not empty, is word lower-cased, used when word is ASCII.
func normalize(word, lower string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if upper {
		if lower != "" {
			return lower
		}
		return strings.ToLower(word)
	}
	return word
}

// isDecimalInt reports whether s is an optional sign and ASCII digits.
func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
