package sqlite

import (
	"slices"
	"sync"

	"github.com/peacewatch/peacewatch/store"
)

// fingerprints keeps the fingerprints of stored articles by rowid, for the
// writer's search for near-duplicates: an article's candidates are many where
// texts share boilerplate, more as the store grows, and reading each one's row
// took a tenth of the writer's time at 10,000 articles. A committed article's
// rowid and fingerprint never change (articles are never deleted), so what is
// kept stays true; other processes' articles are read from the file when met.
type fingerprints struct {
	mu sync.Mutex
	// byRowid holds them at their rowid, zero where none is kept: a candidate is
	// looked up for every band it shares, and at 100,000 articles a map's lookups
	// took a third of the search.
	byRowid []store.Fingerprint
}

// maxFingerprints bounds the rowids whose fingerprints are kept (about 120 bytes
// each); the others' are read from the file.
const maxFingerprints = 1 << 18

func (c *fingerprints) get(rowid int64) (store.Fingerprint, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if rowid < 0 || rowid >= int64(len(c.byRowid)) {
		return store.Fingerprint{}, false
	}
	fp := c.byRowid[rowid]
	return fp, !fp.IsZero()
}

// add keeps the fingerprints of articles whose rows are committed.
func (c *fingerprints) add(fps map[int64]store.Fingerprint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for rowid, fp := range fps {
		if rowid < 0 || rowid >= maxFingerprints {
			continue
		}
		if n := int(rowid) + 1; n > len(c.byRowid) {
			c.byRowid = slices.Grow(c.byRowid, n-len(c.byRowid))[:n]
		}
		c.byRowid[rowid] = fp
	}
}
