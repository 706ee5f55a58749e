package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/coder"
)

// articleInputs are the flags of the commands that code articles read from files or
// standard input ('code' and 'report'): the dictionaries, --date, --in and --workers.
type articleInputs struct {
	dicts   dictFlags
	date    string
	in      string
	workers int
	// pub is --date parsed by prepare; zero when not given.
	pub time.Time
}

func (ai *articleInputs) register(fs *flag.FlagSet) {
	ai.dicts.register(fs)
	fs.StringVar(&ai.date, "date", "", "publication `DATE` for articles that give none (2020-03-03)")
	fs.StringVar(&ai.in, "in", "", "input format: text or jsonl (default: by extension; text for stdin)")
	fs.IntVar(&ai.workers, "workers", runtime.GOMAXPROCS(0), "articles coded in parallel")
}

// prepare checks the flags' values and loads the dictionaries: it returns the inputs
// named by paths and the function that codes an article, giving an undated one the
// --date.
func (ai *articleInputs) prepare(paths []string) ([]input, func(article.Article) coder.Result, error) {
	var format article.Format
	if ai.in != "" {
		f, err := article.ParseFormat(ai.in)
		if err != nil {
			return nil, nil, fmt.Errorf("--in: %w", err)
		}
		format = f
	}
	if ai.date != "" {
		t, _, err := article.ParseDate(ai.date)
		if err != nil {
			return nil, nil, fmt.Errorf("--date: %w", err)
		}
		ai.pub = t
	}
	c, err := ai.dicts.newCoder()
	if err != nil {
		return nil, nil, err
	}
	inputs := make([]input, len(paths))
	for i, p := range paths {
		inputs[i] = input{path: p, format: format}
	}
	code := func(a article.Article) coder.Result {
		if a.Date.IsZero() {
			a.Date = ai.pub
		}
		return c.Code(a)
	}
	return inputs, code, nil
}
