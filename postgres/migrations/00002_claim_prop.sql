-- A claim's proposition: the reading of its sentence that assessment needs, as JSON
-- (store.EncodeProposition), so that statuses assessed from the store are those of
-- the in-memory report.

-- +goose Up
ALTER TABLE claims ADD COLUMN prop TEXT NOT NULL DEFAULT '';
