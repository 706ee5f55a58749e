package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/peacewatch/peacewatch/coder"
)

// version is the module version when built from a tagged module, else "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", "", "Version prints peacewatch's version, the coder's rules version and the Go version.", stderr)
	if err := parseFlags(fs, args, stdout); err != nil {
		return err
	}
	_, err := fmt.Fprintf(stdout, "peacewatch %s (%s, %s)\n", version(), coder.Version, runtime.Version())
	return err
}

func runHelp(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		usage(stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run(ctx, []string{"-h"}, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "peacewatch help: unknown command %q\n", args[0])
	return errUsage
}
