package eval

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// Case is one story of the agreements evaluation set (testdata/agreements/README.md):
// its articles in publication order, the date statuses are assessed at, and the gold
// agreements, provisions, statuses and conflicting claims.
type Case struct {
	Name       string
	AsOf       time.Time
	Articles   []article.Article
	Agreements []agreement.Agreement
	Conflicts  []GoldConflict
	// EventsWithoutAgreement is the rough count of codable events in a no-deal case.
	EventsWithoutAgreement int
}

// GoldConflict is a pair of claims that cannot both be true; Provision is the id of the
// provision they are about, or "".
type GoldConflict struct {
	A, B      GoldClaim
	Provision string
}

// GoldClaim is one side of a conflict. Speaker is an actor code, or "AGREEMENT" when the
// text is a provision's own.
type GoldClaim struct {
	Speaker  string
	Evidence agreement.Evidence
}

// ReadCases reads every case directory of dir (those holding a gold.yaml), in name
// order. All problems are reported together, each naming its file.
func ReadCases(dir string) ([]Case, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read agreements set: %w", err)
	}
	var (
		cases []Case
		errs  []error
	)
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if _, err := os.Stat(filepath.Join(p, "gold.yaml")); err != nil {
			continue
		}
		c, err := ReadCase(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cases = append(cases, c)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("read agreements set: no case with a gold.yaml in %s", dir)
	}
	return cases, nil
}

// ReadCase reads one case directory: its *.txt articles in name order and gold.yaml,
// decoded strictly. Every evidence string must occur in one of the case's article
// bodies; it is located there (article id and byte offsets).
func ReadCase(dir string) (Case, error) {
	c := Case{Name: filepath.Base(dir)}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return c, fmt.Errorf("case %s: %w", c.Name, err)
	}
	slices.Sort(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return c, fmt.Errorf("case %s: %w", c.Name, err)
		}
		a, err := article.ParseText(p, data)
		if err != nil {
			return c, fmt.Errorf("case %s: %w", c.Name, err)
		}
		c.Articles = append(c.Articles, a)
	}
	gold := filepath.Join(dir, "gold.yaml")
	data, err := os.ReadFile(gold)
	if err != nil {
		return c, fmt.Errorf("case %s: %w", c.Name, err)
	}
	var g goldFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil {
		return c, fmt.Errorf("%s: %w", gold, err)
	}
	if c.AsOf, err = time.Parse(time.DateOnly, g.AsOf); err != nil {
		return c, fmt.Errorf("%s: as_of: %w", gold, err)
	}
	c.EventsWithoutAgreement = g.EventsWithoutAgreement
	loc := locator{arts: c.Articles}
	for _, ga := range g.Agreements {
		c.Agreements = append(c.Agreements, ga.agreement(&loc))
	}
	for _, gc := range g.Claims {
		c.Conflicts = append(c.Conflicts, GoldConflict{
			A:         GoldClaim{Speaker: gc.A.Speaker, Evidence: loc.find(gc.A.Text)},
			B:         GoldClaim{Speaker: gc.B.Speaker, Evidence: loc.find(gc.B.Text)},
			Provision: gc.Provision,
		})
	}
	if err := errors.Join(loc.errs...); err != nil {
		return c, fmt.Errorf("%s: %w", gold, err)
	}
	return c, nil
}

// locator finds evidence strings in a case's article bodies.
type locator struct {
	arts []article.Article
	errs []error
}

func (l *locator) find(s string) agreement.Evidence {
	for _, a := range l.arts {
		if i := strings.Index(a.Text, s); i >= 0 {
			return agreement.Evidence{ArticleID: a.ID, Start: i, End: i + len(s), Text: s}
		}
	}
	l.errs = append(l.errs, fmt.Errorf("evidence not in any article: %q", s))
	return agreement.Evidence{Text: s}
}

// The gold.yaml schema of testdata/agreements/README.md.
type (
	goldFile struct {
		AsOf                   string          `yaml:"as_of"`
		Agreements             []goldAgreement `yaml:"agreements"`
		Claims                 []goldConflict  `yaml:"claims_in_conflict"`
		EventsWithoutAgreement int             `yaml:"events_without_agreement"`
	}
	goldAgreement struct {
		ID         string          `yaml:"id"`
		Name       string          `yaml:"name"`
		Signed     string          `yaml:"signed"`
		Place      string          `yaml:"place"`
		Parties    []string        `yaml:"parties"`
		Witnesses  []string        `yaml:"witnesses"`
		Guarantors []string        `yaml:"guarantors"`
		Provisions []goldProvision `yaml:"provisions"`
	}
	goldProvision struct {
		ID           string              `yaml:"id"`
		Obligor      []string            `yaml:"obligor"`
		Beneficiary  []string            `yaml:"beneficiary"`
		Action       agreement.Action    `yaml:"action"`
		Object       string              `yaml:"object"`
		FromQuantity *float64            `yaml:"from_quantity"`
		Quantity     *float64            `yaml:"quantity"`
		Unit         string              `yaml:"unit"`
		Deadline     *agreement.Deadline `yaml:"deadline"`
		Conditions   []string            `yaml:"conditions"`
		DependsOn    []string            `yaml:"depends_on"`
		Evidence     string              `yaml:"evidence"`
		Status       goldStatus          `yaml:"status"`
	}
	goldStatus struct {
		Value    agreement.StatusValue `yaml:"value"`
		Level    int                   `yaml:"level"`
		Overdue  bool                  `yaml:"overdue"`
		Reason   string                `yaml:"reason"`
		Evidence []string              `yaml:"evidence"`
	}
	goldConflict struct {
		A         goldClaim `yaml:"a"`
		B         goldClaim `yaml:"b"`
		Provision string    `yaml:"provision"`
	}
	goldClaim struct {
		Speaker string `yaml:"speaker"`
		Text    string `yaml:"text"`
	}
)

func (ga goldAgreement) agreement(l *locator) agreement.Agreement {
	a := agreement.Agreement{
		ID: ga.ID, Name: ga.Name, Signed: ga.Signed, Place: ga.Place,
		Parties: ga.Parties, Witnesses: ga.Witnesses, Guarantors: ga.Guarantors,
		Manual: true,
	}
	for _, gp := range ga.Provisions {
		st := &agreement.Status{Value: gp.Status.Value, Level: gp.Status.Level,
			Overdue: gp.Status.Overdue, Reason: gp.Status.Reason, Evidence: []agreement.Evidence{}}
		for _, s := range gp.Status.Evidence {
			st.Evidence = append(st.Evidence, l.find(s))
		}
		a.Provisions = append(a.Provisions, agreement.Provision{
			ID: gp.ID, Obligor: gp.Obligor, Beneficiary: gp.Beneficiary, Action: gp.Action,
			Object: gp.Object, FromQuantity: gp.FromQuantity, Quantity: gp.Quantity, Unit: gp.Unit,
			Deadline: gp.Deadline, Conditions: gp.Conditions, DependsOn: gp.DependsOn,
			Evidence: l.find(gp.Evidence), Status: st,
		})
	}
	return a
}
