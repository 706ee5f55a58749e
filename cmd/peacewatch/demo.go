package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/report"
	"github.com/peacewatch/peacewatch/sample"
)

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var dicts dictFlags
	flags := newFlags("demo", "[flags]",
		"Demo codes the sample articles built into peacewatch and prints each one's events\n"+
			"as a table, a one-line summary, then the status board of their agreements (as\n"+
			"'peacewatch report' prints it, as of the latest article's date).", stderr)
	dicts.register(flags)
	if err := parseFlags(flags, args, stdout); err != nil {
		return err
	}
	arts, err := sampleArticles(sample.FS)
	if err != nil {
		return err
	}
	c, err := dicts.newCoder()
	if err != nil {
		return err
	}
	w := newEventWriter(stdout, true)
	var sentences, events int
	board := report.NewBuilder(report.Options{})
	modalities := map[event.Modality]int{}
	for _, a := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		res := c.Code(a)
		board.Add(report.Coded{Article: a, Result: res})
		sentences += res.Sentences
		events += len(res.Events)
		for _, e := range res.Events {
			modalities[e.Modality]++
		}
		if err := w.write(a, res); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(stdout, "\n%d articles, %d sentences, %d events%s\n\n", len(arts), sentences, events, modalitySummary(modalities)); err != nil {
		return err
	}
	return report.WriteText(stdout, board.Report(), report.BoardOptions{})
}

// sampleArticles reads every *.txt file of fsys, in name order.
func sampleArticles(fsys fs.FS) ([]article.Article, error) {
	var arts []article.Article
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		a, err := article.ParseText(p, data)
		if err != nil {
			return err
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sample articles: %w", err)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("sample articles: none embedded")
	}
	return arts, nil
}

// modalitySummary is ": 12 asserted, 3 future", in the order of DESIGN.md's list and
// then by name for any other value.
func modalitySummary(m map[event.Modality]int) string {
	order := []event.Modality{event.Asserted, event.Future, event.Conditional, event.Negated,
		event.Denied, event.Refused, event.Requested, event.Hypothetical}
	for _, mod := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(order, mod) {
			order = append(order, mod)
		}
	}
	var parts []string
	for _, mod := range order {
		if m[mod] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[mod], mod))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, ", ")
}
