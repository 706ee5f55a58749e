package sample_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/sample"
)

func TestSampleArticles(t *testing.T) {
	names, err := fs.Glob(sample.FS, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 6 || len(names) > 8 {
		t.Fatalf("got %d sample articles, want 6 to 8", len(names))
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(sample.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			header, _, ok := strings.Cut(string(data), "\n\n")
			if !ok {
				t.Fatal("no blank line after the header block")
			}
			keys := map[string]string{}
			for _, line := range strings.Split(header, "\n") {
				k, v, ok := strings.Cut(line, ":")
				if !ok {
					t.Fatalf("header line %q is not Key: value", line)
				}
				keys[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
			for _, k := range []string{"title", "date", "source"} {
				if keys[k] == "" {
					t.Errorf("header has no %s line", k)
				}
			}
			if _, _, err := article.ParseDate(keys["date"]); err != nil {
				t.Errorf("date line: %v", err)
			}
			a, err := article.ParseText(name, data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Date.IsZero() || a.Title == "" {
				t.Errorf("parsed article has date %v and title %q, want both set", a.Date, a.Title)
			}
			if strings.Contains(a.Text, "Title:") || strings.Contains(a.Text, "Date:") {
				t.Error("header lines leaked into the body")
			}
			if words := len(strings.Fields(a.Text)); words < 150 || words > 300 {
				t.Errorf("body has %d words, want 150 to 300", words)
			}
		})
	}
}
