package verb

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// data holds the default verb patterns (*.verbs) and the irregular-verb table.
//
//go:embed data
var data embed.FS

// Dictionary maps the surface forms of trigger words to the patterns they head. It is
// built by New and the Load methods and is safe for concurrent lookups once built.
type Dictionary struct {
	forms    map[string][]Candidate
	byKey    map[patternKey]*Pattern
	inflect  inflector
	patterns int
}

// patternKey identifies a pattern regardless of its code and prepositions: a later
// definition with the same key replaces the earlier one.
type patternKey struct {
	noun  bool
	lemma string
	rest  string
	gap   int
}

func keyOf(p *Pattern) patternKey {
	return patternKey{p.Noun, p.Lemma, strings.Join(p.Rest, " "), p.Gap}
}

// New returns an empty dictionary that inflects with the embedded irregular-verb table.
func New() *Dictionary {
	f, err := data.Open("data/irregular.txt")
	if err != nil {
		panic(fmt.Sprintf("verb: embedded irregular table: %v", err))
	}
	defer f.Close()
	table, err := parseIrregular(f, "irregular.txt")
	if err != nil {
		panic(fmt.Sprintf("verb: embedded irregular table: %v", err))
	}
	return &Dictionary{
		forms:   make(map[string][]Candidate),
		byKey:   make(map[patternKey]*Pattern),
		inflect: inflector{irregular: table},
	}
}

// Default returns a dictionary holding the embedded default patterns (data/*.verbs).
func Default() (*Dictionary, error) {
	d := New()
	var errs []error
	err := fs.WalkDir(data, "data", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || path.Ext(p) != ".verbs" {
			return err
		}
		f, err := data.Open(p)
		if err != nil {
			return fmt.Errorf("open %s: %w", p, err)
		}
		defer f.Close()
		if err := d.Load(f, strings.TrimPrefix(p, "data/")); err != nil {
			errs = append(errs, err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("default verbs: %w", err)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("default verbs: %w", err)
	}
	return d, nil
}

// Lookup returns the candidates whose head word has the lower-case surface form w, or
// nil. It is one map access and allocates nothing; the caller must not modify the slice.
func (d *Dictionary) Lookup(w string) []Candidate {
	return d.forms[w]
}

// Len returns the number of patterns.
func (d *Dictionary) Len() int {
	return d.patterns
}

// add registers a pattern under the given surface forms. A pattern with the key of an
// earlier one replaces it in place, so a user file can recode a default pattern.
func (d *Dictionary) add(p *Pattern, forms []surface) {
	k := keyOf(p)
	if old, ok := d.byKey[k]; ok {
		*old = *p
		p = old
	} else {
		d.byKey[k] = p
		d.patterns++
	}
	for _, s := range forms {
		cands := d.forms[s.word]
		if hasPattern(cands, p) {
			continue
		}
		d.forms[s.word] = append(cands, Candidate{Pattern: p, Form: s.form})
	}
}

func hasPattern(cands []Candidate, p *Pattern) bool {
	for _, c := range cands {
		if c.Pattern == p {
			return true
		}
	}
	return false
}

// formsOf returns the surface forms of a pattern's head word.
func (d *Dictionary) formsOf(p *Pattern) []surface {
	if p.Noun {
		return nounForms(p.Lemma)
	}
	return d.inflect.verbForms(p.Lemma)
}
