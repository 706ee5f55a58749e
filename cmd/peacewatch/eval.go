package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/peacewatch/peacewatch/eval"
)

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var dicts dictFlags
	fs := newFlags("eval", "[flags] FILE.jsonl",
		"Eval codes every record of a dev set (JSONL: id, date, text, expected events,\n"+
			"tags), using its date as publication date, and prints precision, recall and F1\n"+
			"at full-code and CAMEO-root level, with breakdowns by tag and by root.", stderr)
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
