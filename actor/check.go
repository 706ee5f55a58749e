package actor

import (
	"cmp"
	"errors"
	"slices"
)

// Check loads a dictionary file or directory in the given format into an empty
// dictionary and returns every problem found: errors and warnings, each a *ParseError
// naming file and line (a file that cannot be read gives a plain error). They are
// sorted by file and line; nil means the files are clean.
func Check(path, format string) []error {
	d := New()
	errs := flatten(d.LoadPath(path, format))
	errs = append(errs, d.Warnings()...)
	slices.SortStableFunc(errs, func(a, b error) int {
		var pa, pb *ParseError
		if !errors.As(a, &pa) || !errors.As(b, &pb) {
			return 0
		}
		return cmp.Or(cmp.Compare(pa.File, pb.File), cmp.Compare(pa.Line, pb.Line))
	})
	return errs
}

// flatten unpacks joined errors into a list.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}
