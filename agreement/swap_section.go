package agreement

import (
	"strconv"
	"time"
)

// sectionSwaps returns the exchanges a story about swaps tells under section headings
// ("Paris, March 2020" ... "Brussels, May 2023"), one per section whose releases make
// two sides; a section heading's year dates its swap. Nil unless two sections do.
func sectionSwaps(src Source, vs []sent, rs []release) []Agreement {
	sec := make([]int, len(vs))
	heads := []int{-1}
	for si := range vs {
		if heading(vs, si) {
			heads = append(heads, si)
		}
		sec[si] = len(heads) - 1
	}
	var groups [][]release
	for i, r := range rs {
		if i == 0 || sec[r.si] != sec[rs[i-1].si] {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], r)
	}
	if len(groups) < 2 {
		return nil
	}
	var out []Agreement
	for _, g := range groups {
		ag, ok := swapOf(src, vs, g, captiveHomes(vs, g))
		if !ok {
			continue
		}
		if si := g[0].si; ag.Signed == "" && g[0].inReturn && si > 0 && vs[si-1].para == vs[si].para {
			ag.Signed = lastDay(&vs[si-1]) // "... came home on May 26. In return, Belgium sent back ..."
		}
		if h := heads[sec[g[0].si]]; h >= 0 {
			ag.Signed = headingYear(&vs[h], ag.Signed)
		}
		out = append(out, ag)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// heading tells whether sentence si is a section heading: a short line that is a
// paragraph of its own and ends without a stop ("Stockholm, June 2024", "What the
// pattern shows").
func heading(vs []sent, si int) bool {
	v := &vs[si]
	if si > 0 && vs[si-1].para == v.para || si+1 < len(vs) && vs[si+1].para == v.para {
		return false
	}
	n := len(v.words)
	if n == 0 || n > 8 || v.bullet {
		return false
	}
	switch v.words[n-1] {
	case ".", "!", ":", ";", "?", "\"", "'":
		return false
	}
	return true
}

// captiveHomes returns the sides the captives of rs belong to, told in an apposition
// after the captive ("freed Ali Reza, an Iranian engineer"): the captive goes home to
// the other side of the exchange.
func captiveHomes(vs []sent, rs []release) []string {
	var codes []string
	for _, r := range rs {
		v := &vs[r.si]
		k := r.verb + 1 + r.tail
		for j := k; j < min(len(v.words), k+6); j++ {
			if v.word(j) != "," {
				continue
			}
			if w := v.word(j + 1); w == "a" || w == "an" {
				for _, a := range v.actors {
					if a.tok == j+2 && a.Code != "" && !a.Place {
						codes = addCode(codes, a.Code)
					}
				}
			}
			break
		}
	}
	return codes
}

// headingYear returns the day signed in the year of the heading's date when the two
// name the same month: "Paris, March 2020" over "was flown home on March 20" in a
// story of 2024 dates the release in 2020.
func headingYear(h *sent, signed string) string {
	t, err := time.Parse(time.DateOnly, signed)
	if err != nil {
		return signed
	}
	for _, dm := range h.dates {
		if dm.Value.IsZero() || !hasYear(dm.Text) || dm.Value.Month() != t.Month() || dm.Value.Year() == t.Year() {
			continue
		}
		return strconv.Itoa(dm.Value.Year()) + signed[4:]
	}
	return signed
}

// openerPhrase tells whether the words from i open a sentence with a phrase that names
// no actor of its verb: a preposition, alone or after an adverb ("On Saturday,",
// "again through Oman,", "after talks,").
func openerPhrase(v *sent, i int) bool {
	w := v.word(i)
	if v.tag(i) == "RB" {
		w = v.word(i + 1)
	}
	return subjectPreps[w] || w == "after" || w == "on" || w == "through" || w == "via"
}

// lastDay returns the last day v names, "" when none.
func lastDay(v *sent) string {
	day := ""
	for _, dm := range v.dates {
		if d := dayDate(dm); d != "" {
			day = d
		}
	}
	return day
}
