package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/peacewatch/peacewatch/ingest"
)

func TestProgressTerminal(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p.tty, p.files = true, 4
	p.start = time.Now().Add(-2 * time.Second)
	p.fileDone("a")
	p.update(ingest.Summary{Stored: 10, Events: 40})
	p.println("peacewatch: a.txt: empty")
	p.finish()
	out := b.String()
	for _, want := range []string{"peacewatch: a.txt: empty\n", "\r\x1b[K[=======", "1/4 files", "10 stored", "items/s", "ETA "} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output lacks %q:\n%q", want, out)
		}
	}
	if !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("the bar is not erased at the end: %q", out)
	}
}

func TestProgressLog(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b)
	p.files = 2
	p.last = time.Now().Add(-time.Minute)
	p.update(ingest.Summary{Stored: 3})
	p.println("peacewatch: b.txt: empty")
	p.finish()
	out := b.String()
	if strings.Contains(out, "\x1b") || strings.Contains(out, "\r") {
		t.Errorf("escape codes off a terminal: %q", out)
	}
	if !strings.Contains(out, "msg=\"ingest progress\" files=0 of=2 stored=3") || !strings.Contains(out, "peacewatch: b.txt: empty\n") {
		t.Errorf("log output = %q", out)
	}
}
