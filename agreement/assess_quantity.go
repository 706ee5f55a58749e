package agreement

import (
	"slices"
	"strings"
)

// bestQuantity returns the quantity of o that counts p's object, nearest the target.
func (r *Rules) bestQuantity(p Provision, o *observation, obj WordRule) (float64, bool) {
	best, found := 0.0, false
	for _, q := range o.quantities {
		if q.Tok >= 2 && q.Tok-1 < len(o.words) && o.words[q.Tok-1] == "the" && o.words[q.Tok-2] == "of" {
			continue // "half of the 28 bodies" counts the whole, not what was done
		}
		if whole(o, q.Tok) {
			continue // "19,000 of 40,000", "only 3 out of 12": the second is the whole
		}
		if q.Unit != "" && len(obj.Words) > 0 && obj.MatchAny(strings.Fields(q.Unit)) < 0 && !unitInObject(p.Object, q.Unit) && !r.holdersOf(p.Object, q.Unit) && !sameCurrency(p.Unit, q.Unit) {
			continue
		}
		if p.FromQuantity != nil && q.Value == *p.FromQuantity {
			continue
		}
		if !found || reached(p, q.Value) && !reached(p, best) || reached(p, q.Value) == reached(p, best) && closer(p, q.Value, best) {
			best, found = q.Value, true
		}
	}
	return best, found
}

// currencyNames are the ISO codes of the currencies a text names in words ("335
// million dollars"), as text.FindQuantities gives them for a symbol ("$335 million").
var currencyNames = map[string]string{"dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp", "yen": "jpy", "rupees": "inr"}

// sameCurrency reports whether a quantity's unit, a currency named in words, is the
// provision's unit, its code.
func sameCurrency(unit, qunit string) bool {
	c, ok := currencyNames[strings.ToLower(qunit)]
	return ok && c == strings.ToLower(unit)
}

func closer(p Provision, v, than float64) bool {
	t := *p.Quantity
	return abs(v-t) < abs(than-t)
}

// reached reports whether v meets p's target: at or below it for a reduction from a
// higher number, at or above it otherwise, with 2% tolerance for rounding.
func reached(p Provision, v float64) bool {
	t := *p.Quantity
	if p.FromQuantity != nil && *p.FromQuantity > t || p.Action == Reduce {
		return v <= t*1.02
	}
	return v >= t*0.98
}

// removedEnough reports whether v, a number reported removed ("removed more than
// 12,000 centrifuges"), covers the cut from p's starting quantity to its target.
func (r *Rules) removedEnough(p Provision, o *observation, v float64) bool {
	if p.FromQuantity == nil || p.Quantity == nil || *p.FromQuantity <= *p.Quantity {
		return false
	}
	if !hasWord(o.words, "remov") && !hasWord(o.words, "dismantl") {
		return false
	}
	return v >= (*p.FromQuantity-*p.Quantity)*0.9 && v < *p.FromQuantity
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// counted are the actions whose quantity counts what is moved, so that a report
// without a number is only progress.
var counted = map[Action]bool{
	Withdraw: true, Reduce: true, Release: true, Exchange: true, Transfer: true, Pay: true,
	Disarm: true, Deploy: true, Allow: true,
}

// whole reports whether the quantity at token tok is the whole of an "X of Y" or "X
// out of Y": another quantity stands just before the "of".
func whole(o *observation, tok int) bool {
	if tok < 2 || tok-1 >= len(o.words) || o.words[tok-1] != "of" {
		return false
	}
	for _, q := range o.quantities {
		if q.Tok >= 0 && q.Tok < tok && (q.Tok == tok-2 || q.Tok == tok-3 && o.words[tok-2] == "out") {
			return true
		}
	}
	return false
}

// unitInObject reports whether the head noun of unit is a word of object, short
// words included, which the object's rule words leave out ("five men held at the
// camp" counts "men").
func unitInObject(object, unit string) bool {
	us := strings.Fields(strings.ToLower(unit))
	if len(us) == 0 {
		return false
	}
	return slices.Contains(strings.Fields(strings.ToLower(object)), us[len(us)-1])
}

// holdersOf reports whether unit names the people who hold the posts object names
// ("four rebel members" of "cabinet posts", "three leaders" of "seats on the
// council"): each counts one post.
func (r *Rules) holdersOf(object, unit string) bool {
	us := strings.Fields(strings.ToLower(unit))
	return len(us) > 0 && r.Cues["holder"].MatchWord(us[len(us)-1]) && r.Cues["post"].MatchAny(strings.Fields(strings.ToLower(object))) >= 0
}
