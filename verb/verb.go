// Package verb holds the verb dictionary: the words and phrases that signal an event,
// each mapped to a CAMEO code. Verb lemmas are inflected when the dictionary is built so
// that lookup is a map access by surface form.
package verb

// Pattern is one entry of the verb dictionary.
type Pattern struct {
	Code  string   // CAMEO code ("0874")
	Lemma string   // the head word's lemma ("withdraw", "withdrawal")
	Rest  []string // words that must follow the head word, lower-case ("out" in "pull out")
	// Gap is how many words may stand between the head and Rest ("pulled its troops out").
	Gap  int
	Noun bool // a nominalisation: "the withdrawal of", "an attack on"
	// TargetPrep lists prepositions that introduce the target after the trigger
	// ("with" in "clash with"). Empty: the target is the direct object.
	TargetPrep []string
	// SourcePrep lists prepositions that introduce the source after a noun trigger
	// ("of" in "the withdrawal of US troops", "by").
	SourcePrep []string
	// NoTarget marks intransitive triggers whose object is not an actor ("withdraw from").
	NoTarget bool
	Rule     string // where it was defined, "verbs.txt:123"
}

// Form is how a surface word relates to its lemma.
type Form uint8

// Surface forms.
const (
	Base       Form = iota // withdraw
	ThirdSing              // withdraws
	Past                   // withdrew
	Participle             // withdrawn
	Gerund                 // withdrawing
	Plural                 // withdrawals (nouns)
)

// Candidate is a pattern whose head word has the looked-up surface form.
type Candidate struct {
	Pattern *Pattern
	Form    Form
}
