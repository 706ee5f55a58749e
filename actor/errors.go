package actor

import "fmt"

// ParseError is a problem found in a dictionary file, located by file and line.
// A Warning does not stop the entry from loading (a phrase given conflicting codes,
// a malformed date in a Phoenix file whose code is then dropped); Load returns only
// errors, Check returns both.
type ParseError struct {
	File    string
	Line    int
	Msg     string
	Warning bool
}

// Error formats the problem as "file:line: message", with "warning: " before warnings.
func (e *ParseError) Error() string {
	if e.Warning {
		return fmt.Sprintf("%s:%d: warning: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// problems collects the errors and warnings of one file.
type problems struct {
	file     string
	errs     []error
	warnings []error
}

func (p *problems) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, &ParseError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *problems) warnf(line int, format string, args ...any) {
	p.warnings = append(p.warnings, &ParseError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...), Warning: true})
}
