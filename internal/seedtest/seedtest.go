// Package seedtest reads the worked example of ../shared/seeds for tests, which skip
// when the directory is absent (it is beside the repository, never in it).
package seedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/article"
)

// Published is the seed's publication date, as `--date 2020-03-03` gives it.
var Published = time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)

// Articles returns the seed articles dated Published, in name order; t is skipped
// when ../shared/seeds holds none.
func Articles(t testing.TB) []article.Article {
	t.Helper()
	_, self, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(self), "..", "..") // the repository
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds is absent")
	}
	var out []article.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.ParseText(f, data)
		if err != nil {
			t.Fatal(err)
		}
		a.Date = Published
		out = append(out, a)
	}
	return out
}
