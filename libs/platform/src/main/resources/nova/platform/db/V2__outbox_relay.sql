-- What the relay needs (libs/platform nova.platform.events.OutboxRelay).

-- The topic is chosen when the event is written: normally nova.<context>, but a dead letter goes
-- to nova.deadletter and a replayed one back to the topic it came from.
ALTER TABLE outbox_events ADD COLUMN topic TEXT NOT NULL;

-- created_at is when the row was written, not when its transaction began: publish lag is measured from it
ALTER TABLE outbox_events ALTER COLUMN created_at SET DEFAULT clock_timestamp();

-- The relay holds back a row while an earlier unpublished row of the same aggregate is being sent
-- by another replica; this index answers that question without scanning the backlog.
CREATE INDEX outbox_events_unpublished_aggregate ON outbox_events (aggregate_id, seq) WHERE published_at IS NULL;

-- Retention clean-up deletes published rows by age.
CREATE INDEX outbox_events_published ON outbox_events (published_at) WHERE published_at IS NOT NULL;

-- Wake the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit,
-- and identical notifications of one transaction are folded into one).
CREATE FUNCTION outbox_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('nova_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_events_notify();
