-- The record: articles with their events and claims, agreements, and each
-- provision's status history. Records are kept as their JSON (the interface's
-- field names) beside the columns that filters and ordering use.

-- +goose Up
CREATE TABLE articles (
	rowid        INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	url          TEXT NOT NULL,
	title        TEXT NOT NULL,
	source       TEXT NOT NULL,
	-- date is the publication time in UTC, fixed width so it sorts; '' unknown.
	date         TEXT NOT NULL,
	date_approx  INTEGER NOT NULL,
	name         TEXT NOT NULL,
	body         TEXT NOT NULL,
	-- fingerprint is the MinHash signature (store.Fingerprint.Bytes), NULL without one.
	fingerprint  BLOB,
	duplicate_of TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date, id);

-- article_bands indexes each fingerprint's band keys, to find near-duplicates.
CREATE TABLE article_bands (
	key           INTEGER NOT NULL,
	article_rowid INTEGER NOT NULL,
	PRIMARY KEY (key, article_rowid)
) WITHOUT ROWID;

-- articles_fts and events_fts index the text of articles and events. The store writes
-- them itself, once at the end of each transaction, rather than from triggers: FTS5
-- flushes its pending rows at every statement's savepoint, and a trigger per row
-- made ingest ten times slower.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body, content = 'articles', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 0'
);


-- events' rowids are never reused (AUTOINCREMENT), so the rows a transaction added are
-- those above the largest rowid it began with.
CREATE TABLE events (
	rowid         INTEGER PRIMARY KEY AUTOINCREMENT,
	id            TEXT NOT NULL UNIQUE,
	article_rowid INTEGER NOT NULL,
	-- date is Date.Value ('' unknown); events are ordered by (date, rowid).
	date          TEXT NOT NULL,
	cameo         TEXT NOT NULL,
	plover        TEXT NOT NULL,
	modality      TEXT NOT NULL,
	country       TEXT NOT NULL,
	-- duplicate is 1 when the article is a near-duplicate of another.
	duplicate     INTEGER NOT NULL,
	text          TEXT NOT NULL,
	trigger_start INTEGER NOT NULL,
	trigger_end   INTEGER NOT NULL,
	lemma         TEXT NOT NULL,
	-- record is the event's JSON without its text, which is the column above.
	record        TEXT NOT NULL
);
-- SQLite ends every index with the rowid, so these all list events in order.
CREATE INDEX events_order ON events (date);
CREATE INDEX events_article ON events (article_rowid);
CREATE INDEX events_cameo ON events (cameo, date);
CREATE INDEX events_cameo_root ON events (substr(cameo, 1, 2), date);
CREATE INDEX events_plover ON events (plover, date);
CREATE INDEX events_country ON events (country, date);
-- Modalities are few, each shared by many events: a page of one is found soon
-- enough in date order.

-- event_actors has one row per actor key of an event (store.ActorKeys), with the
-- event's date so that one key's events are read in order; roles holds
-- store.SourceBit and store.TargetBit.
CREATE TABLE event_actors (
	key         TEXT NOT NULL,
	date        TEXT NOT NULL,
	event_rowid INTEGER NOT NULL,
	roles       INTEGER NOT NULL,
	PRIMARY KEY (key, date, event_rowid)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE events_fts USING fts5 (
	text, content = 'events', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 0'
);


CREATE TABLE claims (
	rowid         INTEGER PRIMARY KEY,
	article_rowid INTEGER NOT NULL,
	article_id    TEXT NOT NULL,
	speaker_code  TEXT NOT NULL,
	speaker_name  TEXT NOT NULL,
	text          TEXT NOT NULL,
	start         INTEGER NOT NULL,
	"end"         INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims (article_rowid);
CREATE INDEX claims_order ON claims (article_id, start);
CREATE INDEX claims_speaker ON claims (speaker_code);

-- agreements keeps each agreement's JSON without its provisions' statuses, and those
-- (as put) beside it: the status board reads them from statuses instead.
CREATE TABLE agreements (
	id       TEXT PRIMARY KEY,
	signed   TEXT NOT NULL,
	record   TEXT NOT NULL,
	statuses TEXT NOT NULL
);
CREATE INDEX agreements_signed ON agreements (signed, id);

-- provisions lists each agreement's provision ids in order, for the status history.
CREATE TABLE provisions (
	agreement_id TEXT NOT NULL,
	id           TEXT NOT NULL,
	ord          INTEGER NOT NULL,
	PRIMARY KEY (agreement_id, id)
) WITHOUT ROWID;

CREATE TABLE statuses (
	agreement_id TEXT NOT NULL,
	provision_id TEXT NOT NULL,
	as_of        TEXT NOT NULL,
	record       TEXT NOT NULL,
	PRIMARY KEY (agreement_id, provision_id, as_of)
) WITHOUT ROWID;
