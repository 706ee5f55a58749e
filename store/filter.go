package store

import (
	"fmt"
	"time"

	"github.com/peacewatch/peacewatch/event"
)

// Page sizes: a filter's Limit of 0 means DefaultLimit; more than MaxLimit is
// ErrInvalid.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// Role restricts an actor filter to an event's sources or targets.
type Role string

// The roles an actor plays in an event.
const (
	AnyRole    Role = ""
	SourceRole Role = "source"
	TargetRole Role = "target"
)

// EventFilter selects events. Zero fields do not filter. Events come ordered by
// Date.Value (events without a date first), then in the order they were stored.
type EventFilter struct {
	// Actor is an actor code or a prefix of one ("AFG" for every Afghan actor,
	// "AFGREB" for the insurgents): an event passes when one of its actors in Role
	// has a code that starts with it.
	Actor string
	Role  Role
	// Cameo is a CAMEO code or a prefix of one: a root ("19") passes every code
	// under it ("190", "193", ...), as does "087" for "0871". A four-digit code,
	// CAMEO's finest, passes only itself.
	Cameo string
	// Plover is a PLOVER event type such as "ASSAULT", matched exactly.
	Plover   string
	Modality event.Modality
	// From and To are ISO dates (YYYY-MM-DD) bounding Date.Value, both included.
	// Events without a date fail either bound.
	From, To string
	// Country is the ISO 3166 alpha-3 code of the event's location.
	Country string
	// Text passes events whose text contains every word and "quoted phrase" of it,
	// case-insensitively (see ParseQuery).
	Text      string
	ArticleID string
	// Duplicates includes the events of articles linked as near-duplicates of
	// another; by default they are left out so a wire copy is counted once.
	Duplicates bool
	// Limit is the page size; Cursor the Next of the previous page ("" for the first).
	Limit  int
	Cursor string
}

// EventPage is one page of events; Next is the cursor of the following page, ""
// after the last.
type EventPage struct {
	Events []event.Event
	Next   string
}

// ArticleFilter selects articles, ordered by publication date (undated first), then
// id.
type ArticleFilter struct {
	// From and To are ISO dates bounding the publication date, both included.
	From, To string
	// Duplicates includes articles linked as near-duplicates of another.
	Duplicates bool
	Limit      int
	Cursor     string
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles []Article
	Next     string
}

// ClaimFilter selects claims. Zero fields do not filter; Limit 0 means all.
type ClaimFilter struct {
	ArticleID string
	// Speaker is the speaker's actor code, matched exactly.
	Speaker string
	Limit   int
}

// SearchQuery is a full-text search over article titles and texts.
type SearchQuery struct {
	// Text holds words and "quoted phrases", all required (see ParseQuery).
	Text string
	// Duplicates includes articles linked as near-duplicates of another.
	Duplicates bool
	Limit      int
	Cursor     string
}

// SearchHit is one article found by Search. Snippet is an excerpt of its text with
// the matching words in [brackets].
type SearchHit struct {
	ID      string
	Title   string
	URL     string
	Source  string
	Date    time.Time
	Snippet string
}

// SearchPage is one page of search hits, best first.
type SearchPage struct {
	Hits []SearchHit
	Next string
}

// PageLimit returns the page size a filter's limit asks for: DefaultLimit for 0, an
// ErrInvalid error for a negative limit or one above MaxLimit.
func PageLimit(limit int) (int, error) {
	switch {
	case limit == 0:
		return DefaultLimit, nil
	case limit < 0 || limit > MaxLimit:
		return 0, fmt.Errorf("page limit %d is not between 1 and %d: %w", limit, MaxLimit, ErrInvalid)
	}
	return limit, nil
}

// Validate checks f's dates, role, text and limit, returning an ErrInvalid error
// that names the bad field.
func (f EventFilter) Validate() error {
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	switch f.Role {
	case AnyRole, SourceRole, TargetRole:
	default:
		return fmt.Errorf("actor role %q is not source or target: %w", f.Role, ErrInvalid)
	}
	if f.Role != AnyRole && f.Actor == "" {
		return fmt.Errorf("actor role %q without an actor: %w", f.Role, ErrInvalid)
	}
	if f.Text != "" {
		if _, err := ParseQuery(f.Text); err != nil {
			return err
		}
	}
	_, err := PageLimit(f.Limit)
	return err
}

// Validate checks f's dates and limit.
func (f ArticleFilter) Validate() error {
	if err := checkDates(f.From, f.To); err != nil {
		return err
	}
	_, err := PageLimit(f.Limit)
	return err
}

func checkDates(from, to string) error {
	for _, d := range []struct{ name, v string }{{"from", from}, {"to", to}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("%s date %q is not YYYY-MM-DD: %w", d.name, d.v, ErrInvalid)
		}
	}
	return nil
}

// NextDay returns the ISO date after d (a valid YYYY-MM-DD), for inclusive upper
// bounds on timestamps.
func NextDay(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, 1).Format(time.DateOnly)
}

// PrefixEnd returns the smallest string greater than every string that starts with
// p, so that a prefix match becomes the index-friendly range [p, PrefixEnd(p)). It
// returns "" when there is none (p empty or all 0xff bytes).
func PrefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return ""
}
