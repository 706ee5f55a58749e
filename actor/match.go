package actor

// Match finds the dictionary phrases in one sentence. words are its tokens as written,
// lower the same tokens lower-cased with straight apostrophes (text.Token.Text and
// Lower). Matches are whole tokens, leftmost-longest and non-overlapping, all kinds in
// one pass; a phrase shared by several entries names the most specific kind (person,
// group, IGO, capital, country, place, agent) and, within a kind, the entry loaded last;
// the other entries of that kind that differ in country or dates are in Mention.Alt.
// Case rules: a word written in capitals ("US", "U.S.") matches only that spelling; a
// phrase written with a capital first letter needs a capitalised first token ("Chad"
// does not match "chad"); agents and Phoenix phrases match in any case.
// It allocates only the result, and is safe for concurrent use with other readers.
func (d *Dictionary) Match(words, lower []string) []Mention {
	return d.MatchAppend(nil, words, lower)
}

// MatchAppend is Match appending to dst, for callers that reuse a buffer.
func (d *Dictionary) MatchAppend(dst []Mention, words, lower []string) []Mention {
	n := min(len(words), len(lower))
	root := d.root.next
	for i := 0; i < n; {
		nd := root[lower[i]]
		if nd == nil {
			i++
			continue
		}
		end, best, alt := 0, (*Entry)(nil), []*Entry(nil)
		for j := i; ; {
			if len(nd.terms) > 0 {
				if e, a := nd.pick(words[i : j+1]); e != nil {
					end, best, alt = j+1, e, a
				}
			}
			j++
			if j >= n || nd.next == nil {
				break
			}
			if nd = nd.next[lower[j]]; nd == nil {
				break
			}
		}
		if best == nil {
			i++
			continue
		}
		if dst == nil {
			dst = make([]Mention, 0, 8)
		}
		dst = append(dst, Mention{Start: i, End: end, Entry: best, Alt: alt})
		i = end
	}
	return dst
}
