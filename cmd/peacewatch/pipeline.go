package main

import (
	"context"
	"errors"
	"io"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
)

// input is one argument of the code command: a file or standard input ("-").
type input struct {
	path   string
	format article.Format // "" means by extension
}

// item is one entry of the ordered output: an article and its coding, or the error
// that kept an input or record from being read. Warnings read along with it come
// first.
type item struct {
	art   article.Article
	warns []article.Warning
	err   error
	fatal bool // err ended its input
	res   coder.Result
	done  chan struct{} // closed once res is set
}

// codeFunc codes an article; *coder.Coder's Code in production.
type codeFunc func(article.Article) coder.Result

// codeInputs reads the inputs in order, codes their articles on workers goroutines and
// calls emit for every item in input order. At most window items are in flight, so
// memory does not grow with the input. It stops at the first error of emit or when ctx
// is done, returning that error.
func codeInputs(ctx context.Context, code codeFunc, inputs []input, workers int, stdin io.Reader, emit func(*item) error) error {
	workers = max(workers, 1)
	window := 4 * workers
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	ordered := make(chan *item, window)
	jobs := make(chan *item, workers)
	go func() {
		defer close(ordered)
		defer close(jobs)
		for _, in := range inputs {
			if !readInput(ctx, in, stdin, ordered, jobs) {
				return
			}
		}
	}()
	done := make(chan struct{})
	for range workers {
		go func() {
			for it := range jobs {
				it.res = code(it.art)
				close(it.done)
			}
			done <- struct{}{}
		}()
	}

	var err error
	for it := range ordered {
		<-it.done
		if err == nil {
			if err = emit(it); err != nil {
				cancel()
			}
		}
	}
	for range workers {
		<-done
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// readInput sends the items of one input to ordered, and those to code to jobs too. It
// returns false when ctx is done.
func readInput(ctx context.Context, in input, stdin io.Reader, ordered, jobs chan<- *item) bool {
	send := func(it *item) bool {
		select {
		case ordered <- it:
		case <-ctx.Done():
			return false
		}
		if it.err != nil {
			close(it.done)
			return true
		}
		select {
		case jobs <- it:
			return true
		case <-ctx.Done():
			close(it.done)
			return false
		}
	}
	var r *article.Reader
	if in.path == "-" {
		f := in.format
		if f == "" {
			f = article.FormatText
		}
		r = article.NewReader(stdin, "stdin", f)
	} else {
		var err error
		if r, err = article.Open(in.path, in.format); err != nil {
			return send(&item{err: err, fatal: true, done: make(chan struct{})})
		}
	}
	defer r.Close()
	var warns []article.Warning
	r.Warn = func(w article.Warning) { warns = append(warns, w) }
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			return true
		}
		var rec *article.RecordError
		it := &item{art: a, warns: warns, err: err, fatal: err != nil && !errors.As(err, &rec), done: make(chan struct{})}
		warns = nil
		if !send(it) {
			return false
		}
		if it.fatal {
			return true
		}
	}
}
