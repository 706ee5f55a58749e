package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/peacewatch/peacewatch/eval"
	"github.com/peacewatch/peacewatch/report"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "agreements" {
		return runEvalAgreements(ctx, args[1:], stdout, stderr)
	}
	var dicts dictFlags
	fs := newFlags("eval", "[flags] FILE.jsonl\n       peacewatch eval agreements [flags] DIR",
		"Eval codes every record of a dev set (JSONL: id, date, text, expected events,\n"+
			"tags), using its date as publication date, and prints precision, recall and F1\n"+
			"at full-code and CAMEO-root level, with breakdowns by tag and by root.\n"+
			"'eval agreements DIR' scores agreements, provisions and statuses instead\n"+
			"(see 'peacewatch eval agreements -h').", stderr)
	dicts.register(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	verbose := fs.Bool("verbose", false, "list the misses and extras of each record")
	minF1 := fs.Float64("min-f1", 0, "exit with status 1 when the full-code F1 is below `X`")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "peacewatch eval: want one dev-set file")
		return errUsage
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	recs, err := eval.ReadRecords(f, path)
	f.Close()
	if err != nil {
		return err
	}
	c, err := dicts.newCoder()
	if err != nil {
		return err
	}
	var rep eval.Report
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		rep.Add(rec, c.Code(rec.Article()).Events)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(&rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(stdout, *verbose); err != nil {
		return err
	}
	if f1 := rep.Total.F1(eval.Full); f1 < *minF1 {
		return fmt.Errorf("full-code F1 %.3f is below --min-f1 %.3f", f1, *minF1)
	}
	return nil
}

func runEvalAgreements(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var dicts dictFlags
	fs := newFlags("eval agreements", "[flags] DIR",
		"Eval agreements runs the whole report chain on every case of an agreements\n"+
			"evaluation set (DIR/<case>/*.txt and gold.yaml, testdata/agreements/README.md),\n"+
			"as of the case's date, and prints agreement, provision and conflicting-claim\n"+
			"precision and recall, and status accuracy on the matched provisions per class\n"+
			"and macro-averaged. A provision matches when obligor roots, action, quantity\n"+
			"(within 1%) and deadline (within a day) agree.", stderr)
	dicts.register(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	verbose := fs.Bool("verbose", false, "list the misses, extras and wrong statuses of each case")
	goldProv := fs.Bool("gold-provisions", false, "assess the gold agreements (statuses stripped) instead of extracting, to score statuses alone")
	minF1 := fs.Float64("min-f1", 0, "exit with status 1 when the provision F1 is below `X`")
	minStatus := fs.Float64("min-status", 0, "exit with status 1 when the macro-averaged status accuracy is below `X`")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "peacewatch eval agreements: want one evaluation-set directory")
		return errUsage
	}
	cases, err := eval.ReadCases(fs.Arg(0))
	if err != nil {
		return err
	}
	c, err := dicts.newCoder()
	if err != nil {
		return err
	}
	rep := eval.AgreementReport{GoldProvisions: *goldProv}
	for _, k := range cases {
		if err := ctx.Err(); err != nil {
			return err
		}
		rep.Add(k, report.Build(c, k.Articles, k.BuildOptions(*goldProv)))
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(&rep); err != nil {
			return err
		}
	} else if err := rep.WriteText(stdout, *verbose); err != nil {
		return err
	}
	if f1 := rep.Provisions.F1(); f1 < *minF1 {
		return fmt.Errorf("provision F1 %.3f is below --min-f1 %.3f", f1, *minF1)
	}
	if m, _ := rep.StatusMacro(); m < *minStatus {
		return fmt.Errorf("macro-averaged status accuracy %.3f is below --min-status %.3f", m, *minStatus)
	}
	return nil
}
