package text

import "strings"

// LowerHasPrefix reports whether strings.ToLower(s) begins with prefix, an ASCII
// lower-case string, without building the lower-cased copy when the bytes it
// compares are ASCII (as they are in nearly every call).
func LowerHasPrefix(s, prefix string) bool {
	if len(s) >= len(prefix) {
		if eq, ascii := lowerEqual(s[:len(prefix)], prefix); ascii {
			return eq
		}
	}
	return strings.HasPrefix(strings.ToLower(s), prefix)
}

// LowerHasSuffix reports whether strings.ToLower(s) ends with suffix, an ASCII
// lower-case string, as LowerHasPrefix does.
func LowerHasSuffix(s, suffix string) bool {
	if len(s) >= len(suffix) {
		if eq, ascii := lowerEqual(s[len(s)-len(suffix):], suffix); ascii {
			return eq
		}
	}
	return strings.HasSuffix(strings.ToLower(s), suffix)
}

// lowerEqual reports whether the bytes of part, lower-cased, equal want, and whether
// part is ASCII, without which the answer is not known. An ASCII byte lowers to
// itself or its ASCII lower case wherever it stands in a string, since no other
// rune's encoding holds it; other runes may lower to ASCII ("İ" to "i").
func lowerEqual(part, want string) (eq, ascii bool) {
	eq = true
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c >= 0x80 {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		eq = eq && c == want[i]
	}
	return eq, true
}
