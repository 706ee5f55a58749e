package agreement

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// yamlDecoder walks the YAML nodes of an agreements file, collecting every problem with
// its position instead of stopping at the first.
type yamlDecoder struct {
	file         string
	errs         FileErrors
	agreementIDs []yamlRef
	provisionIDs []yamlRef
	refs         []yamlRef // depends_on entries and provision:<id> anchors
}

func (d *yamlDecoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, &FileError{File: d.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...)})
}

func sortFileErrors(es FileErrors) {
	slices.SortStableFunc(es, func(a, b *FileError) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

func yamlKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if yamlNull(n) {
			return "null"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

func (d *yamlDecoder) want(n *yaml.Node, k yaml.Kind) bool {
	if n.Kind == k {
		return true
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "aliases are not supported")
		return false
	}
	what := map[yaml.Kind]string{yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list", yaml.ScalarNode: "a single value"}[k]
	d.errorf(n, "want %s, got %s", what, yamlKind(n))
	return false
}

func yamlNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || (n.Style == 0 && (n.Value == "" || n.Value == "~" || n.Value == "null")))
}

// fields calls set for each key of mapping n, reporting unknown and repeated keys.
// known lists the keys in the order they are documented.
func (d *yamlDecoder) fields(n *yaml.Node, what string, known []string, set func(key string, v *yaml.Node)) bool {
	if !d.want(n, yaml.MappingNode) {
		return false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "%s: a key must be a name", what)
		case !slices.Contains(known, k.Value):
			d.errorf(k, "%s: unknown key %q (want one of %s)", what, k.Value, strings.Join(known, ", "))
		case seen[k.Value]:
			d.errorf(k, "%s: key %q given twice", what, k.Value)
		default:
			seen[k.Value] = true
			set(k.Value, v)
		}
	}
	return true
}

// str decodes a single value as text; null is "".
func (d *yamlDecoder) str(n *yaml.Node) string {
	if yamlNull(n) || !d.want(n, yaml.ScalarNode) {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (d *yamlDecoder) strs(n *yaml.Node) []string {
	out := []string{}
	if yamlNull(n) {
		return out
	}
	if n.Kind == yaml.ScalarNode {
		// A single value stands for a list of one.
		if s := d.str(n); s != "" {
			out = append(out, s)
		}
		return out
	}
	if !d.want(n, yaml.SequenceNode) {
		return out
	}
	for _, c := range n.Content {
		if s := d.str(c); s != "" {
			out = append(out, s)
		} else if c.Kind == yaml.ScalarNode {
			d.errorf(c, "empty entry")
		}
	}
	return out
}

// yamlCodePattern is a CAMEO-style actor code: a root and role codes, upper case.
var yamlCodePattern = regexp.MustCompile(`^[A-Z][A-Z0-9]{2,}$`)

func (d *yamlDecoder) codes(n *yaml.Node, what string) []string {
	codes := d.strs(n)
	for i, c := range codes {
		if !yamlCodePattern.MatchString(c) {
			at := n
			if n.Kind == yaml.SequenceNode && i < len(n.Content) {
				at = n.Content[i]
			}
			d.errorf(at, "%s: %q is not an actor code (upper-case letters such as USA, AFGREB, IGOUNO)", what, c)
		}
	}
	return codes
}

// date decodes YYYY-MM-DD, or null as "".
func (d *yamlDecoder) date(n *yaml.Node, what string) string {
	s := d.str(n)
	if s == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		d.errorf(n, "%s: %q is not a date (want YYYY-MM-DD)", what, s)
	}
	return s
}

func (d *yamlDecoder) number(n *yaml.Node, what string) *float64 {
	if yamlNull(n) || !d.want(n, yaml.ScalarNode) {
		return nil
	}
	s := strings.ReplaceAll(strings.TrimSpace(n.Value), "_", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || n.Tag == "!!str" {
		d.errorf(n, "%s: %q is not a number", what, n.Value)
		return nil
	}
	if f < 0 {
		d.errorf(n, "%s: %v is negative", what, f)
	}
	return &f
}

func (d *yamlDecoder) integer(n *yaml.Node, what string) int {
	if yamlNull(n) || !d.want(n, yaml.ScalarNode) {
		return 0
	}
	i, err := strconv.Atoi(strings.TrimSpace(n.Value))
	if err != nil || n.Tag == "!!str" {
		d.errorf(n, "%s: %q is not a whole number", what, n.Value)
	}
	return i
}

func (d *yamlDecoder) boolean(n *yaml.Node, what string) bool {
	if yamlNull(n) || !d.want(n, yaml.ScalarNode) {
		return false
	}
	switch strings.ToLower(n.Value) {
	case "true":
		return true
	case "false":
		return false
	}
	d.errorf(n, "%s: %q is not true or false", what, n.Value)
	return false
}

// evidence decodes a plain string (the text) or {article_id, start, end, text}.
func (d *yamlDecoder) evidence(n *yaml.Node, what string) Evidence {
	var e Evidence
	if yamlNull(n) {
		return e
	}
	if n.Kind == yaml.ScalarNode {
		e.Text = d.str(n)
		return e
	}
	d.fields(n, what, []string{"article_id", "start", "end", "text"}, func(k string, v *yaml.Node) {
		switch k {
		case "article_id":
			e.ArticleID = d.str(v)
		case "start":
			e.Start = d.integer(v, what+" start")
		case "end":
			e.End = d.integer(v, what+" end")
		case "text":
			e.Text = d.str(v)
		}
	})
	if e.Start < 0 || e.End < e.Start {
		d.errorf(n, "%s: span %d–%d is not a range of offsets", what, e.Start, e.End)
	}
	return e
}

func (d *yamlDecoder) evidences(n *yaml.Node, what string) []Evidence {
	out := []Evidence{}
	if yamlNull(n) || !d.want(n, yaml.SequenceNode) {
		return out
	}
	for _, c := range n.Content {
		out = append(out, d.evidence(c, what))
	}
	return out
}
