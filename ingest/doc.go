// Package ingest is peacewatch's ingest pipeline: it reads articles and event data
// from the sources of package source, codes each new article, finds its claims and
// agreements, stores everything in a store.Store with its evidence, and re-assesses
// the stored agreements the batch touched. Its subpackages read the input formats:
// source (files, directories, URLs, standard input), page (HTML), feed (RSS and
// Atom), fetch (HTTP with limits), gdelt and acled (event data sets) and dataset
// (what those two share).
//
// The pipeline runs in three stages joined by bounded channels, so memory stays
// flat however large the input: one reader, Options.Workers coding workers, and one
// writer that keeps the input order and stores several articles per transaction
// (store.PutArticles). A transaction holds whole articles, each with all its
// events, claims and agreements, so a run killed at any moment leaves every article
// either stored completely or not at all; a rerun skips the stored ones (an article
// id is the hash of its text) and stores the rest.
//
// Near-duplicates (wire copies) are linked by the store to the earlier article they
// copy (store.Article.DuplicateOf): it looks the fingerprint up (as Similar does)
// inside the transaction that stores the copy, so a copy is found even when its
// original is stored in the same transaction, and the single writer keeps the
// input order, so the first copy read is the original. A copy's events are stored
// too, flagged as a duplicate's; the store's event queries leave them out by
// default and so does the run's count of events, so each reported event is counted
// once while the copy's own evidence stays available.
//
// Events read from GDELT and ACLED files are stored under container articles (no
// text): one per GDELT SOURCEURL, one per record otherwise (see package source).
// One article's rows need not be adjacent, so its events may come in several items;
// the writer merges each with the events already stored for the article, since a
// put replaces them, which also makes reruns of a file idempotent.
//
// After the batch, the stored agreements the run touched are re-assessed as of the
// latest publication date it saw and stored with their statuses (see assess.go).
package ingest
