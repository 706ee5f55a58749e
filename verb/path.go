package verb

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Dictionary file formats accepted by LoadPath and Check.
const (
	FormatPeacewatch = "peacewatch" // *.verbs files, docs/verbs.md
	FormatPhoenix    = "phoenix"    // Phoenix/PETRARCH CAMEO.verbpatterns.*.txt
)

// LoadPath loads a verb file, or every file of the format under a directory (recursive,
// in lexical order): *.verbs for "peacewatch" (also ""), CAMEO.verbpatterns.*.txt for
// "phoenix". Patterns of later files replace earlier ones with the same key. Every
// file's errors are returned joined; a file with errors adds nothing.
func (d *Dictionary) LoadPath(path, format string) error {
	return errors.Join(d.loadPath(path, format)...)
}

// Check loads path as LoadPath does into an empty dictionary and returns every error,
// each naming its file and line: the report of `peacewatch dict check`.
func Check(path, format string) []error {
	return New().loadPath(path, format)
}

func (d *Dictionary) loadPath(path, format string) []error {
	match, err := matcher(format)
	if err != nil {
		return []error{err}
	}
	files, err := listFiles(path, match)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, f := range files {
		if err := d.loadFile(f.path, f.name, format); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func matcher(format string) (func(string) bool, error) {
	switch format {
	case FormatPeacewatch, "":
		return func(name string) bool { return filepath.Ext(name) == ".verbs" }, nil
	case FormatPhoenix:
		return func(name string) bool {
			return strings.HasPrefix(name, "CAMEO.verbpatterns.") && strings.HasSuffix(name, ".txt")
		}, nil
	}
	return nil, fmt.Errorf("verb format %q: want %q or %q", format, FormatPeacewatch, FormatPhoenix)
}

// file is a dictionary file to load and the name its rules are labelled with.
type file struct{ path, name string }

// listFiles returns path itself when it is a file, or the matching files under it.
func listFiles(path string, match func(string) bool) ([]file, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("verb dictionary %s: %w", path, err)
	}
	if !info.IsDir() {
		return []file{{path, filepath.Base(path)}}, nil
	}
	var files []file
	err = filepath.WalkDir(path, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !match(e.Name()) {
			return err
		}
		rel, err := filepath.Rel(path, p)
		if err != nil {
			return err
		}
		files = append(files, file{p, filepath.ToSlash(rel)})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("verb dictionary %s: %w", path, err)
	}
	slices.SortFunc(files, func(a, b file) int { return strings.Compare(a.name, b.name) })
	return files, nil
}

func (d *Dictionary) loadFile(path, name, format string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("verb dictionary: %w", err)
	}
	defer f.Close()
	if format == FormatPhoenix {
		_, err = d.LoadPhoenix(f, name)
		return err
	}
	return d.Load(f, name)
}
