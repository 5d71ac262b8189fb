-- Marking a row published is the relay's most frequent write, and every B-tree that has to take
-- the new row version makes it dearer. The retention clean-up only needs to find old published
-- rows, and rows are published roughly in the order they lie on disk: a BRIN summary does that
-- for almost nothing per update.
DROP INDEX IF EXISTS outbox_events_published;
CREATE INDEX outbox_events_published_brin ON outbox_events USING brin (published_at);
