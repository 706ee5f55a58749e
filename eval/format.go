package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
)

// Scores are precision, recall and F1 at one level.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Scores computes the scores at a level.
func (c Counts) Scores(l Level) Scores {
	return Scores{Precision: c.Precision(l), Recall: c.Recall(l), F1: c.F1(l)}
}

// MarshalJSON writes the counts with their scores at both levels.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Full Scores `json:"full"`
		Root Scores `json:"root"`
	}{plain(c), c.Scores(Full), c.Scores(RootLevel)})
}

// WriteText prints the report as aligned tables: totals, then by tag and by CAMEO root,
// then, when verbose, each imperfect record's misses and extras.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%d records\texpected\tcoded\tcorrect\tmissed\textra\tP\tR\tF1\n", r.Records)
	row := func(label string, c Counts, l Level) {
		s := c.Scores(l)
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", label,
			c.Expected, c.Got, c.matched(l), c.Missed(l), c.Extra(l), s.Precision, s.Recall, s.F1)
	}
	row("full code", r.Total, Full)
	row("root", r.Total, RootLevel)
	fmt.Fprintf(tw, "modality accuracy\t%d/%d\t%.3f\n", r.Modality.Correct, r.Modality.Checked, r.Modality.Rate())
	fmt.Fprintf(tw, "date accuracy\t%d/%d\t%.3f\n", r.Date.Correct, r.Date.Checked, r.Date.Rate())
	breakdown := func(title string, m map[string]Counts) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(tw, "\n%s (full code)\texpected\tcoded\tcorrect\tmissed\textra\tP\tR\tF1\n", title)
		for _, k := range slices.Sorted(maps.Keys(m)) {
			row(k, m[k], Full)
		}
	}
	breakdown("by tag", r.ByTag)
	breakdown("by root", r.ByRoot)
	if err := tw.Flush(); err != nil {
		return err
	}
	if !verbose {
		return nil
	}
	var b strings.Builder
	for _, res := range r.Results {
		if len(res.Missed)+len(res.Extra)+len(res.WrongModality)+len(res.WrongDate) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s (%s)\n", res.ID, res.Name)
		for _, t := range res.Missed {
			fmt.Fprintf(&b, "  missed    %s\n", t)
		}
		for _, t := range res.Extra {
			fmt.Fprintf(&b, "  extra     %s\n", t)
		}
		for _, n := range res.Near {
			fmt.Fprintf(&b, "  near      %s coded as %s\n", n[0], n[1])
		}
		for _, s := range res.WrongModality {
			fmt.Fprintf(&b, "  modality  %s\n", s)
		}
		for _, s := range res.WrongDate {
			fmt.Fprintf(&b, "  date      %s\n", s)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
