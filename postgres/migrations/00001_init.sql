-- The record: articles with their events and claims, agreements, and each
-- provision's status history. Records are kept as their JSON (the interface's
-- field names) beside the columns that filters and ordering use; the layout follows
-- the SQLite store's so that both answer alike.

-- +goose Up
CREATE TABLE articles (
	rowid        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           text COLLATE "C" NOT NULL UNIQUE,
	url          text NOT NULL,
	title        text NOT NULL,
	source       text NOT NULL,
	-- date is the publication time in UTC, fixed width so it sorts; '' unknown.
	date         text COLLATE "C" NOT NULL,
	date_approx  boolean NOT NULL,
	name         text NOT NULL,
	body         text NOT NULL,
	-- fingerprint is the MinHash signature (store.Fingerprint.Bytes), NULL without one.
	fingerprint  bytea,
	duplicate_of text NOT NULL,
	tsv          tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);
CREATE INDEX articles_date ON articles (date, id);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

-- article_bands indexes each fingerprint's band keys, to find near-duplicates.
CREATE TABLE article_bands (
	key           bigint NOT NULL,
	article_rowid bigint NOT NULL,
	PRIMARY KEY (key, article_rowid)
);

CREATE TABLE events (
	rowid         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id            text COLLATE "C" NOT NULL UNIQUE,
	article_rowid bigint NOT NULL,
	-- date is Date.Value ('' unknown); events are ordered by (date, rowid).
	date          text COLLATE "C" NOT NULL,
	cameo         text COLLATE "C" NOT NULL,
	plover        text NOT NULL,
	modality      text NOT NULL,
	country       text NOT NULL,
	-- duplicate is set when the article is a near-duplicate of another.
	duplicate     boolean NOT NULL,
	text          text NOT NULL,
	trigger_start integer NOT NULL,
	trigger_end   integer NOT NULL,
	lemma         text NOT NULL,
	-- record is the event's JSON without its text, which is the column above.
	record        jsonb NOT NULL
);
CREATE INDEX events_order ON events (date, rowid);
CREATE INDEX events_article ON events (article_rowid);
CREATE INDEX events_cameo ON events (cameo, date, rowid);
CREATE INDEX events_cameo_root ON events (substr(cameo, 1, 2), date, rowid);
CREATE INDEX events_plover ON events (plover, date);
CREATE INDEX events_country ON events (country, date);
CREATE INDEX events_text ON events USING gin (to_tsvector('simple', text));

-- event_actors has one row per actor key of an event (store.ActorKeys), with the
-- event's date so that one key's events are read in order; roles holds
-- store.SourceBit and store.TargetBit.
CREATE TABLE event_actors (
	key         text COLLATE "C" NOT NULL,
	date        text COLLATE "C" NOT NULL,
	event_rowid bigint NOT NULL,
	roles       smallint NOT NULL,
	PRIMARY KEY (key, date, event_rowid)
);
CREATE INDEX event_actors_event ON event_actors (event_rowid);

CREATE TABLE claims (
	rowid         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_rowid bigint NOT NULL,
	article_id    text COLLATE "C" NOT NULL,
	speaker_code  text NOT NULL,
	speaker_name  text NOT NULL,
	text          text NOT NULL,
	start         integer NOT NULL,
	"end"         integer NOT NULL
);
CREATE INDEX claims_article ON claims (article_rowid);
CREATE INDEX claims_order ON claims (article_id, start);
CREATE INDEX claims_speaker ON claims (speaker_code);

-- agreements keeps each agreement's JSON without its provisions' statuses, and those
-- (as put) beside it: the status board reads them from statuses instead.
CREATE TABLE agreements (
	id       text COLLATE "C" PRIMARY KEY,
	signed   text COLLATE "C" NOT NULL,
	record   jsonb NOT NULL,
	statuses jsonb NOT NULL
);
CREATE INDEX agreements_signed ON agreements (signed, id);

-- provisions lists each agreement's provision ids in order, for the status history.
CREATE TABLE provisions (
	agreement_id text NOT NULL,
	id           text NOT NULL,
	ord          integer NOT NULL,
	PRIMARY KEY (agreement_id, id)
);

CREATE TABLE statuses (
	agreement_id text COLLATE "C" NOT NULL,
	provision_id text COLLATE "C" NOT NULL,
	as_of        text COLLATE "C" NOT NULL,
	record       jsonb NOT NULL,
	PRIMARY KEY (agreement_id, provision_id, as_of)
);
