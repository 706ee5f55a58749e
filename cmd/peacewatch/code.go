package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
)

// codeOptions are the code command's flags.
type codeOptions struct {
	articleInputs
	format  string
	unknown string
}

func runCode(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o codeOptions
	fs := newFlags("code", "[flags] FILE...|-",
		"Code reads articles (plain text with an optional Title/URL/Date/Source header, or\n"+
			"JSONL records with id, url, title, date, source, text; '-' reads standard input)\n"+
			"and prints their events, one JSON record per line or as a table. A bad input is\n"+
			"reported and skipped; the exit status is 1 if any input failed.", stderr)
	o.articleInputs.register(fs)
	fs.StringVar(&o.format, "format", "jsonl", "output format: jsonl or table")
	fs.StringVar(&o.unknown, "unknown", "", "write unknown proper-noun actors to `FILE` (JSONL) instead of a summary on stderr")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peacewatch code: no input given (use - for standard input)")
		return errUsage
	}
	if o.format != "jsonl" && o.format != "table" {
		return fmt.Errorf("--format %q: want jsonl or table", o.format)
	}
	inputs, code, err := o.prepare(fs.Args())
	if err != nil {
		return err
	}

	out := bufio.NewWriter(stdout)
	w := newEventWriter(out, o.format == "table")
	unk, err := newUnknownLog(o.unknown)
	if err != nil {
		return err
	}
	var failed, articles int
	err = codeInputs(ctx, code, inputs, o.workers, os.Stdin, func(it *item) error {
		for _, wn := range it.warns {
			fmt.Fprintf(stderr, "peacewatch: warning: %s\n", wn)
		}
		if it.err != nil {
			failed++
			fmt.Fprintf(stderr, "peacewatch: %v\n", it.err)
			return nil
		}
		articles++
		if it.art.Date.IsZero() && o.pub.IsZero() {
			fmt.Fprintf(stderr, "peacewatch: warning: %s: no publication date; relative dates stay unresolved (use --date)\n", it.art.Name)
		}
		unk.add(it.art, it.res.Unknown)
		return w.write(it.art, it.res)
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if cerr := unk.close(stderr); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) failed, %d article(s) coded", failed, articles)
	}
	return nil
}

// eventWriter prints coded articles as JSONL events or as a table.
type eventWriter struct {
	w      io.Writer
	enc    *json.Encoder
	table  bool
	header bool
}

func newEventWriter(w io.Writer, table bool) *eventWriter {
	return &eventWriter{w: w, enc: json.NewEncoder(w), table: table}
}

func (ew *eventWriter) write(a article.Article, res coder.Result) error {
	if !ew.table {
		for _, e := range res.Events {
			if e.ArticleID == "" {
				e.ArticleID = a.ID
			}
			if err := ew.enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	title := a.Title
	if title == "" {
		title = a.Name
	}
	if _, err := fmt.Fprintf(ew.w, "\n%s  %s  (%d sentences, %d events)\n", a.ID, title, res.Sentences, len(res.Events)); err != nil {
		return err
	}
	if len(res.Events) == 0 {
		return nil
	}
	if err := writeTableHeader(ew.w); err != nil {
		return err
	}
	for _, e := range res.Events {
		if err := writeTableRow(ew.w, e); err != nil {
			return err
		}
	}
	return nil
}
