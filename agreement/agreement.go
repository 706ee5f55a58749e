// Package agreement holds agreements and their provisions as checkable commitments:
// who must do what, how much, by when, under which conditions. It extracts them from
// coded articles, loads hand-written ones from YAML, merges the reports of one deal
// across articles, and assesses each provision's status as of a date from events and
// claims. The JSON field names follow DESIGN.md and are part of peacewatch's interface.
package agreement

// Action is what a provision commits its obligor to.
type Action string

// The action vocabulary of DESIGN.md.
const (
	Withdraw  Action = "withdraw"
	Reduce    Action = "reduce"
	Release   Action = "release"
	Exchange  Action = "exchange"
	CeaseFire Action = "cease_fire"
	Negotiate Action = "negotiate"
	Deploy    Action = "deploy"
	Disarm    Action = "disarm"
	Allow     Action = "allow"
	Prohibit  Action = "prohibit"
	Pay       Action = "pay"
	Transfer  Action = "transfer"
	Establish Action = "establish"
	Other     Action = "other"
)

// StatusValue is a provision's implementation status.
type StatusValue string

// The status vocabulary of DESIGN.md.
const (
	Pending      StatusValue = "pending"
	InProgress   StatusValue = "in_progress"
	AtRisk       StatusValue = "at_risk"
	Disputed     StatusValue = "disputed"
	Met          StatusValue = "met"
	MetLate      StatusValue = "met_late"
	PartiallyMet StatusValue = "partially_met"
	Breached     StatusValue = "breached"
	Superseded   StatusValue = "superseded"
	Unknown      StatusValue = "unknown"
)

// Evidence is a span of an article that supports a conclusion.
type Evidence struct {
	ArticleID string `json:"article_id" yaml:"article_id,omitempty"`
	Start     int    `json:"start" yaml:"start,omitempty"`
	End       int    `json:"end" yaml:"end,omitempty"`
	Text      string `json:"text" yaml:"text"`
}

// Deadline is when a provision is due: a date, the phrase that stated it, and what the
// phrase counts from: "signing", "publication", "absolute" or "provision:<id>".
type Deadline struct {
	Date     string `json:"date" yaml:"date"`
	Relative string `json:"relative" yaml:"relative"`
	Anchor   string `json:"anchor" yaml:"anchor"`
}

// Status is a provision's status as of a date, with the 0–3 implementation level used
// by peace-accord monitors and the evidence for it. Overdue marks a deadline that has
// passed without evidence of implementation.
type Status struct {
	Value    StatusValue `json:"value" yaml:"value"`
	AsOf     string      `json:"as_of" yaml:"as_of,omitempty"`
	Level    int         `json:"level" yaml:"level"`
	Overdue  bool        `json:"overdue,omitempty" yaml:"overdue,omitempty"`
	Evidence []Evidence  `json:"evidence" yaml:"evidence"`
	Reason   string      `json:"reason" yaml:"reason"`
}

// Provision is one commitment of an agreement.
type Provision struct {
	ID           string    `json:"id" yaml:"id"`
	Obligor      []string  `json:"obligor" yaml:"obligor"`
	Beneficiary  []string  `json:"beneficiary" yaml:"beneficiary"`
	Action       Action    `json:"action" yaml:"action"`
	Object       string    `json:"object" yaml:"object"`
	FromQuantity *float64  `json:"from_quantity" yaml:"from_quantity"`
	Quantity     *float64  `json:"quantity" yaml:"quantity"`
	Unit         string    `json:"unit" yaml:"unit"`
	Deadline     *Deadline `json:"deadline" yaml:"deadline"`
	Conditions   []string  `json:"conditions" yaml:"conditions"`
	DependsOn    []string  `json:"depends_on" yaml:"depends_on"`
	// Evidence is the sentence that states the term; Sources adds the same term's
	// statement in every other article that reports it.
	Evidence Evidence   `json:"evidence" yaml:"evidence"`
	Sources  []Evidence `json:"sources,omitempty" yaml:"sources,omitempty"`
	Status   *Status    `json:"status" yaml:"status,omitempty"`
	// History is the status on each date something changed, oldest first.
	History []Status `json:"history,omitempty" yaml:"-"`
}

// Agreement is a deal with its provisions.
type Agreement struct {
	ID         string      `json:"id" yaml:"id"`
	Name       string      `json:"name" yaml:"name"`
	Signed     string      `json:"signed" yaml:"signed"`
	Place      string      `json:"place" yaml:"place"`
	Parties    []string    `json:"parties" yaml:"parties"`
	Witnesses  []string    `json:"witnesses" yaml:"witnesses"`
	Guarantors []string    `json:"guarantors,omitempty" yaml:"guarantors"`
	Provisions []Provision `json:"provisions" yaml:"provisions"`
	// Articles lists the ids of the articles that report the agreement.
	Articles []string `json:"articles,omitempty" yaml:"-"`
	// Manual marks an agreement loaded from a hand-written file: its fields win when
	// merged with extracted ones.
	Manual bool `json:"manual,omitempty" yaml:"-"`
	// Initialled says Signed is the day the text was initialled; a report of its signing
	// (another day, maybe another place) is the same deal and dates it
	Initialled bool `json:"-" yaml:"-"`
}

// Speaker is who made a claim: an actor, or the agreement itself.
type Speaker struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Claim is a statement attributed to a speaker, with its evidence.
type Claim struct {
	Speaker   Speaker `json:"speaker"`
	Text      string  `json:"text"`
	ArticleID string  `json:"article_id"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	// Prop is what the claim states, read for assessment and comparison; it is not
	// part of the JSON record.
	Prop Proposition `json:"-"`
}

// Conflict pairs two claims that contradict each other, or a claim and the provision
// it contradicts (with the agreement as b's speaker).
type Conflict struct {
	A           Claim   `json:"a"`
	B           Claim   `json:"b"`
	ProvisionID *string `json:"provision_id"`
	Reason      string  `json:"reason"`
}
