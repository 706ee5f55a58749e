-- The writer's indexes, cheaper to keep up. An index on an expression makes SQLite
-- keep a statement journal for every multi-row insert (the expression may fail
-- midway), which cost about as much as the rest of the events' indexes together: the
-- CAMEO root is now a column the store writes, indexed as the expression was.
-- claims_article is gone: claims_order, which begins with the article id, finds
-- an article's claims as well.

-- +goose Up
ALTER TABLE events ADD COLUMN cameo_root TEXT NOT NULL DEFAULT '';
UPDATE events SET cameo_root = substr(cameo, 1, 2);
DROP INDEX events_cameo_root;
CREATE INDEX events_cameo_root ON events (cameo_root, date);
DROP INDEX claims_article;
