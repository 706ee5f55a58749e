package agreement

import (
	"strings"
	"sync"
)

// vocabulary numbers the words of the claims the Filters of one Rules are asked of,
// so that a claim's words are looked up once (ClaimMemo) and each record's sieve
// finds what a word may be by its number instead of hashing the word again.
type vocabulary struct {
	mu  sync.RWMutex
	ids map[string]int32
}

// maxVocabulary bounds the words a vocabulary numbers: past it, a claim with a new
// word is sieved by its words.
const maxVocabulary = 1 << 20

// numbers returns the numbers of words, or nil when a word is new and the
// vocabulary full.
func (v *vocabulary) numbers(words []string) []int32 {
	out := make([]int32, len(words))
	v.mu.RLock()
	missing := false
	for i, w := range words {
		id, ok := v.ids[w]
		out[i], missing = id, missing || !ok
	}
	v.mu.RUnlock()
	if !missing {
		return out
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.ids == nil {
		v.ids = map[string]int32{}
	}
	for i, w := range words {
		id, ok := v.ids[w]
		if !ok {
			if len(v.ids) >= maxVocabulary {
				return nil
			}
			// Cloned, not to hold the claim's text for the run.
			id = int32(len(v.ids))
			v.ids[strings.Clone(w)] = id
		}
		out[i] = id
	}
	return out
}
