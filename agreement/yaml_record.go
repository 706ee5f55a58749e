package agreement

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// The keys of the hand-written records, in DESIGN.md's order.
var (
	agreementKeys = []string{"id", "name", "signed", "place", "parties", "witnesses", "guarantors", "provisions"}
	provisionKeys = []string{"id", "obligor", "beneficiary", "action", "object", "from_quantity", "quantity",
		"unit", "deadline", "conditions", "depends_on", "evidence", "sources", "status"}
	deadlineKeys = []string{"date", "relative", "anchor"}
	statusKeys   = []string{"value", "as_of", "level", "overdue", "evidence", "reason"}
)

// vocabActions is DESIGN.md's action vocabulary, in its order.
var vocabActions = []Action{Withdraw, Reduce, Release, Exchange, CeaseFire, Negotiate, Deploy,
	Disarm, Allow, Prohibit, Pay, Transfer, Establish, Other}

// vocabStatuses is DESIGN.md's status vocabulary, in its order.
var vocabStatuses = []StatusValue{Pending, InProgress, AtRisk, Disputed, Met, MetLate,
	PartiallyMet, Breached, Superseded, Unknown}

func (d *yamlDecoder) agreement(n *yaml.Node) (Agreement, bool) {
	a := Agreement{Parties: []string{}, Witnesses: []string{}, Provisions: []Provision{}, Manual: true}
	var idNode, provNode *yaml.Node
	ok := d.fields(n, "agreement", agreementKeys, func(k string, v *yaml.Node) {
		switch k {
		case "id":
			a.ID, idNode = d.str(v), v
		case "name":
			a.Name = d.str(v)
		case "signed":
			a.Signed = d.date(v, "signed")
		case "place":
			a.Place = d.str(v)
		case "parties":
			a.Parties = d.codes(v, "parties")
		case "witnesses":
			a.Witnesses = d.codes(v, "witnesses")
		case "guarantors":
			a.Guarantors = d.codes(v, "guarantors")
		case "provisions":
			provNode = v
		}
	})
	if !ok {
		return a, false
	}
	if a.Name == "" {
		d.errorf(n, "agreement: no name")
	}
	if a.ID == "" {
		a.ID = manualID(a.Name, a.Signed)
	} else {
		d.agreementIDs = append(d.agreementIDs, yamlRef{a.ID, idNode})
	}
	if provNode != nil && !yamlNull(provNode) && d.want(provNode, yaml.SequenceNode) {
		for i, c := range provNode.Content {
			a.Provisions = append(a.Provisions, d.provision(c, a.ID, i))
		}
	}
	return a, true
}

// manualID is an agreement id from its name and date: "us-taliban-agreement-2020-02-29".
func manualID(name, signed string) string {
	words := strings.FieldsFunc(strings.ToLower(name+" "+signed), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return "agreement"
	}
	return strings.Join(words, "-")
}

func (d *yamlDecoder) provision(n *yaml.Node, agreementID string, i int) Provision {
	p := Provision{Obligor: []string{}, Beneficiary: []string{}, Conditions: []string{}, DependsOn: []string{}}
	what := fmt.Sprintf("provision %d", i+1)
	var idNode *yaml.Node
	hasObligor, hasAction := false, false
	ok := d.fields(n, what, provisionKeys, func(k string, v *yaml.Node) {
		switch k {
		case "id":
			p.ID, idNode = d.str(v), v
		case "obligor":
			p.Obligor, hasObligor = d.codes(v, "obligor"), true
			if len(p.Obligor) == 0 {
				d.errorf(v, "%s: obligor is empty", what)
			}
		case "beneficiary":
			p.Beneficiary = d.codes(v, "beneficiary")
		case "action":
			p.Action, hasAction = Action(d.str(v)), true
			if !slices.Contains(vocabActions, p.Action) {
				d.errorf(v, "%s: action %q is not one of %s", what, p.Action, joinVocab(vocabActions))
			}
		case "object":
			p.Object = d.str(v)
		case "from_quantity":
			p.FromQuantity = d.number(v, "from_quantity")
		case "quantity":
			p.Quantity = d.number(v, "quantity")
		case "unit":
			p.Unit = d.str(v)
		case "deadline":
			p.Deadline = d.deadline(v)
		case "conditions":
			p.Conditions = d.strs(v)
		case "depends_on":
			p.DependsOn = d.strs(v)
			for j, id := range p.DependsOn {
				at := v
				if v.Kind == yaml.SequenceNode && j < len(v.Content) {
					at = v.Content[j]
				}
				d.refs = append(d.refs, yamlRef{id, at})
			}
		case "evidence":
			p.Evidence = d.evidence(v, "evidence")
		case "sources":
			p.Sources = d.evidences(v, "sources")
		case "status":
			p.Status = d.status(v)
		}
	})
	if !ok {
		return p
	}
	if !hasObligor {
		d.errorf(n, "%s: no obligor", what)
	}
	if !hasAction {
		d.errorf(n, "%s: no action", what)
	}
	if p.ID == "" {
		p.ID = agreementID + "-p" + strconv.Itoa(i+1)
	} else if slices.Contains(p.DependsOn, p.ID) {
		d.errorf(idNode, "%s: provision %q depends on itself", what, p.ID)
	}
	at := idNode
	if at == nil {
		at = n
	}
	d.provisionIDs = append(d.provisionIDs, yamlRef{p.ID, at})
	return p
}

func (d *yamlDecoder) deadline(n *yaml.Node) *Deadline {
	if yamlNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		// A bare date is the deadline itself.
		return &Deadline{Date: d.date(n, "deadline"), Anchor: "absolute"}
	}
	var dl Deadline
	d.fields(n, "deadline", deadlineKeys, func(k string, v *yaml.Node) {
		switch k {
		case "date":
			dl.Date = d.date(v, "deadline date")
		case "relative":
			dl.Relative = d.str(v)
		case "anchor":
			dl.Anchor = d.str(v)
			switch {
			case dl.Anchor == "", dl.Anchor == "signing", dl.Anchor == "publication", dl.Anchor == "absolute":
			case strings.HasPrefix(dl.Anchor, "provision:") && len(dl.Anchor) > len("provision:"):
				d.refs = append(d.refs, yamlRef{strings.TrimPrefix(dl.Anchor, "provision:"), v})
			default:
				d.errorf(v, "deadline anchor %q: want signing, publication, absolute or provision:<id>", dl.Anchor)
			}
		}
	})
	if dl.Date == "" && dl.Relative == "" {
		d.errorf(n, "deadline has neither a date nor a relative phrase (use deadline: null)")
	}
	return &dl
}

func (d *yamlDecoder) status(n *yaml.Node) *Status {
	if yamlNull(n) {
		return nil
	}
	st := Status{Evidence: []Evidence{}}
	hasValue := false
	d.fields(n, "status", statusKeys, func(k string, v *yaml.Node) {
		switch k {
		case "value":
			st.Value, hasValue = StatusValue(d.str(v)), true
			if !slices.Contains(vocabStatuses, st.Value) {
				d.errorf(v, "status value %q is not one of %s", st.Value, joinVocab(vocabStatuses))
			}
		case "as_of":
			st.AsOf = d.date(v, "status as_of")
		case "level":
			st.Level = d.integer(v, "status level")
			if st.Level < 0 || st.Level > 3 {
				d.errorf(v, "status level %d: want 0 to 3", st.Level)
			}
		case "overdue":
			st.Overdue = d.boolean(v, "status overdue")
		case "evidence":
			st.Evidence = d.evidences(v, "status evidence")
		case "reason":
			st.Reason = d.str(v)
		}
	})
	if !hasValue && n.Kind == yaml.MappingNode {
		d.errorf(n, "status has no value")
	}
	return &st
}

func joinVocab[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}
