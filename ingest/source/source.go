// Package source reads ingest's inputs into items: files, directories (recursively,
// hidden entries skipped), http and https URLs, and standard input. Each file's
// format is told by its extension and its content: plain text (with an optional
// header) and Markdown, JSON Lines, HTML pages, RSS and Atom feeds, and GDELT and
// ACLED event files (plain, gzip or zip). Every article, and every group of events
// read from a data set, is one Item; an input or record that cannot be read is an
// Item with Err set, so that the caller reports it and goes on.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/ingest/acled"
	"github.com/peacewatch/peacewatch/ingest/fetch"
)

// Item is one thing read from the inputs: an article to code and store, or the
// events of one article read from an event data set, or a bad item.
type Item struct {
	// Article is the article read. For data-set events it is their container: an id
	// (see Dataset), the URL when the data set gives one, no text.
	Article article.Article
	// Events are the events read from a data set for Article; nil for articles read
	// from text, which the pipeline codes.
	Events []event.Event
	// Dataset is set on items of data-set events. One article's events may come in
	// several items (their rows need not be adjacent): the store must merge them.
	Dataset bool
	// Warnings are repairs made while reading (invalid UTF-8 replaced, a date left
	// out), already naming the input.
	Warnings []string
	// Err is set on a bad item: it names the input (and line) and gives the reason.
	Err error
	// Parse, when set, makes the article from what was read (an HTML page, whose
	// extraction costs more than reading it): the caller runs it, on a worker of its
	// own, before using Article, which holds only Name and URL until then. Its error
	// names the input and gives the reason, as Err does.
	Parse func() (article.Article, error)
}

// Format names an input format for Options.Format.
type Format string

// The input formats. FormatAuto tells each input's format from its name and content.
const (
	FormatAuto  Format = ""
	FormatText  Format = "text"
	FormatJSONL Format = "jsonl"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
	FormatGDELT Format = "gdelt"
	FormatACLED Format = "acled"
)

// ParseFormat reads a --in value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case FormatAuto, FormatText, FormatJSONL, FormatHTML, FormatFeed, FormatGDELT, FormatACLED:
		return f, nil
	case "txt", "md":
		return FormatText, nil
	case "ndjson":
		return FormatJSONL, nil
	case "htm":
		return FormatHTML, nil
	case "rss", "atom":
		return FormatFeed, nil
	}
	return "", fmt.Errorf("input format %q: want text, jsonl, html, feed, gdelt or acled", s)
}

// Options configure a Reader.
type Options struct {
	// Format forces every input's format; FormatAuto (the default) tells it per input.
	Format Format
	// Fetch fetches the linked page of a feed item that carries no content; without
	// it such an item is reported and skipped.
	Fetch bool
	// Client fetches URLs; nil means fetch.New(fetch.Options{}).
	Client *fetch.Client
	// ACLED reads ACLED exports; nil means ACLED inputs are bad items.
	ACLED *acled.Reader
	// MaxSize is the largest article file or JSONL line, in bytes; 0 means
	// article.DefaultMaxSize.
	MaxSize int64
	// MaxPageSize is the largest HTML page or feed file read whole, in bytes; 0
	// means fetch.DefaultMaxSize.
	MaxPageSize int64
	// GroupEvents bounds the data-set events held while grouping them by article;
	// 0 means 10,000. Groups still open when it is reached are emitted as they are.
	GroupEvents int
	// Stdin is read for the input "-"; nil means no standard input.
	Stdin io.Reader
	// Exclude lists files never read as input (the store's own files), by path.
	Exclude []string
	// Done, when set, is called after each input file (or URL) has been read, for
	// progress.
	Done func(name string)
}

// Reader reads inputs into items.
type Reader struct {
	opt Options
}

// New returns a Reader with opt.
func New(opt Options) *Reader {
	if opt.Client == nil {
		opt.Client = fetch.New(fetch.Options{})
	}
	if opt.MaxSize <= 0 {
		opt.MaxSize = article.DefaultMaxSize
	}
	if opt.MaxPageSize <= 0 {
		opt.MaxPageSize = fetch.DefaultMaxSize
	}
	if opt.GroupEvents <= 0 {
		opt.GroupEvents = 10_000
	}
	return &Reader{opt: opt}
}

// Files returns the files the inputs name, in the order Read reads them (a
// directory's files in lexical order, hidden entries skipped), and their total size,
// for progress. URLs and "-" count as one file of unknown size. Inputs that cannot be
// listed are left out: Read reports them.
func (r *Reader) Files(inputs []string) (n int, size int64) {
	for _, in := range inputs {
		if in == "-" || fetch.IsURL(in) {
			n++
			continue
		}
		filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if p != in && hidden(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !r.excluded(p) {
				n++
				if fi, err := d.Info(); err == nil {
					size += fi.Size()
				}
			}
			return nil
		})
	}
	return n, size
}

// Read reads every input in order and calls emit with each item. It returns the
// first error of emit, or ctx's error when ctx is done; an input that cannot be read
// is a bad item, not an error.
func (r *Reader) Read(ctx context.Context, inputs []string, emit func(Item) error) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			if r.opt.Stdin == nil {
				err = emit(Item{Err: errors.New("standard input: not available")})
			} else {
				err = r.stream(ctx, r.opt.Stdin, "standard input", "", emit)
			}
			r.done("standard input")
		case fetch.IsURL(in):
			err = r.url(ctx, in, emit)
			r.done(in)
		default:
			err = r.path(ctx, in, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) done(name string) {
	if r.opt.Done != nil {
		r.opt.Done(name)
	}
}

// path reads a file, or a directory's files recursively.
func (r *Reader) path(ctx context.Context, root string, emit func(Item) error) error {
	st, err := os.Stat(root)
	if err != nil {
		return emit(Item{Err: err})
	}
	if !st.IsDir() {
		err := r.file(ctx, root, emit)
		r.done(root)
		return err
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(Item{Err: err})
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if p != root && hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || r.excluded(p) {
			return nil
		}
		err = r.file(ctx, p, emit)
		r.done(p)
		return err
	})
}

// excluded reports whether p is one of Options.Exclude.
func (r *Reader) excluded(p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	for _, x := range r.opt.Exclude {
		if xa, err := filepath.Abs(x); err == nil && xa == abs {
			return true
		}
	}
	return false
}

// hidden reports whether a directory entry is hidden (a dot file, an editor's
// backup).
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")
}

// file reads one file in its format.
func (r *Reader) file(ctx context.Context, p string, emit func(Item) error) error {
	f, err := os.Open(p)
	if err != nil {
		return emit(Item{Err: err})
	}
	defer f.Close()
	return r.stream(ctx, f, p, "", emit)
}
