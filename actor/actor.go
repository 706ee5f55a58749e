// Package actor holds the actor and agent dictionaries: who can do things in the news,
// with CAMEO-style codes that may depend on the date (an office holder is coded by the
// article's date). It reads peacewatch's own format and the Phoenix/TABARI format.
package actor

import "time"

// Kind says what an entry names.
type Kind string

// The kinds of entries.
const (
	Country Kind = "country" // a state; combines with agents ("Afghan security forces")
	Capital Kind = "capital" // a capital used for its government ("Kabul"); also a place
	Place   Kind = "place"   // a city or region: a location, never an actor
	IGO     Kind = "igo"     // an international organisation
	Group   Kind = "group"   // a non-state armed group, party or movement
	Person  Kind = "person"  // a named person, coded by date
	Agent   Kind = "agent"   // a role noun ("security forces", "envoy"): a role code suffix
)

// DatedCode is a code that holds between From and To (zero means open-ended).
type DatedCode struct {
	Code     string
	From, To time.Time
}

// Entry is one dictionary entry: a canonical name, the phrases that name it and its codes.
type Entry struct {
	Kind    Kind
	Name    string
	Phrases []string // lower-case, tokenised with single spaces ("u.s.", "al - qaeda" not needed)
	Codes   []DatedCode
	Country string // ISO alpha-3 of the place or capital, or home country of a group or person
	Source  string // file:line it was read from
}

// Mention is a dictionary match over a sentence's words: tokens [Start, End).
// Entry is the entry the phrase names by default (see Dictionary.Match); Alt holds the
// other entries of Entry's kind that share the phrase and can be told apart from it by
// their country or their dates ("Maoists" in India and in Nepal, "Bush" father and
// son), for a caller that knows the context to pick one with Choose. Alt is shared by
// every match of the phrase and must not be modified.
type Mention struct {
	Start, End int
	Entry      *Entry
	Alt        []*Entry
}
