package agreement

import "strings"

// share is one count of posts a deal hands out: "15 go to the ruling party".
type share struct {
	qty      float64
	tok      int // the count's first token
	ben      []string
	benFrom  int
	benTo    int
	noun     string // what is counted ("cabinet ministries")
	nounFrom int
	single   bool // one post told without a count (heldPosts): qty is unset
}

// allocations reads a share-out of posts stated in the present tense, with no modal:
// "Of the 31 cabinet ministries, 15 go to X, 13 to Y and three to Z", "12 ministries
// go to the ruling party and eight to the opposition". Each count is a share; nil when
// the sentence hands out no posts (lexicon kind post) this way.
func allocations(lx *lexicon, v *sent) []share {
	n := len(v.words)
	goes := -1
	for i := v.first; i < n-1; i++ {
		if w := v.words[i]; (w == "go" || w == "goes") && v.word(i+1) == "to" {
			goes = i
			break
		}
	}
	if goes < 0 {
		return nil
	}
	// the posts: "Of the 31 cabinet ministries," opening the sentence, or after the count
	noun, nounFrom := "", -1
	if v.word(v.first) == "of" {
		for k := v.first + 1; k < goes; k++ {
			if lx.has("post", v.words, k, k+1) {
				from := k
				for from > v.first+1 && v.tag(from-1) != "CD" && !determiners[v.word(from-1)] {
					from--
				}
				noun, nounFrom = strings.Join(v.words[from:k+1], " "), from
				break
			}
		}
	}
	countAt := func(tok int) (float64, bool) {
		for _, q := range v.qty {
			if q.Tok == tok && q.TokEnd == tok+1 {
				return q.Value, true
			}
		}
		return 0, false
	}
	first := goes - 1
	if lx.has("post", v.words, first, first+1) {
		k := first
		for k > v.first && v.tag(k-1) != "CD" {
			k--
		}
		if noun == "" {
			noun, nounFrom = strings.Join(v.words[k:first+1], " "), k
		}
		first = k - 1
	}
	if noun == "" {
		return nil
	}
	q, ok := countAt(first)
	if !ok {
		return nil
	}
	var out []share
	cur := share{qty: q, tok: first, benFrom: goes + 2, noun: noun, nounFrom: nounFrom}
	for k := goes + 2; k <= n; k++ {
		w := v.word(k)
		var next float64
		nextOK := false
		if w == "," || w == "and" {
			j := k + 1
			if v.word(j) == "and" {
				j++
			}
			if nq, ok := countAt(j); ok && v.word(j+1) == "to" {
				next, nextOK = nq, true
			}
		}
		if !nextOK && k < n && w != "." && w != ";" {
			continue
		}
		cur.benTo = k
		cur.ben = codesOf(v.actorsIn(cur.benFrom, k))
		out = append(out, cur)
		if !nextOK {
			break
		}
		j := k + 1
		if v.word(j) == "and" {
			j++
		}
		cur = share{qty: next, tok: j, benFrom: j + 2, noun: noun, nounFrom: nounFrom}
		k = j + 1
	}
	return out
}

// allocationTerms makes one term per share: a transfer by the side that holds the
// posts to give (the parties that receive none, else the state) to its receiver.
func (b *building) allocationTerms(lx *lexicon, v *sent, si int, body string, shares []share) []term {
	var out []term
	for _, s := range shares {
		if len(s.ben) == 0 {
			s.ben = b.partiesByRole(lx, v, clause{subjFrom: s.benFrom, verb: s.benTo}) // "three go to the opposition"
		}
		if len(s.ben) == 0 {
			continue
		}
		t := term{si: si, action: Transfer, objFrom: s.nounFrom, beneficiary: s.ben}
		if !s.single {
			f := s.qty
			t.qty = &f
		}
		t.object = s.noun + " for " + v.span(body, s.benFrom, s.benTo)
		if s.single {
			t.object = s.noun // the holder is the beneficiary; a post's name keeps it apart from the others
		}
		t.cl = clause{from: v.first, subjFrom: v.first, verb: s.tok, to: s.benTo, nominal: true}
		br := actorRoots(s.ben)
		for _, p := range b.ag.Parties {
			if !contains(br, Root(p)) {
				t.obligor = addCode(t.obligor, p)
			}
		}
		if len(t.obligor) == 0 {
			// posts of one country shared among its parties: the state gives them
			for _, r := range br {
				t.obligor = addCode(t.obligor, r)
			}
		}
		out = append(out, t)
	}
	return out
}
