package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// ID is the identifier of an article without one: the first 16 hex digits of the
// SHA-256 of its body with runs of white space collapsed to one space and trimmed, so
// the same report re-wrapped or re-indented gets the same ID.
func ID(body string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(body), " ")))
	return hex.EncodeToString(sum[:])[:16]
}
