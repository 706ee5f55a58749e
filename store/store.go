// Package store is peacewatch's storage contract: the Store interface that the SQLite
// and PostgreSQL adapters implement, the records it keeps (articles with their events,
// claims and agreements, and each provision's status history), the filters of its
// queries and its typed errors. It imports no adapter; package storetest holds the
// conformance suite every adapter runs.
package store

import (
	"context"
	"time"

	"github.com/peacewatch/peacewatch/agreement"
	"github.com/peacewatch/peacewatch/article"
	"github.com/peacewatch/peacewatch/event"
)

// Store keeps the record. Every method takes a context first; a cancelled context
// stops the call with an error wrapping ctx.Err(). Methods that look one thing up
// return an error wrapping ErrNotFound when it is absent, never a zero value and nil.
// A Store is safe for concurrent use by several goroutines.
type Store interface {
	// PutArticle stores one article with everything coded from it in one
	// transaction: all of it is stored or none of it. It is idempotent: an article
	// already stored under the same id and text has its events and claims replaced by
	// the batch's, so a rerun stores nothing twice. An id already stored with another
	// text is ErrConflict, as is an event id that belongs to another article. A batch
	// without an article id, or whose events name another article, is ErrInvalid.
	PutArticle(ctx context.Context, b Batch) (PutResult, error)
	// PutArticles stores several batches in one transaction, with PutArticle's
	// contract for each: the bulk path for imports. Results are in batch order.
	PutArticles(ctx context.Context, bs []Batch) ([]PutResult, error)
	// Article returns the stored article with that id.
	Article(ctx context.Context, id string) (Article, error)
	// Articles returns a page of articles (their text included) ordered by date,
	// then id.
	Articles(ctx context.Context, f ArticleFilter) (ArticlePage, error)
	// Similar returns up to limit stored articles whose fingerprint is Near fp,
	// nearest first (then by id). A zero fingerprint matches nothing.
	Similar(ctx context.Context, fp Fingerprint, limit int) ([]Article, error)
	// Search finds articles whose title or text contains every term of q.Text,
	// best match first.
	Search(ctx context.Context, q SearchQuery) (SearchPage, error)

	// Event returns the stored event with that id.
	Event(ctx context.Context, id string) (event.Event, error)
	// Events returns one page of the events that pass f, in the order of
	// EventFilter's doc.
	Events(ctx context.Context, f EventFilter) (EventPage, error)
	// EachEvent calls fn with every event that passes f (f.Limit and f.Cursor are
	// ignored), in the same order as Events, without holding them all in memory.
	// An error from fn stops the iteration and is returned.
	EachEvent(ctx context.Context, f EventFilter, fn func(event.Event) error) error
	// Claims returns the claims that pass f, ordered by article id, then start.
	Claims(ctx context.Context, f ClaimFilter) ([]agreement.Claim, error)

	// PutAgreements stores agreements in one transaction, replacing any stored under
	// the same id, and records each provision's Status and History entries in the
	// status history (see PutStatuses). An agreement or provision without an id is
	// ErrInvalid.
	PutAgreements(ctx context.Context, ags []agreement.Agreement) error
	// Agreement returns the agreement stored under id, exactly as it was last put.
	Agreement(ctx context.Context, id string) (agreement.Agreement, error)
	// Agreements returns every stored agreement ordered by signing date, then id.
	Agreements(ctx context.Context) ([]agreement.Agreement, error)
	// PutStatuses records provision statuses in one transaction. A provision keeps
	// one status per as-of date: a status for a date already recorded replaces it.
	// A status of an agreement or provision that is not stored is ErrNotFound.
	PutStatuses(ctx context.Context, sts []ProvisionStatus) error
	// StatusHistory returns the recorded statuses of the agreement's provisions as
	// of asOf (an ISO date; "" means all), in provision order, then oldest first.
	// An agreement that is not stored is ErrNotFound.
	StatusHistory(ctx context.Context, agreementID, asOf string) ([]ProvisionStatus, error)
	// Status returns the agreement as of asOf ("" means the latest): each
	// provision's Status is its latest recorded status on or before asOf (nil when
	// none) and its History every recorded status up to asOf, oldest first.
	Status(ctx context.Context, agreementID, asOf string) (agreement.Agreement, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store's connections.
	Close() error
}

// Article is a stored article: the input article, its near-duplicate fingerprint,
// and the id of the article it is a near-duplicate (a wire copy) of.
type Article struct {
	article.Article
	// Fingerprint is computed by the store from Text when the article is put.
	Fingerprint Fingerprint
	// DuplicateOf is the id of the earlier stored article this one is Near, "" for
	// an original. Left empty in a batch, the store sets it to the nearest stored
	// original; set in a batch, it is kept as given.
	DuplicateOf string
}

// Batch is one article and everything coded from it, written in one transaction.
type Batch struct {
	Article Article
	// Events must all have Article.ID as their ArticleID.
	Events []event.Event
	// Claims are the article's claims; a claim's ArticleID is set to the article's.
	Claims []agreement.Claim
	// Agreements found in or updated by the article, stored as by PutAgreements.
	Agreements []agreement.Agreement
	// Statuses recorded as by PutStatuses, after the batch's agreements.
	Statuses []ProvisionStatus
	// Encoded, when set by Encode or EncodeFor, spares the store computing it while
	// it writes.
	Encoded *Encoded
}

// PutResult tells what PutArticle did with an article.
type PutResult struct {
	ID string
	// Created is false when the article was already stored (its events and claims
	// were then replaced).
	Created bool
	// DuplicateOf is the stored article's near-duplicate link.
	DuplicateOf string
}

// ProvisionStatus is one entry of a provision's status history.
type ProvisionStatus struct {
	AgreementID string
	ProvisionID string
	Status      agreement.Status
}

// Stats counts stored records.
type Stats struct {
	Articles   int64
	Duplicates int64 // articles linked as near-duplicates
	Events     int64
	Claims     int64
	Agreements int64
	Statuses   int64
}

// ArticleDater is what a Store may offer besides: an article's publication date
// alone, for a reader that needs no more of it (Article reads its whole text). It
// returns Article(ctx, id).Date, and its errors.
type ArticleDater interface {
	ArticleDate(ctx context.Context, id string) (time.Time, error)
}
