package gdelt

import (
	"bufio"
	"fmt"
	"strings"
)

// eachRow reads an embedded tab-separated table: blank lines and lines starting with #
// are skipped, the first other line must be header, and fn gets every row after it
// split into its fields, with its 1-based line number.
func eachRow(src, header string, fn func(line int, f []string) error) error {
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
				return fmt.Errorf("line %d: header %q: want %q", line, text, header)
			}
			seen = true
			continue
		}
		if err := fn(line, strings.Split(text, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}
