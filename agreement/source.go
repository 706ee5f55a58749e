package agreement

import (
	"time"

	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
	"github.com/peacewatch/peacewatch/text"
)

// Source is one coded article as the agreement stages read it: the article, its
// analysed body, the actors and places the coder found in it, and its events.
type Source struct {
	Article  article.Article
	Doc      *text.Doc
	Mentions []event.Mention
	Events   []event.Event
	// Speakers, when not nil, holds the speakers of the report's earlier articles;
	// Claims reads it and adds the speakers it codes.
	Speakers *Speakers
}

// Record is what assessment reads: dated events and claims from any number of
// articles (or imported event data), and each article's publication date by id, so
// that nothing published after the as-of date is used.
type Record struct {
	Events    []event.Event
	Claims    []Claim
	Published map[string]time.Time
}
