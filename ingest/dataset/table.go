package dataset

import (
	"bufio"
	"fmt"
	"strings"
)

// TableRows reads an embedded tab-separated table named name: blank lines and lines
// starting with # are skipped, the first other line must be header, and fn gets
// every row after it, which must have ncol fields. Errors, fn's too, are given as
// name:line, the line 1-based.
func TableRows(src, name, header string, ncol int, fn func(f []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	line, seen := 0, false
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !seen {
			if text != header {
				return fmt.Errorf("%s:%d: header %q, want %q", name, line, text, header)
			}
			seen = true
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != ncol {
			return fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(f), ncol)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}
