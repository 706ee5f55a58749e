package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"peacewatch": func() {
			os.Exit(exitCode(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
		},
	})
}

// TestScript runs testdata/script/*.txtar. Besides the standard commands they have
// "genfile NAME KIND [SIZE]", which writes bytes a txtar cannot hold comfortably.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){"genfile": genfile},
	})
}

// genfile writes test inputs: "binary" (a PNG signature and NUL bytes), "invalid-utf8"
// (a sentence with two stray bytes), "long-line SIZE" (SIZE bytes of words without
// punctuation).
func genfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: genfile NAME binary|invalid-utf8|long-line SIZE")
	}
	var data []byte
	switch args[1] {
	case "binary":
		data = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	case "invalid-utf8":
		data = []byte("Date: 2022-03-01\n\nRussian forces attacked Ukrainian troops near Khark\xffiv on Monday\xfe.\n")
	case "long-line":
		if len(args) != 3 {
			ts.Fatalf("genfile long-line needs a SIZE")
		}
		n, err := strconv.Atoi(args[2])
		ts.Check(err)
		data = longLine(n)
	default:
		ts.Fatalf("genfile: unknown kind %q", args[1])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), data, 0o644))
}

// longLine is n bytes of news-like words with no sentence punctuation.
func longLine(n int) []byte {
	words := strings.Fields("the fighters said troops from the north moved toward the city while talks in the capital went on and aid convoys waited at the border")
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "%s ", words[i%len(words)])
	}
	return b.Bytes()[:n]
}
