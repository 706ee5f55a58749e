package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/acled"
	"github.com/peacewatch/peacewatch/ingest/dataset"
	"github.com/peacewatch/peacewatch/ingest/gdelt"
)

// Input formats of the import command.
const (
	importAuto  = "auto"
	importGDELT = "gdelt"
	importACLED = "acled"
)

// importOptions are the import command's flags.
type importOptions struct {
	dicts     dictFlags
	format    string
	maxErrors int
}

func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var o importOptions
	fs := newFlags("import", "[flags] FILE...|-",
		"Import reads GDELT event exports (2.0: 61 tab-separated columns; 1.0: 57 or 58)\n"+
			"and ACLED CSV exports (with their header row), plain, gzip or zip, and prints\n"+
			"their events as JSON Lines, with their provenance. A malformed row is reported\n"+
			"on stderr as FILE:LINE and skipped; the rest is read. A summary line closes the\n"+
			"run; the exit status is 1 if any row was skipped or any input failed.", stderr)
	o.dicts.register(fs)
	fs.StringVar(&o.format, "format", importAuto, "input format: gdelt, acled, or auto (told from each file's first line)")
	fs.IntVar(&o.maxErrors, "max-errors", 100, "row errors shown per input (0: all); all are counted")
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peacewatch import: no input given (use - for standard input)")
		return errUsage
	}
	switch o.format {
	case importAuto, importGDELT, importACLED:
	default:
		return fmt.Errorf("--format %q: want gdelt, acled or auto", o.format)
	}
	dict, err := o.dicts.actors()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	imp := &importer{
		format: o.format,
		acled:  acled.NewReader(dict),
		w:      newEventWriter(out, false),
		stderr: stderr,
		max:    o.maxErrors,
	}
	var failed int
	for _, p := range fs.Args() {
		if err := imp.input(ctx, p); err != nil {
			if ctx.Err() != nil || errors.Is(err, errOutput) {
				out.Flush()
				return err
			}
			failed++
			fmt.Fprintf(stderr, "peacewatch: %v\n", err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	summary := fmt.Sprintf("%d event(s) read, %d row(s) skipped", imp.stats.Read, imp.stats.Skipped)
	if failed > 0 {
		summary += fmt.Sprintf(", %d input(s) failed", failed)
	}
	if failed > 0 || imp.stats.Skipped > 0 {
		return errors.New(summary)
	}
	fmt.Fprintf(stderr, "peacewatch import: %s\n", summary)
	return nil
}

// actors returns the actor dictionary: the embedded one plus the actor files of --dict
// (verb files are not needed to import).
func (d *dictFlags) actors() (*actor.Dictionary, error) {
	if err := checkFormat(d.format); err != nil {
		return nil, err
	}
	actors, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("load actor dictionary: %w", err)
	}
	for _, p := range d.paths {
		if isVerbFile(p, d.format) {
			continue
		}
		if err := actors.LoadPath(p, d.format); err != nil {
			return nil, fmt.Errorf("dictionary %s: %w", p, err)
		}
	}
	return actors, nil
}

// errOutput marks a failure to write the events: importing cannot go on.
var errOutput = errors.New("write events")

// importer reads the inputs of one import run.
type importer struct {
	format string
	acled  *acled.Reader
	w      *eventWriter
	res    coder.Result // reused to hand one event at a time to the writer
	stderr io.Writer
	max    int
	stats  dataset.Stats
	shown  int // row errors printed for the current input
}

// input imports one file or standard input.
func (imp *importer) input(ctx context.Context, path string) error {
	var r io.Reader = os.Stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return fmt.Errorf("%s: a directory, not a file", path)
		}
		r, name = f, path
	}
	imp.shown = 0
	var unknown []error
	err := dataset.Members(r, name, func(m dataset.Member) error {
		format := imp.format
		if format == importAuto {
			var err error
			if format, err = detectFormat(m); err != nil {
				// Not an event file: skip it, an archive's other members may be.
				unknown = append(unknown, err)
				return nil
			}
		}
		var st dataset.Stats
		var err error
		opts := dataset.Options{OnError: imp.rowError}
		switch format {
		case importGDELT:
			st, err = gdelt.Read(ctx, m.R, m.Name, imp.emit, opts)
		default:
			st, err = imp.acled.Read(ctx, m.R, m.Name, imp.emit, opts)
		}
		imp.stats.Add(st)
		return err
	})
	if err != nil {
		return err
	}
	return errors.Join(unknown...)
}

func (imp *importer) emit(e event.Event) error {
	imp.res.Events = append(imp.res.Events[:0], e)
	if err := imp.w.write(article.Article{}, imp.res); err != nil {
		return fmt.Errorf("%w: %w", errOutput, err)
	}
	return nil
}

func (imp *importer) rowError(e *dataset.RowError) {
	imp.shown++
	switch {
	case imp.max <= 0 || imp.shown <= imp.max:
		fmt.Fprintf(imp.stderr, "peacewatch: %v\n", e)
	case imp.shown == imp.max+1:
		fmt.Fprintf(imp.stderr, "peacewatch: %s: more row errors not shown (--max-errors %d); they are counted\n", e.File, imp.max)
	}
}

// detectFormat tells GDELT from ACLED by the first line of a member (gdelt.Detect,
// acled.Detect).
func detectFormat(m dataset.Member) (string, error) {
	head, _ := m.R.Peek(64 << 10)
	line, _, _ := bytes.Cut(head, []byte("\n"))
	switch {
	case gdelt.Detect(line):
		return importGDELT, nil
	case acled.Detect(line):
		return importACLED, nil
	case len(head) == 0:
		return "", fmt.Errorf("%s: empty", m.Name)
	}
	return "", fmt.Errorf("%s: neither a GDELT event file (57, 58 or 61 tab-separated columns) nor an ACLED export (a CSV header with event_id_cnty): use --format", m.Name)
}
