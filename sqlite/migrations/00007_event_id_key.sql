-- Event ids without an index of their own. The UNIQUE index on events.id was the
-- largest events index, and its keys arrive in no order: a transaction's entries
-- land on most of its pages, each fetched, changed and logged at the commit, which
-- grew with the store. An event's id is its article's id, '-' and its place in
-- the article (coder's ids), so it is kept unique on (article_rowid, id) instead,
-- whose entries are appended as the rows are, and which finds an article's events
-- as events_article did. An id found in the events of no article whose id and '-'
-- begin it (an event of another source's numbering) is also in event_ids, which
-- finds it and keeps it unique among those. The store looks an id up through both
-- (an article's id followed by '-' begins it, or event_ids holds it) and checks
-- the ids that could be another article's (see writer.checkIDs).
--
-- SQLite drops a UNIQUE constraint only with its table: events is copied, with
-- its rowids and AUTOINCREMENT sequence, and the full-text index (external
-- content, by rowid) stays valid.

-- +goose Up
CREATE TABLE events_new (
	rowid         INTEGER PRIMARY KEY AUTOINCREMENT,
	id            TEXT NOT NULL,
	article_rowid INTEGER NOT NULL,
	modality      TEXT NOT NULL,
	duplicate     INTEGER NOT NULL,
	text          TEXT NOT NULL,
	trigger_start INTEGER NOT NULL,
	trigger_end   INTEGER NOT NULL,
	lemma         TEXT NOT NULL,
	record        TEXT NOT NULL,
	date_key      INTEGER NOT NULL DEFAULT 0,
	cameo_id      INTEGER NOT NULL DEFAULT 0,
	cameo_root_id INTEGER NOT NULL DEFAULT 0,
	plover_id     INTEGER NOT NULL DEFAULT 0,
	country_id    INTEGER NOT NULL DEFAULT 0,
	text_start    INTEGER NOT NULL DEFAULT -1,
	text_end      INTEGER NOT NULL DEFAULT -1
);
INSERT INTO events_new (rowid, id, article_rowid, modality, duplicate, text, trigger_start, trigger_end, lemma, record,
		date_key, cameo_id, cameo_root_id, plover_id, country_id, text_start, text_end)
	SELECT rowid, id, article_rowid, modality, duplicate, text, trigger_start, trigger_end, lemma, record,
		date_key, cameo_id, cameo_root_id, plover_id, country_id, text_start, text_end
	FROM events ORDER BY rowid;
DELETE FROM sqlite_sequence WHERE name = 'events_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'events_new', seq FROM sqlite_sequence WHERE name = 'events';
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE UNIQUE INDEX events_article ON events (article_rowid, id);
CREATE INDEX events_order ON events (date_key);
CREATE INDEX events_cameo ON events (cameo_id, date_key);
CREATE INDEX events_cameo_root ON events (cameo_root_id, date_key);
CREATE INDEX events_plover ON events (plover_id, date_key);
CREATE INDEX events_country ON events (country_id, date_key);

CREATE TABLE event_ids (
	id          TEXT PRIMARY KEY,
	event_rowid INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO event_ids (id, event_rowid)
	SELECT e.id, e.rowid FROM events e JOIN articles a ON a.rowid = e.article_rowid
	WHERE substr(CAST(e.id AS BLOB), 1, length(CAST(a.id AS BLOB)) + 1) <> CAST(a.id || '-' AS BLOB);
