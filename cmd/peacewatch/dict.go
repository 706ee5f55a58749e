package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/peacewatch/peacewatch/actor"
	"github.com/peacewatch/peacewatch/coder"
	"github.com/peacewatch/peacewatch/verb"
)

// The dictionary formats of --dict-format.
const (
	formatPeacewatch = "peacewatch"
	formatPhoenix    = "phoenix"
)

// listFlag is a flag that may be repeated.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// dictFlags are the dictionary flags shared by the commands that code.
type dictFlags struct {
	paths  listFlag
	format string
}

func (d *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&d.paths, "dict", "add the actor and verb `FILE|DIR` to the embedded dictionaries (repeatable)")
	fs.StringVar(&d.format, "dict-format", envOr("PEACEWATCH_DICT_FORMAT", formatPeacewatch), "format of the --dict files: peacewatch or phoenix")
}

// envOr returns the environment variable key, or def when it is unset or empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// checkFormat validates a --dict-format value.
func checkFormat(f string) error {
	if f != formatPeacewatch && f != formatPhoenix {
		return fmt.Errorf("dictionary format %q: want %s or %s", f, formatPeacewatch, formatPhoenix)
	}
	return nil
}

// isVerbFile tells whether a dictionary file holds verb patterns rather than actors:
// *.verbs in our format, CAMEO.verbpatterns.*.txt in Phoenix's.
func isVerbFile(path, format string) bool {
	base := filepath.Base(path)
	if format == formatPhoenix {
		return strings.HasPrefix(base, "CAMEO.verbpatterns.")
	}
	return filepath.Ext(base) == ".verbs"
}

// newCoder builds a coder from the embedded dictionaries extended by --dict paths. A
// directory adds both its actor and its verb files; a file adds to the dictionary its
// name says it belongs to.
func (d *dictFlags) newCoder() (*coder.Coder, error) {
	if len(d.paths) == 0 {
		return coder.New(coder.Config{})
	}
	if err := checkFormat(d.format); err != nil {
		return nil, err
	}
	actors, err := actor.Default()
	if err != nil {
		return nil, fmt.Errorf("load actor dictionary: %w", err)
	}
	verbs, err := verb.Default()
	if err != nil {
		return nil, fmt.Errorf("load verb dictionary: %w", err)
	}
	for _, p := range d.paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("dictionary: %w", err)
		}
		switch {
		case st.IsDir():
			err = errors.Join(actors.LoadPath(p, d.format), verbs.LoadPath(p, d.format))
		case isVerbFile(p, d.format):
			err = verbs.LoadPath(p, d.format)
		default:
			err = actors.LoadPath(p, d.format)
		}
		if err != nil {
			return nil, fmt.Errorf("dictionary %s: %w", p, err)
		}
	}
	return coder.New(coder.Config{Actors: actors, Verbs: verbs})
}

// runDict runs "peacewatch dict check".
func runDict(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("dict", "check [--dict-format peacewatch|phoenix] PATH...",
		"Check validates dictionary files (actor and verb files, or directories of them),\nprinting each error with its file and line. It exits with status 1 when any is found.", stderr)
	format := fs.String("dict-format", envOr("PEACEWATCH_DICT_FORMAT", formatPeacewatch), "format of the files: peacewatch or phoenix")
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return parseFlags(fs, args, stdout)
		}
		fmt.Fprintln(stderr, "peacewatch dict: want a subcommand: check")
		fs.Usage()
		return errUsage
	}
	if err := parseFlags(fs, args[1:], stdout); err != nil {
		return err
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peacewatch dict check: no PATH given")
		return errUsage
	}
	var n int
	for _, p := range fs.Args() {
		var lines []string
		for _, err := range checkDict(p, *format) {
			lines = append(lines, strings.Split(err.Error(), "\n")...)
		}
		for _, l := range lines {
			fmt.Fprintln(stdout, l)
		}
		if len(lines) == 0 {
			fmt.Fprintf(stdout, "%s: ok\n", p)
		}
		n += len(lines)
	}
	if n > 0 {
		return fmt.Errorf("dict check: %d error(s)", n)
	}
	return nil
}

// checkDict validates one path: both dictionaries for a directory, else the one the
// file's name belongs to.
func checkDict(path, format string) []error {
	st, err := os.Stat(path)
	if err != nil {
		return []error{fmt.Errorf("dictionary: %w", err)}
	}
	switch {
	case st.IsDir():
		return append(actor.Check(path, format), verb.Check(path, format)...)
	case isVerbFile(path, format):
		return verb.Check(path, format)
	default:
		return actor.Check(path, format)
	}
}
