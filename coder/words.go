package coder

import "github.com/peacewatch/peacewatch/event"

// Closed word classes the role and modality rules read. They are grammar, not
// dictionary content, so they live here rather than in the data files.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// skippable words may stand between a subject and its verb.
var skippable = set("has", "have", "had", "having", "will", "would", "shall", "'ll", "'d",
	"should", "could", "might", "may", "must", "can", "cannot", "did", "does", "do", "is", "are",
	"was", "were", "be", "been", "being", "not", "n't", "never", "also", "reportedly",
	"allegedly", "then", "later", "again", "now", "already", "still", "repeatedly", "finally",
	"recently", "jointly", "formally", "officially", "quickly", "immediately", "reluctantly",
	"apparently", "eventually", "subsequently", "previously", "once", "just", "yet", "to",
	"refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "agreed",
	"agree", "agrees", "pledged", "pledge", "pledges", "promised", "promise", "promises",
	"vowed", "vow", "vows", "plans", "plan", "planned", "planning", "intends", "intend",
	"intended", "threatened", "threaten", "threatens", "threatening", "expected", "set",
	"due", "going", "ready", "prepared", "willing", "continue", "continued", "continues",
	"began", "begin", "begins", "started", "start", "starts", "resumed", "sought", "seeks",
	"seek", "tried", "try", "tries", "attempted", "wants", "want", "wanted", "aims", "aim",
	"aimed", "decided", "decide", "decides", "failed", "fail", "fails", "offered", "offer",
	"offers", "committed", "commit", "commits", "managed", "allegedly", "first", "largely",
	"partially", "partly", "fully", "briefly", "heavily", "ultimately", "actually",
	"tentatively", "unilaterally", "publicly", "secretly", "directly", "indirectly",
	"separately", "together", "both", "all", "each", "ever", "newly", "'s", "got", "get",
	"gets", "said", "says", "say", "appears", "appeared", "seems", "seemed", "likely",
	"unlikely", "able", "unable", "about", "poised", "keen", "eager", "moved", "moves",
	"move", "quietly", "openly")

// boundaries end a clause when scanning for a subject.
var boundaries = set(";", ":", "that", "what", "which", "who", "whom", "whose", "after", "before",
	"while", "when", "whereas", "because", "although", "though", "if", "unless", "until",
	"since", "as", "where", "despite", "amid", "but", "“", "”", "\"", "(", ")", "—", "–")

// subordinators end a clause when scanning for an object.
var objectStops = set(";", ":", ".", ",", "that", "what", "which", "who", "whom", "after", "before",
	"while", "when", "whereas", "because", "although", "though", "if", "unless", "until",
	"since", "as", "where", "despite", "amid", "but", "and", "“", "”", "\"", "(", ")", "—",
	"–", "said", "says", "told", "according")

// opensAside reports whether a word after a comma opens an appositive or a relative
// clause that a subject search may jump over.
func opensAside(w, tag string) bool {
	switch {
	case relatives[w], w == "whose", isDeterminer(w), w == "one", w == "a", w == "an":
		return true
	}
	return tag == "CD" || tag == "JJ" || tag == "VBN" || tag == "VBG" || tag == "RB"
}

// ownForces are roles that, bare as an object, belong to the subject ("deployed troops").
var ownForces = set("MIL", "GOV", "SEC", "COP", "SPY")

// durations are units of time: a deadline's length, not a quantity of the event.
var durations = set("days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour", "minutes")

// objectPreps may introduce the target of a verb without a pattern of its own:
// "signed a deal with X", "sanctions on X", "a message to X".
var objectPreps = set("with", "against", "on", "upon", "to", "toward", "towards")

var possessives = set("its", "their", "his", "her", "our")

// vagueCounts are number words the tagger may not tag as numbers.
var vagueCounts = set("dozen", "dozens", "hundreds", "thousands", "millions", "tens", "scores")

var quoteMarks = set("\"", "“", "”", "'", "‘", "’")

// weapons may name an attacker ("a Russian missile hit") but are never a target.
var weapons = set("missile", "missiles", "drone", "drones", "rocket", "warplane", "warplanes", "jet", "jets", "tanks", "artillery")

// participleLinks introduce a participle clause that shares the main clause's subject.
var participleLinks = set("after", "before", "while", "by", "without", "since", "when", "despite")

// timeWords may stand between a request's addressee and its "to" ("urged X on Monday to").
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "again", "repeatedly", "publicly", "also")

// people are units that count persons.
var people = set("people", "civilians", "persons", "villagers", "residents", "patients", "men", "women", "children", "refugees", "prisoners", "soldiers", "fighters", "troops")

// arms are what a disarmament hands over.
var arms = set("weapons", "arms", "weaponry", "rifles", "guns")

// particles end phrasal verbs; followed by a noun phrase they are prepositions.
var particles = set("in", "out", "up", "down", "off", "back", "on", "over", "away")

// relatives introduce a relative clause whose subject is the antecedent.
var relatives = set("who", "which", "that")

// coordinators join actors into a compound.
var coordinators = set("and", ",", "or", "&", "as well as", "along with")

// pronouns that refer to a person, to a plural actor, or to the speaker.
var (
	personPronouns  = set("he", "she", "him", "her", "his")
	pluralPronouns  = set("they", "them", "their")
	speakerPronouns = set("we", "i", "our", "us", "my", "me")
	nominative      = set("he", "she", "they", "we", "i")
	objective       = set("him", "her", "them", "us", "me")
)

// anaphors are definite descriptions that refer back to an earlier actor of a kind.
var anaphors = map[string]string{
	"group": "group", "movement": "group", "organisation": "group", "organization": "group",
	"militia": "group", "faction": "group", "insurgency": "group", "rebels": "group",
	"militants": "group", "insurgents": "group", "fighters": "group", "jihadists": "group",
	"alliance": "igo", "bloc": "igo", "body": "igo", "agency": "igo", "mission": "igo",
	"country": "country", "nation": "country", "kingdom": "country", "republic": "country",
}

// lightVerbs govern a noun trigger whose source is their subject ("launched an attack").
var lightVerbs = set("launched", "launch", "launches", "launching", "carried", "carry",
	"carries", "carrying", "conducted", "conduct", "conducts", "conducting", "staged",
	"stage", "stages", "mounted", "mount", "mounts", "began", "begin", "begins", "beginning",
	"started", "start", "starts", "resumed", "resume", "resumes", "held", "hold", "holds",
	"holding", "made", "make", "makes", "announced", "announce", "announces", "ordered",
	"order", "orders", "approved", "approve", "approves", "stepped", "intensified",
	"escalated", "completed", "complete", "completes", "continued", "continue", "continues",
	"undertook", "undertake", "pursued", "pursue", "opened", "open", "opens", "ended", "end",
	"ends", "halted", "halt", "suspended", "suspend", "joined", "join", "joins", "took",
	"take", "takes", "taking", "agreed", "agree", "agrees", "signed", "sign", "declared",
	"declare", "declares", "proposed", "propose", "offered", "offer", "announced", "kept",
	"keep", "observe", "observed", "respected", "respect", "honoured", "honored", "broke",
	"violated", "brokered", "broker", "negotiated", "reached", "reach", "reaches", "called",
	"call", "calls", "demanded", "demand", "demands", "led", "lead", "leads", "oversaw",
	"staging", "mounting", "planned", "plan", "plans", "unleashed", "unleash", "waged",
	"wage", "wages", "waging", "fought", "launch", "pressed", "ordered")

var beForms = set("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "got", "get",
	"gets", "getting", "become", "became")

// reciprocal CAMEO roots and codes: a compound source acting alone acts on each other.
func reciprocal(code string) bool {
	switch {
	case len(code) < 2:
		return false
	case code[:2] == "19":
		return true
	}
	switch code {
	case "040", "044", "046", "054", "057", "030", "031", "032", "036", "050", "051", "062", "061", "0841", "081", "0871":
		return true
	}
	return false
}

// forcesAsTargets reports whether a bare armed or governing agent as the object of
// this code is another party ("attacked soldiers", "accused the army") rather than
// the actor's own ("withdrew troops", "deployed forces", "met officials").
func forcesAsTargets(code string) bool {
	switch event.Root(code) {
	case "10", "11", "12", "13", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// placeable codes take a place as their target: attacks, seizures, occupations,
// visits ("visited Kyiv") and investigations ("war crimes in Ukraine").
func placeable(code string) bool {
	// Where a protest takes place is no target of it: "rallied in Tbilisi".
	return code == "042" || code == "043" || event.QuadClass(code) == 4 && event.Root(code) != "14" || event.Root(code) == "09"
}

// hostileActs are nouns for an act of force whose author a condemnation targets.
var hostileActs = set("attack", "attacks", "strike", "strikes", "coup", "killing", "killings",
	"bombing", "bombings", "assault", "raid", "raids", "shelling", "massacre", "invasion",
	"offensive", "seizure", "takeover", "violence", "incursion", "airstrike", "airstrikes")

// onsets are verbs by which fighting starts or goes on, with their particles: "fighting
// broke out between X and Y".
var onsets = set("broke", "breaks", "break", "erupted", "erupts", "flared", "flares", "raged",
	"rages", "resumed", "resumes", "continued", "continues", "intensified", "escalated",
	"out", "up", "again")

// warCrimes are the words that make an accusation one of war crimes (1124).
var warCrimes = set("genocide", "genocidal", "war-crimes", "atrocities", "cleansing", "humanity", "deportation", "deportations", "massacre", "massacres")

// subordinators open a clause that does not carry the sentence's main subject.
var subordinators = set("after", "before", "when", "while", "because", "since", "as", "although", "though", "if", "unless", "until", "once", "where")

// forceWords make a threat one of military force (138).
var forceWords = set("force", "military", "attack", "attacks", "strike", "strikes", "war",
	"invade", "invasion", "bomb", "bombs", "retaliate", "retaliation", "retaliatory", "missiles",
	"troops", "offensive", "nuclear")

// warnings are the verbs whose that-clause is a threat.
var warnings = set("warned", "warns", "warn", "warning", "vowed", "vows", "vow", "threatened", "threatens")

// inquiries092 and inquiries093 are what makes an investigation one of human rights
// abuses (092) or of a military action (093).
var (
	inquiries092 = set("abuses", "abuse", "violations", "killings", "killing", "massacre", "massacres", "torture", "rights", "disappearances", "executions")
	inquiries093 = set("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "shelling", "bombing", "raid", "operation", "operations")
)

// namingVerbs report what someone calls a thing: "what X called a ...".
var namingVerbs = set("called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs", "labelled", "labeled")

// peacekeeping words make a deployment military protection (074).
var peacekeeping = set("peacekeepers", "peacekeeper", "peacekeeping", "protect", "protection", "guard")

// doForms carry "not" before a bare verb.
var doForms = set("do", "does", "did", "will", "would", "could", "can", "should", "must", "may", "might")

// dealMakers are the verbs that make a deal or a truce when they govern its noun.
var dealMakers = set("signed", "sign", "signs", "signing", "reached", "reach", "reaches",
	"concluded", "conclude", "agreed", "agree", "agrees", "brokered", "broker", "negotiated",
	"negotiate", "announced", "announce", "announces", "declared", "declare", "declares",
	"accepted", "accept", "accepts", "approved", "approve", "endorsed", "ratified", "ratify",
	"struck", "strike", "sealed", "seal", "clinched", "finalised", "finalized", "initialled",
	"initialed", "observe", "observed", "respect", "respected", "extended", "extend", "held",
	"hold", "holds", "made", "make")

// objectUnder are the prepositions of "placed X under arrest", "put X on trial".
var objectUnder = set("under", "on", "into")

// deals are what one can pull out of without a retreat: an agreement.
var deals = set("deal", "agreement", "treaty", "accord", "pact", "initiative", "arrangement")
