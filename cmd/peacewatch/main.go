// Command peacewatch codes news about wars and peace deals into events (who did what
// to whom, when) in CAMEO and PLOVER, and scores the coder against a dev set.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	if len(os.Args) > 1 && batchCommands[os.Args[1]] {
		batchGC()
	}
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// errUsage marks a command line that could not be understood; the message has been
// printed already.
var errUsage = errors.New("usage")

// exitCode prints err and maps it to the process's exit status: 0 on success or help,
// 2 for a bad command line, 1 for anything else.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(stderr, "peacewatch: %v\n", err)
	return 1
}

// command is one subcommand: its name, a one-line summary and what runs it.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands returns the subcommands in the order help lists them.
func commands() []command {
	return []command{
		{"code", "code articles into events (JSONL or a table)", runCode},
		{"ingest", "store articles, feeds and event files, coded and assessed", runIngest},
		{"report", "agreements, provisions and their status as of a date (status board or JSON)", runReport},
		{"agreement", "work with hand-written agreements: agreement check FILE...", runAgreement},
		{"import", "read GDELT and ACLED event files into events (JSONL)", runImport},
		{"status", "print the status board of the stored agreements", runStatus},
		{"events", "list stored events with filters (table, JSONL or CSV)", runEvents},
		{"search", "search the stored articles' text", runSearch},
		{"export", "stream stored events as JSONL, CSV or GDELT's TSV", runExport},
		{"eval", "score the coder against a dev set", runEval},
		{"dict", "work with dictionaries: dict check PATH...", runDict},
		{"bench", "measure coding speed on a synthetic corpus", runBench},
		{"demo", "code, store and assess the embedded sample articles; print the board", runDemo},
		{"version", "print the version", runVersion},
		{"help", "show help for peacewatch or a subcommand", runHelp},
	}
}

// run runs peacewatch with args (without the program name), writing to stdout and
// stderr; it returns flag.ErrHelp after -h, errUsage after a bad command line.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stderr)
		return errUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "peacewatch: unknown command %q\n", args[0])
	usage(stderr)
	return errUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, "peacewatch codes news about wars and peace deals into events.\n\nUsage:\n  peacewatch <command> [flags] [args]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'peacewatch <command> -h' for a command's flags.\n")
}

// newFlags returns a FlagSet for a subcommand whose usage shows its synopsis, what it
// does and its flags; see parseFlags.
func newFlags(name, synopsis, about string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: peacewatch %s %s\n\n%s\n", name, synopsis, about)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args, printing help to stdout for -h and usage to stderr on error.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return flag.ErrHelp
	case err != nil:
		fmt.Fprintf(out, "peacewatch %s: %v\n", fs.Name(), err)
		fs.Usage()
		return errUsage
	}
	return nil
}
