package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
)

// maxUnknownShown is how many unknown names the stderr summary lists.
const maxUnknownShown = 20

// unknownLog collects the proper nouns no dictionary knew: to a JSONL file, one record
// per mention, or as counts summarised on stderr at the end.
type unknownLog struct {
	f      *os.File
	w      *bufio.Writer
	enc    *json.Encoder
	counts map[string]int
	err    error
}

// unknownRecord is one line of the --unknown file.
type unknownRecord struct {
	ArticleID string `json:"article_id"`
	coder.Unknown
}

func newUnknownLog(path string) (*unknownLog, error) {
	l := &unknownLog{counts: map[string]int{}}
	if path == "" {
		return l, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--unknown: %w", err)
	}
	l.f, l.w = f, bufio.NewWriter(f)
	l.enc = json.NewEncoder(l.w)
	return l, nil
}

func (l *unknownLog) add(a article.Article, us []coder.Unknown) {
	for _, u := range us {
		if l.enc != nil {
			if l.err == nil {
				l.err = l.enc.Encode(unknownRecord{a.ID, u})
			}
			continue
		}
		l.counts[u.Name]++
	}
}

// close finishes the file, or prints the most frequent unknown names to stderr.
func (l *unknownLog) close(stderr io.Writer) error {
	if l.f != nil {
		err := cmp.Or(l.err, l.w.Flush())
		if cerr := l.f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("--unknown: %w", err)
		}
		return nil
	}
	if len(l.counts) == 0 {
		return nil
	}
	names := slices.SortedFunc(maps.Keys(l.counts), func(a, b string) int {
		return cmp.Or(cmp.Compare(l.counts[b], l.counts[a]), strings.Compare(a, b))
	})
	shown := names[:min(len(names), maxUnknownShown)]
	parts := make([]string, len(shown))
	for i, n := range shown {
		parts[i] = fmt.Sprintf("%s (%d)", n, l.counts[n])
	}
	more := ""
	if len(names) > len(shown) {
		more = fmt.Sprintf(" and %d more (see --unknown)", len(names)-len(shown))
	}
	_, err := fmt.Fprintf(stderr, "peacewatch: unknown actors: %s%s\n", strings.Join(parts, ", "), more)
	return err
}
