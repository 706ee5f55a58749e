-- Integer index keys, smaller and cheaper to compare than the text they stand for:
-- the writer's cost was mostly SQLite rewriting index pages, and the fewer bytes an
-- entry takes, the fewer pages a transaction's entries dirty.
--
-- date_key orders events as their date (Date.Value) does: the Julian day number of
-- the date's first day, times four, plus 0 for a year ('2019'), 1 for a month
-- ('2019-03') and 2 for a day ('2019-03-01'), so that a year sorts before its first
-- month and a month before its first day as their text did; 0 for no date. The
-- events' indexes by date use it instead of the text, which is dropped: the
-- record holds it.
--
-- actor_keys interns the actor keys (store.ActorKeys); event_actors refers to them,
-- and to the date, by those integers.

-- +goose Up
ALTER TABLE events ADD COLUMN date_key INTEGER NOT NULL DEFAULT 0;
UPDATE events SET date_key = CASE length(date)
	WHEN 10 THEN CAST(julianday(date) AS INTEGER) * 4 + 2
	WHEN 7 THEN CAST(julianday(date || '-01') AS INTEGER) * 4 + 1
	WHEN 4 THEN CAST(julianday(date || '-01-01') AS INTEGER) * 4
	ELSE 0 END;
DROP INDEX events_order;
DROP INDEX events_cameo;
DROP INDEX events_cameo_root;
DROP INDEX events_plover;
DROP INDEX events_country;
CREATE INDEX events_order ON events (date_key);
CREATE INDEX events_cameo ON events (cameo, date_key);
CREATE INDEX events_cameo_root ON events (cameo_root, date_key);
CREATE INDEX events_plover ON events (plover, date_key);
CREATE INDEX events_country ON events (country, date_key);
ALTER TABLE events DROP COLUMN date;

CREATE TABLE actor_keys (
	id  INTEGER PRIMARY KEY,
	key TEXT NOT NULL UNIQUE
);
INSERT INTO actor_keys (key) SELECT DISTINCT key FROM event_actors ORDER BY key;

CREATE TABLE event_keys (
	key         INTEGER NOT NULL,
	date_key    INTEGER NOT NULL,
	event_rowid INTEGER NOT NULL,
	roles       INTEGER NOT NULL,
	PRIMARY KEY (key, date_key, event_rowid)
) WITHOUT ROWID;
INSERT INTO event_keys (key, date_key, event_rowid, roles)
	SELECT k.id, e.date_key, a.event_rowid, a.roles
	FROM event_actors a JOIN actor_keys k ON k.key = a.key JOIN events e ON e.rowid = a.event_rowid
	ORDER BY 1, 2, 3;
DROP TABLE event_actors;
ALTER TABLE event_keys RENAME TO event_actors;
