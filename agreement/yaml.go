package agreement

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxYAMLSize is the largest agreements file Load reads.
const MaxYAMLSize = 8 << 20

// FileError is one problem of an agreements file, at a line and column (1-based; 0
// when unknown).
type FileError struct {
	File   string
	Line   int
	Column int
	Msg    string
}

func (e *FileError) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Column == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// FileErrors are all the problems of one agreements file, in file order.
type FileErrors []*FileError

func (es FileErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Load reads hand-written agreements from YAML: one agreement (a mapping with
// DESIGN.md's fields), a list of them, or a mapping whose only key is "agreements";
// several documents may follow one another. Decoding is strict: an unknown or
// repeated key, a value of the wrong kind, an action or status outside DESIGN.md's
// vocabulary, a date that is not YYYY-MM-DD, a provision without obligor, a provision
// id used twice in the file, or a depends_on or deadline anchor naming no provision is
// an error. Evidence is either a plain string (its text) or a mapping with article_id,
// start, end and text. Missing ids are made up from the agreement's name and date and
// the provision's place. The loaded agreements are Manual. A file without any YAML
// value is an error; "agreements: []" loads no agreement.
//
// Every problem is reported, as FileErrors naming name:line:column; no agreement is
// returned then.
func Load(r io.Reader, name string) ([]Agreement, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxYAMLSize+1))
	if err != nil {
		return nil, fmt.Errorf("read agreements %s: %w", name, err)
	}
	if len(data) > MaxYAMLSize {
		return nil, FileErrors{{File: name, Msg: fmt.Sprintf("larger than %d bytes", MaxYAMLSize)}}
	}
	d := &yamlDecoder{file: name}
	var ags []Agreement
	dec := yaml.NewDecoder(bytes.NewReader(data))
	roots := 0
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			d.errs = append(d.errs, syntaxError(name, err))
			return nil, d.errs
		}
		if len(doc.Content) == 0 {
			continue
		}
		roots++
		ags = append(ags, d.top(doc.Content[0])...)
	}
	if roots == 0 {
		d.errs = append(d.errs, &FileError{File: name, Msg: "no agreement in the file (an empty list is written agreements: [])"})
	}
	d.check()
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	return ags, nil
}

// yamlLine finds the line number in a yaml.v3 syntax error message.
var yamlLine = regexp.MustCompile(`line (\d+)`)

func syntaxError(file string, err error) *FileError {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	e := &FileError{File: file, Msg: msg}
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		e.Line, _ = strconv.Atoi(msg[m[2]:m[3]])
		rest := strings.TrimLeft(msg[m[1]:], ": ")
		if rest != "" {
			e.Msg = rest
		}
	}
	return e
}

// top decodes a document's root: one agreement, a list, or {agreements: [...]}.
func (d *yamlDecoder) top(n *yaml.Node) []Agreement {
	switch n.Kind {
	case yaml.SequenceNode:
		return d.agreements(n)
	case yaml.MappingNode:
		if len(n.Content) >= 2 && n.Content[0].Value == "agreements" {
			if len(n.Content) > 2 {
				d.errorf(n.Content[2], "unknown key %q next to \"agreements\"", n.Content[2].Value)
			}
			return d.agreements(n.Content[1])
		}
		a, ok := d.agreement(n)
		if !ok {
			return nil
		}
		return []Agreement{a}
	}
	d.errorf(n, "want an agreement or a list of agreements, got %s", yamlKind(n))
	return nil
}

func (d *yamlDecoder) agreements(n *yaml.Node) []Agreement {
	if !d.want(n, yaml.SequenceNode) {
		return nil
	}
	var ags []Agreement
	for _, c := range n.Content {
		if a, ok := d.agreement(c); ok {
			ags = append(ags, a)
		}
	}
	return ags
}

// yamlRef is where a provision id is defined or used, for the file-wide checks.
type yamlRef struct {
	id   string
	node *yaml.Node
}

// check runs the checks that need the whole file: unique ids, and dependencies and
// anchors that name a provision of the file.
func (d *yamlDecoder) check() {
	seenA := map[string]bool{}
	for _, a := range d.agreementIDs {
		if seenA[a.id] {
			d.errorf(a.node, "agreement id %q used twice", a.id)
		}
		seenA[a.id] = true
	}
	seen := map[string]bool{}
	for _, p := range d.provisionIDs {
		if seen[p.id] {
			d.errorf(p.node, "provision id %q used twice", p.id)
		}
		seen[p.id] = true
	}
	for _, r := range d.refs {
		if !seen[r.id] {
			d.errorf(r.node, "no provision with id %q in the file", r.id)
		}
	}
	sortFileErrors(d.errs)
}
