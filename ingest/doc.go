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
// copy (store.Article.DuplicateOf). Their events are stored too, flagged as a
// duplicate's, and the store's event queries leave them out by default, so each
// reported event is counted once while the copy's own evidence stays available.
package ingest
