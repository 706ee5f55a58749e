package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/report"
)

// reportOptions are the report command's flags.
type reportOptions struct {
	articleInputs
	asOf       string
	format     string
	agreements listFlag
	history    bool
	events     bool
}

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o reportOptions
	fs := newFlags("report", "[flags] FILE...|-",
		"Report reads articles as 'code' does (plain text with an optional header, or JSONL;\n"+
			"'-' reads standard input), runs the whole chain in memory (events, agreements and\n"+
			"their provisions, claims) and prints every provision's status as of a date: a\n"+
			"status board (text or Markdown), DESIGN.md's JSON object, or the agreements as\n"+
			"YAML to correct by hand. Hand-written agreements (--agreements, YAML) are merged\n"+
			"with the extracted ones and win. A\n"+
			"bad input is reported and skipped; the exit status is 1 if any input failed.", stderr)
	o.articleInputs.register(fs)
	fs.StringVar(&o.asOf, "as-of", "", "assess statuses as of `DATE` (default: the latest article's date)")
	fs.StringVar(&o.format, "format", "text", "output format: text, json, markdown, or yaml (the agreements only, in the --agreements format)")
	fs.Var(&o.agreements, "agreements", "merge the hand-written agreements of YAML `FILE` (repeatable)")
	fs.BoolVar(&o.history, "history", false, "show each provision's status history and reason (text, markdown)")
	fs.BoolVar(&o.events, "events", false, "list the events on the board (text, markdown)")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 && len(o.agreements) == 0 {
		fmt.Fprintln(stderr, "peacewatch report: no input given (use - for standard input)")
		return errUsage
	}
	switch o.format {
	case "text", "json", "markdown", "yaml":
	default:
		return fmt.Errorf("--format %q: want text, json, markdown or yaml", o.format)
	}
	var asOf time.Time
	if o.asOf != "" {
		t, _, err := article.ParseDate(o.asOf)
		if err != nil {
			return fmt.Errorf("--as-of: %w", err)
		}
		asOf = t
	}
	manual, err := loadAgreements(o.agreements)
	if err != nil {
		return err
	}
	inputs, code, err := o.prepare(fs.Args())
	if err != nil {
		return err
	}

	var failed, undated, articles int
	b := report.NewBuilder(report.Options{AsOf: asOf, Manual: manual})
	err = codeInputs(ctx, code, inputs, o.workers, os.Stdin, func(it *item) error {
		for _, wn := range it.warns {
			fmt.Fprintf(stderr, "peacewatch: warning: %s\n", wn)
		}
		if it.err != nil {
			failed++
			fmt.Fprintf(stderr, "peacewatch: %v\n", it.err)
			return nil
		}
		if it.art.Date.IsZero() {
			it.art.Date = o.pub
		}
		if it.art.Date.IsZero() {
			undated++
			fmt.Fprintf(stderr, "peacewatch: warning: %s: no publication date; relative dates stay unresolved (use --date)\n", it.art.Name)
		}
		articles++
		b.Add(report.Coded{Article: it.art, Result: it.res})
		return nil
	})
	if err != nil {
		return err
	}
	if articles > 0 && undated == articles && asOf.IsZero() {
		fmt.Fprintln(stderr, "peacewatch: warning: no article has a date; statuses are assessed without one (use --date or --as-of)")
	}
	if err := writeReport(stdout, b.Report(), o); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed, %d article(s) reported", failed, articles)
	}
	return nil
}

// writeReport prints rep in the --format of o.
func writeReport(w io.Writer, rep report.Report, o reportOptions) error {
	out := bufio.NewWriter(w)
	board := report.BoardOptions{History: o.history, Events: o.events}
	var err error
	switch o.format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	case "markdown":
		err = report.WriteMarkdown(out, rep, board)
	case "yaml":
		err = agreement.WriteYAML(out, rep.Agreements)
	default:
		err = report.WriteText(out, rep, board)
	}
	return errors.Join(err, out.Flush())
}

// loadAgreements reads the hand-written agreement files, reporting the errors of all of
// them together.
func loadAgreements(paths []string) ([]agreement.Agreement, error) {
	var (
		all  []agreement.Agreement
		errs []error
	)
	for _, p := range paths {
		ags, err := loadAgreementFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, ags...)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("--agreements:\n%w", err)
	}
	return all, nil
}

func loadAgreementFile(path string) ([]agreement.Agreement, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	defer f.Close()
	return agreement.Load(f, path)
}
