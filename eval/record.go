package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/peacewatch/peacewatch/article"
)

// Expected is one hand-coded event of a dev record. Modality and Date are checked on
// full-code matches when given.
type Expected struct {
	Triple
	Modality string `json:"modality,omitempty"`
	Date     string `json:"date,omitempty"`
}

// Record is one dev-set line: a short text, its publication date, the events a careful
// human codes from it, and tags naming what it tests ("passive", "negation").
type Record struct {
	ID       string     `json:"id"`
	Date     string     `json:"date"`
	Text     string     `json:"text"`
	Expected []Expected `json:"expected"`
	Tags     []string   `json:"tags"`
	// Name is "file:line", for messages.
	Name string `json:"-"`
}

// ReadRecords reads a dev set in JSON Lines. Blank lines are skipped; every bad line is
// reported, joined in one error naming file:line, and no records are returned then, so
// that a broken dev set never yields scores.
func ReadRecords(r io.Reader, name string) ([]Record, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, article.DefaultMaxSize)
	var (
		recs []Record
		errs []error
	)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		rec := Record{Name: fmt.Sprintf("%s:%d", name, line)}
		if err := json.Unmarshal(b, &rec); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", rec.Name, err))
			continue
		}
		if err := rec.check(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", rec.Name, err))
			continue
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: read: %w", name, err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return recs, nil
}

func (r Record) check() error {
	if r.Text == "" {
		return errors.New(`missing "text"`)
	}
	if r.Date != "" {
		if _, _, err := article.ParseDate(r.Date); err != nil {
			return err
		}
	}
	for i, e := range r.Expected {
		if e.Source == "" || e.Code == "" {
			return fmt.Errorf("expected[%d]: source_actor and event_code are required", i)
		}
	}
	return nil
}

// Article is the record as an article to code: its id (or the hash of its text), its
// text and its date as publication date.
func (r Record) Article() article.Article {
	a := article.Article{ID: r.ID, Text: r.Text, Name: r.Name}
	if a.ID == "" {
		a.ID = article.ID(r.Text)
	}
	if r.Date != "" {
		a.Date, a.DateApprox, _ = article.ParseDate(r.Date)
	}
	return a
}

// Triples are the record's expected triples.
func (r Record) Triples() []Triple {
	out := make([]Triple, len(r.Expected))
	for i, e := range r.Expected {
		out[i] = e.Triple
	}
	return out
}
