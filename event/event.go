// Package event defines the coded event record and its codebooks (CAMEO, PLOVER,
// Goldstein, quad class). The JSON field names are part of peacewatch's interface.
package event

// Span is a half-open byte range [Start, End) in an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Modality tells whether an event happened or was only promised, refused, denied...
type Modality string

// The modalities of DESIGN.md.
const (
	Asserted     Modality = "asserted"
	Future       Modality = "future"
	Conditional  Modality = "conditional"
	Negated      Modality = "negated"
	Denied       Modality = "denied"
	Refused      Modality = "refused"
	Requested    Modality = "requested"
	Hypothetical Modality = "hypothetical"
)

// Date basis values.
const (
	BasisExplicit    = "explicit"
	BasisRelative    = "relative"
	BasisPublication = "publication"
	BasisUnresolved  = "unresolved"
)

// Date is when an event took place. Value and End are ISO dates (YYYY-MM-DD, or shorter
// for coarser granularity: the first day of the period is used so values sort).
type Date struct {
	Value       string  `json:"value"`
	End         *string `json:"end"`
	Granularity string  `json:"granularity"` // day, week, month, year, unknown
	Basis       string  `json:"basis"`
}

// Actor is one coded participant of an event.
type Actor struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Span *Span  `json:"span,omitempty"`
}

// Speaker is the actor an event is attributed to.
type Speaker struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Attribution says who reported the event, with which verb, and whether in quotes.
type Attribution struct {
	Speaker Speaker `json:"speaker"`
	Verb    string  `json:"verb"`
	Quoted  bool    `json:"quoted"`
}

// Quantity is a number attached to an event: casualties, troops, prisoners...
type Quantity struct {
	Value   float64 `json:"value"`
	Max     float64 `json:"max,omitempty"`
	Unit    string  `json:"unit"`
	Role    string  `json:"role"`
	Approx  bool    `json:"approx"`
	AtLeast bool    `json:"at_least"`
}

// Location is where an event took place, at least at country level (ISO 3166 alpha-3).
type Location struct {
	Country string  `json:"country"`
	Place   *string `json:"place"`
}

// Plover is the PLOVER event type and mode.
type Plover struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// Coder records which coder version and rule produced an event.
type Coder struct {
	Version string `json:"version"`
	Rule    string `json:"rule"`
}

// Event is one coded event, as DESIGN.md's event record.
type Event struct {
	ID          string       `json:"id"`
	ArticleID   string       `json:"article_id"`
	Sentence    int          `json:"sentence"`
	Span        Span         `json:"span"`
	Text        string       `json:"text"`
	Date        Date         `json:"date"`
	Source      []Actor      `json:"source"`
	Target      []Actor      `json:"target"`
	Cameo       string       `json:"cameo"`
	Plover      Plover       `json:"plover"`
	Goldstein   float64      `json:"goldstein"`
	QuadClass   int          `json:"quad_class"`
	Modality    Modality     `json:"modality"`
	Attribution *Attribution `json:"attribution"`
	Quantities  []Quantity   `json:"quantities"`
	Location    Location     `json:"location"`
	Coder       Coder        `json:"coder"`

	// Trigger is where the words that signalled the event stand in the article, and
	// Lemma their dictionary head ("withdraw", "exchange"). They serve later stages
	// (agreement extraction) and are not part of the JSON record.
	Trigger Span   `json:"-"`
	Lemma   string `json:"-"`

	// Provenance is where an event read from an event data set came from; nil for
	// events coded from text. See Provenance.
	Provenance *Provenance `json:"provenance,omitempty"`
}

// Mention is an actor or place the coder found named in an article, resolved as of the
// article's date. Later stages (agreement extraction) use mentions to find the parties
// of clauses the verb dictionary does not code.
type Mention struct {
	Sentence int    `json:"sentence"`
	Span     Span   `json:"span"`
	Code     string `json:"code"`    // actor code; "" for a place
	Name     string `json:"name"`    // the text as written
	Country  string `json:"country"` // the actor's or place's country, when known
	Place    bool   `json:"place"`   // a location rather than an actor
	// Inferred names the evidence a code no dictionary gave rests on ("appositive",
	// "modifier", "name"; see coder.InferredSource), or "" for a dictionary code.
	Inferred string `json:"inferred,omitempty"`
}
