package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/peacewatch/peacewatch/ingest"
)

// progress shows how an ingest run goes: on a terminal, a bar redrawn in place on
// stderr with files done, articles stored, items/s and the estimated time left;
// otherwise a plain log line every few seconds. Messages about items are printed
// above the bar.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	tty      bool
	files    int // input files of the run, for the ETA
	done     int
	sum      ingest.Summary
	start    time.Time
	last     time.Time
	drawn    bool
	finished bool
	log      *slog.Logger
}

// newProgress returns the progress display of a run; set files before it starts.
func newProgress(w io.Writer) *progress {
	now := time.Now()
	p := &progress{w: w, tty: isTerminal(w), start: now, last: now}
	// On a terminal the bar shows progress and the log only warnings; elsewhere
	// progress goes to the log as well.
	level := slog.LevelInfo
	if p.tty {
		level = slog.LevelWarn
	}
	p.log = slog.New(slog.NewTextHandler(&lockedWriter{p: p}, &slog.HandlerOptions{Level: level}))
	return p
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// logger is the slog logger of the run, writing above the bar.
func (p *progress) logger() *slog.Logger { return p.log }

// lockedWriter writes log records through the progress display.
type lockedWriter struct{ p *progress }

func (lw *lockedWriter) Write(b []byte) (int, error) {
	lw.p.println(strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

func (p *progress) fileDone(string) {
	p.mu.Lock()
	p.done++
	p.tick(false)
	p.mu.Unlock()
}

func (p *progress) update(s ingest.Summary) {
	p.mu.Lock()
	p.sum = s
	p.tick(false)
	p.mu.Unlock()
}

// println prints a message, keeping the bar below it.
func (p *progress) println(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(p.w, s)
	p.tick(true)
}

// tick redraws the bar (at most 10 times a second) or, off a terminal, logs the
// counts every 5 seconds. Called with mu held (released while logging, since the
// log writes through println).
func (p *progress) tick(force bool) {
	if p.finished {
		return
	}
	now := time.Now()
	every := 100 * time.Millisecond
	if !p.tty {
		every = 5 * time.Second
		force = false
	}
	if !force && now.Sub(p.last) < every {
		return
	}
	p.last = now
	elapsed := now.Sub(p.start).Seconds()
	items := p.sum.Stored + p.sum.Already + p.sum.Bad
	rate := 0.0
	if elapsed > 0 {
		rate = float64(items) / elapsed
	}
	eta := "?"
	if p.done > 0 && p.files > p.done {
		eta = (time.Duration(elapsed/float64(p.done)*float64(p.files-p.done)) * time.Second).Round(time.Second).String()
	} else if p.files > 0 && p.done >= p.files {
		eta = "0s"
	}
	if !p.tty {
		if p.sum == (ingest.Summary{}) && p.done == 0 {
			return
		}
		p.mu.Unlock()
		defer p.mu.Lock()
		p.log.Info("ingest progress", "files", p.done, "of", p.files, "stored", p.sum.Stored, "already", p.sum.Already,
			"events", p.sum.Events, "bad", p.sum.Bad, "items_per_s", int(rate))
		return
	}
	const width = 30
	fill := 0
	if p.files > 0 {
		fill = min(width, width*p.done/p.files)
	}
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", width-fill)
	fmt.Fprintf(p.w, "\r\x1b[K[%s] %d/%d files  %d stored  %d events  %.0f items/s  ETA %s",
		bar, p.done, p.files, p.sum.Stored, p.sum.Events, rate, eta)
	p.drawn = true
}

// clear erases the bar so a message can take its line. Called with mu held.
func (p *progress) clear() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

// finish erases the bar for good.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.finished = true
}
