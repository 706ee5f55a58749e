-- An event's text is its sentence's, which its article holds: the event's row
-- says where (text_start and text_end, bytes) and leaves its text column '', which
-- was a tenth of a store. -1 for an event whose text is its own, as those stored
-- before keep it. The full-text index reads no text from the row: the store gives
-- it every event's text itself (see indexText).

-- +goose Up
ALTER TABLE events ADD COLUMN text_start INTEGER NOT NULL DEFAULT -1;
ALTER TABLE events ADD COLUMN text_end INTEGER NOT NULL DEFAULT -1;
