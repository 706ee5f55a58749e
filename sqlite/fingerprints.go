package sqlite

import (
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
	m  map[int64]store.Fingerprint
}

// maxFingerprints bounds the kept fingerprints (about 150 bytes each); past it,
// candidates are read from the file.
const maxFingerprints = 1 << 18

func (c *fingerprints) get(rowid int64) (store.Fingerprint, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fp, ok := c.m[rowid]
	return fp, ok
}

// add keeps the fingerprints of articles whose rows are committed.
func (c *fingerprints) add(fps map[int64]store.Fingerprint) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[int64]store.Fingerprint)
	}
	for rowid, fp := range fps {
		if len(c.m) >= maxFingerprints {
			return
		}
		c.m[rowid] = fp
	}
}
