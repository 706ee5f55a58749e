package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/ingest"
	"github.com/peacewatch/peacewatch/ingest/acled"
	"github.com/peacewatch/peacewatch/ingest/fetch"
	"github.com/peacewatch/peacewatch/ingest/source"
	"github.com/peacewatch/peacewatch/store/open"
)

// ingestOptions are the ingest command's flags.
type ingestOptions struct {
	dicts   dictFlags
	db      string
	workers int
	batch   int
	writers int
	date    string
	in      string
	fetch   bool
	timeout time.Duration
	maxSize int64
}

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o ingestOptions
	fs := newFlags("ingest", "[flags] PATH|URL...|-",
		"Ingest reads articles and event data into the store: files and directories\n"+
			"(recursively; hidden files skipped) of plain text (.txt, .md), JSONL, HTML pages,\n"+
			"RSS/Atom feeds and GDELT/ACLED event files (plain, gzip or zip), http(s) URLs of\n"+
			"pages and feeds, and '-' for standard input. Each new article is coded, its claims\n"+
			"and agreements found, and all of it stored in one transaction with its evidence;\n"+
			"an article already stored is skipped, a near-duplicate (wire copy) is linked to\n"+
			"its original and its events are not counted twice. The stored agreements the\n"+
			"batch touched are then re-assessed as of its latest publication date. A bad item\n"+
			"is reported with its name and reason and skipped; the exit status is then 1.\n"+
			"Interrupted at any moment, a rerun completes the batch.", stderr)
	o.dicts.register(fs)
	fs.StringVar(&o.db, "db", os.Getenv("PEACEWATCH_DB"), "store: a SQLite file or a postgres:// URL (default $PEACEWATCH_DB, else the user's data directory)")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
	fs.IntVar(&o.batch, "batch", ingest.DefaultBatch, "most articles stored per transaction")
	fs.IntVar(&o.writers, "writers", 1, "transactions committed in parallel (for PostgreSQL; SQLite has one writer)")
	fs.StringVar(&o.date, "date", "", "publication `DATE` for articles that give none (2020-03-03)")
	fs.StringVar(&o.in, "in", "", "input format: text, jsonl, html, feed, gdelt or acled (default: told per input)")
	fs.BoolVar(&o.fetch, "fetch", false, "fetch the linked page of feed items that carry no content")
	fs.DurationVar(&o.timeout, "timeout", fetch.DefaultTimeout, "time limit of each fetched URL")
	fs.Int64Var(&o.maxSize, "max-size", fetch.DefaultMaxSize, "largest fetched body, in bytes")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peacewatch ingest: no input given (use - for standard input)")
		return errUsage
	}
	format, err := source.ParseFormat(o.in)
	if err != nil {
		return fmt.Errorf("--in: %w", err)
	}
	var pubDate time.Time
	if o.date != "" {
		if pubDate, _, err = article.ParseDate(o.date); err != nil {
			return fmt.Errorf("--date: %w", err)
		}
	}
	c, err := o.dicts.newCoder()
	if err != nil {
		return err
	}
	dict, err := o.dicts.actors()
	if err != nil {
		return err
	}
	st, err := open.Open(ctx, o.db)
	if err != nil {
		return err
	}
	defer st.Close()

	prog := newProgress(stderr)
	defer prog.finish()
	rd := source.New(source.Options{
		Format: format,
		Fetch:  o.fetch,
		Client: fetch.New(fetch.Options{Timeout: o.timeout, MaxSize: o.maxSize}),
		ACLED:  acled.NewReader(dict),
		Stdin:  os.Stdin,
		// A store kept beside the articles is not one of them.
		Exclude: storeFiles(o.db),
		Done:    prog.fileDone,
	})
	prog.files, _ = rd.Files(fs.Args())
	p := ingest.New(st, c, ingest.Options{
		Workers:  o.workers,
		Batch:    o.batch,
		Writers:  o.writers,
		Date:     pubDate,
		Log:      prog.logger(),
		Bad:      func(err error) { prog.println("peacewatch: " + err.Error()) },
		Warn:     func(s string) { prog.println("peacewatch: warning: " + s) },
		Progress: prog.update,
	})
	sum, err := p.Run(ctx, func(ctx context.Context, emit func(source.Item) error) error {
		return rd.Read(ctx, fs.Args(), emit)
	})
	prog.finish()
	if err != nil {
		fmt.Fprintf(stderr, "peacewatch ingest: %s before stopping\n", sum)
		return err
	}
	if sum.Assessed > 0 {
		fmt.Fprintf(stderr, "peacewatch ingest: %d agreements re-assessed\n", sum.Assessed)
	}
	if sum.Bad > 0 {
		return fmt.Errorf("ingest: %s", sum)
	}
	fmt.Fprintf(stderr, "peacewatch ingest: %s\n", sum)
	return nil
}

// storeFiles returns the files of a SQLite store at dsn (none for PostgreSQL).
func storeFiles(dsn string) []string {
	if dsn == "" || open.IsPostgres(dsn) {
		return nil
	}
	return []string{dsn, dsn + "-wal", dsn + "-shm", dsn + "-journal"}
}
