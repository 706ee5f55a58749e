package actor

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Formats accepted by LoadPath and Check.
const (
	FormatPeacewatch = "peacewatch" // our format, files named *.actors
	FormatPhoenix    = "phoenix"    // TABARI / PETRARCH / Phoenix: *.actors.txt and *agents.txt
)

//go:embed data
var embedded embed.FS

// Dictionary holds actor and agent entries of every kind, indexed for Match.
// Loading is not safe for concurrent use; once loaded, the reading methods (Match,
// Lookup, Entries, Len) may be called from many goroutines.
type Dictionary struct {
	entries  []*Entry
	root     node
	warnings []error
	seq      int
	given    map[string]bool // first words of people's names, lower-cased (see Match)
}

// New returns an empty dictionary.
func New() *Dictionary {
	return &Dictionary{}
}

// Default returns a dictionary holding every embedded data/*.actors file. The error
// joins every problem found, each a *ParseError with its file and line; the dictionary
// still holds every entry that parsed.
func Default() (*Dictionary, error) {
	d := New()
	var errs []error
	err := fs.WalkDir(embedded, "data", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || path.Ext(p) != ".actors" {
			return err
		}
		b, err := embedded.ReadFile(p)
		if err != nil {
			return fmt.Errorf("read embedded dictionary %s: %w", p, err)
		}
		errs = append(errs, d.Load(strings.NewReader(string(b)), p))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return d, errors.Join(errs...)
}

// Load reads a dictionary in our format from r; name locates its errors. Every entry
// that parses is added, so the dictionary is usable even when Load returns an error;
// the error joins one *ParseError per problem.
func (d *Dictionary) Load(r io.Reader, name string) error {
	return d.load(r, name, parseActors)
}

// LoadPath loads a file, or every dictionary file under a directory (recursively), in
// the given format: FormatPeacewatch ("" also) reads *.actors files; FormatPhoenix reads
// *.actors.txt files as actors and *agents.txt files as agents (a single file named on
// the command line is read as agents when its name contains "agents"). Other files in
// a directory are skipped.
func (d *Dictionary) LoadPath(p, format string) error {
	loaders, err := loadersFor(format)
	if err != nil {
		return err
	}
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("load dictionary %s: %w", p, err)
	}
	if !st.IsDir() {
		return d.loadFile(p, loaders.forFile(p, true))
	}
	var errs []error
	err = filepath.WalkDir(p, func(f string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() {
			return nil
		}
		if parse := loaders.forFile(f, false); parse != nil {
			errs = append(errs, d.loadFile(f, parse))
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("load dictionary %s: %w", p, err))
	}
	return errors.Join(errs...)
}

// Warnings returns the warnings met while loading: phrases given conflicting codes by
// two entries of one kind, and Phoenix codes dropped for a malformed date.
func (d *Dictionary) Warnings() []error {
	return d.warnings
}

// Entries returns the entries in load order. The slice is the caller's; the entries
// are shared and must not be modified.
func (d *Dictionary) Entries() []*Entry {
	return append([]*Entry(nil), d.entries...)
}

// Len returns the number of entries.
func (d *Dictionary) Len() int {
	return len(d.entries)
}

// Lookup returns the entries a phrase names, whatever its case, most specific first
// (the order Match chooses from), or nil.
func (d *Dictionary) Lookup(phrase string) []*Entry {
	words := splitPhrase(phrase)
	if len(words) == 0 {
		return nil
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = lowerWord(w)
	}
	n := d.root.find(lower)
	if n == nil {
		return nil
	}
	out := make([]*Entry, 0, len(n.terms))
	for _, t := range n.terms {
		if !containsEntry(out, t.entry) {
			out = append(out, t.entry)
		}
	}
	return out
}

func containsEntry(es []*Entry, e *Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// parsed is an entry read from a file with its phrases as written.
type parsed struct {
	entry         *Entry
	phrases       [][]string
	caseSensitive bool
}

// parseFunc reads one file's entries and reports its problems.
type parseFunc func(r io.Reader, p *problems) []parsed

func (d *Dictionary) load(r io.Reader, name string, parse parseFunc) error {
	p := &problems{file: name}
	for _, e := range parse(r, p) {
		d.add(e, p)
	}
	d.warnings = append(d.warnings, p.warnings...)
	return errors.Join(p.errs...)
}

func (d *Dictionary) loadFile(name string, parse parseFunc) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("load dictionary %s: %w", name, err)
	}
	defer f.Close()
	return d.load(f, name, parse)
}

// add indexes a parsed entry under all its phrases, filling Entry.Phrases.
func (d *Dictionary) add(pe parsed, p *problems) {
	e := pe.entry
	d.seq++
	seen := map[string]bool{}
	for _, words := range pe.phrases {
		if len(words) == 0 {
			continue
		}
		key := keyOf(words)
		if !seen[key] {
			seen[key] = true
			e.Phrases = append(e.Phrases, key)
		}
		exact, upper := caseRule(words, pe.caseSensitive)
		for _, other := range d.root.insert(e, words, exact, upper, d.seq) {
			p.warnf(lineOf(e.Source), "%s %q: phrase %q also names %q with other codes (%s)", e.Kind, e.Name, key, other.Name, other.Source)
		}
	}
	if len(e.Phrases) > 0 {
		d.entries = append(d.entries, e)
	}
	if first, _, ok := strings.Cut(e.Name, " "); ok && e.Kind == Person {
		if d.given == nil {
			d.given = map[string]bool{}
		}
		d.given[strings.ToLower(first)] = true
	}
}

// lineOf extracts the line number from a "file:line" source.
func lineOf(source string) int {
	n := 0
	if i := strings.LastIndexByte(source, ':'); i >= 0 {
		for _, c := range source[i+1:] {
			if c < '0' || c > '9' {
				return 0
			}
			n = n*10 + int(c-'0')
		}
	}
	return n
}

// loaders chooses the parser for each file of a format.
type loaders struct {
	format string
}

func loadersFor(format string) (loaders, error) {
	switch format {
	case "", FormatPeacewatch:
		return loaders{FormatPeacewatch}, nil
	case FormatPhoenix:
		return loaders{FormatPhoenix}, nil
	}
	return loaders{}, fmt.Errorf("dictionary format %q: want %s or %s", format, FormatPeacewatch, FormatPhoenix)
}

// forFile returns the parser for a file, or nil when a directory walk should skip it.
// named is true for a file given by the user, which is read whatever its name.
func (l loaders) forFile(name string, named bool) parseFunc {
	base := strings.ToLower(filepath.Base(name))
	if l.format == FormatPeacewatch {
		if named || strings.HasSuffix(base, ".actors") {
			return parseActors
		}
		return nil
	}
	switch {
	case strings.HasSuffix(base, "agents.txt") || named && strings.Contains(base, "agents"):
		return parsePhoenixAgents
	case strings.HasSuffix(base, ".actors.txt") || named:
		return parsePhoenixActors
	}
	return nil
}
