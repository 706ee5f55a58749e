package report

import (
	"slices"
	"strings"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
)

// locate gives the hand-written evidence of ags that has a text but no article its
// place: the first article whose body holds the text, with its byte offsets. Evidence
// found in no article is left as written.
func locate(ags []agreement.Agreement, arts []article.Article) {
	find := func(e *agreement.Evidence) {
		if e.ArticleID != "" || strings.TrimSpace(e.Text) == "" {
			return
		}
		for _, a := range arts {
			if i := strings.Index(a.Text, e.Text); i >= 0 {
				e.ArticleID, e.Start, e.End = a.ID, i, i+len(e.Text)
				return
			}
		}
	}
	for i := range ags {
		for j := range ags[i].Provisions {
			p := &ags[i].Provisions[j]
			find(&p.Evidence)
			for k := range p.Sources {
				find(&p.Sources[k])
			}
			if p.Status != nil {
				for k := range p.Status.Evidence {
					find(&p.Status.Evidence[k])
				}
			}
		}
	}
}

// normalize replaces the nil lists of ags by empty ones, so that they print as [].
func normalize(ags []agreement.Agreement) []agreement.Agreement {
	if ags == nil {
		return []agreement.Agreement{}
	}
	for i := range ags {
		a := &ags[i]
		a.Parties, a.Witnesses, a.Provisions = orEmpty(a.Parties), orEmpty(a.Witnesses), orEmpty(a.Provisions)
		for j := range a.Provisions {
			p := &a.Provisions[j]
			p.Obligor, p.Beneficiary = orEmpty(p.Obligor), orEmpty(p.Beneficiary)
			p.Conditions, p.DependsOn = orEmpty(p.Conditions), orEmpty(p.DependsOn)
			if p.Status != nil {
				p.Status.Evidence = orEmpty(p.Status.Evidence)
			}
			for k := range p.History {
				p.History[k].Evidence = orEmpty(p.History[k].Evidence)
			}
		}
	}
	return ags
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// cloneAgreements copies ags deeply enough that locating evidence and assessing do
// not write into the caller's agreements.
func cloneAgreements(ags []agreement.Agreement) []agreement.Agreement {
	out := slices.Clone(ags)
	for i := range out {
		out[i].Provisions = slices.Clone(out[i].Provisions)
		for j := range out[i].Provisions {
			p := &out[i].Provisions[j]
			p.Sources = slices.Clone(p.Sources)
			p.History = slices.Clone(p.History)
			if p.Status != nil {
				st := *p.Status
				st.Evidence = slices.Clone(st.Evidence)
				p.Status = &st
			}
		}
	}
	return out
}
