-- Claims packed as events were: claims were the largest table (a claim per
-- sentence, each with its sentence's text and its proposition as JSON) and their
-- rows and indexes the writer's largest cost after events.
--
-- A claim's row is keyed by its article's rowid, start and seq, its order among
-- the article's claims as put (the rowid it had, for those stored before), which
-- is the order Claims reads; the table is in that order and finds an article's
-- claims without another index. speaker_id is the speaker code's id in codes.
-- text is NULL when it is the article's text from start to end (bytes), as a
-- claim's sentence is; prop is the packed proposition (store.PackedProposition),
-- else its JSON as before.

-- +goose Up
INSERT OR IGNORE INTO codes (code) SELECT DISTINCT speaker_code FROM claims;
CREATE TABLE claims_packed (
	article_rowid INTEGER NOT NULL,
	start         INTEGER NOT NULL,
	seq           INTEGER NOT NULL,
	"end"         INTEGER NOT NULL,
	speaker_id    INTEGER NOT NULL,
	speaker_name  TEXT NOT NULL,
	text          TEXT,
	prop          BLOB NOT NULL,
	PRIMARY KEY (article_rowid, start, seq)
) WITHOUT ROWID;
INSERT INTO claims_packed (article_rowid, start, seq, "end", speaker_id, speaker_name, text, prop)
	SELECT c.article_rowid, c.start, c.rowid, c."end", k.id, c.speaker_name,
		CASE WHEN c.start >= 0 AND c."end" > c.start AND c."end" <= length(CAST(a.body AS BLOB))
			AND substr(CAST(a.body AS BLOB), c.start + 1, c."end" - c.start) = CAST(c.text AS BLOB)
		THEN NULL ELSE c.text END,
		c.prop
	FROM claims c JOIN codes k ON k.code = c.speaker_code LEFT JOIN articles a ON a.rowid = c.article_rowid
	ORDER BY 1, 2, 3;
DROP TABLE claims;
ALTER TABLE claims_packed RENAME TO claims;
CREATE INDEX claims_speaker ON claims (speaker_id);
