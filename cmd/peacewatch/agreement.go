package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/agreement"
)

// runAgreement runs "peacewatch agreement check".
func runAgreement(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("agreement", "check FILE...",
		"Check validates hand-written agreement files (YAML, the fields of DESIGN.md; see\n"+
			"docs/agreements.md), printing each error as file:line:column: message. It exits\n"+
			"with status 1 when any is found.", stderr)
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			return parseFlags(fs, args, stdout)
		}
		fmt.Fprintln(stderr, "peacewatch agreement: want a subcommand: check")
		fs.Usage()
		return errUsage
	}
	if err := parseFlags(fs, args[1:], stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "peacewatch agreement check: no FILE given")
		return errUsage
	}
	n := 0
	for _, p := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		ags, err := loadAgreementFile(p)
		var fe agreement.FileErrors
		switch {
		case errors.As(err, &fe):
			for _, e := range fe {
				fmt.Fprintln(stdout, e)
			}
			n += len(fe)
		case err != nil:
			fmt.Fprintln(stdout, err)
			n++
		default:
			provs := 0
			for _, a := range ags {
				provs += len(a.Provisions)
			}
			fmt.Fprintf(stdout, "%s: ok (%d agreement(s), %d provision(s))\n", p, len(ags), provs)
		}
	}
	if n > 0 {
		return fmt.Errorf("agreement check: %d error(s)", n)
	}
	return nil
}
