-- The events context's own tables (DESIGN-V2: domain_events, event_subscriptions, dead_letter_queue).

-- Every event of every context topic, once (the inbox and the primary key both guarantee it).
CREATE TABLE domain_events (
    event_id    UUID PRIMARY KEY,
    type        TEXT        NOT NULL,
    source      TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    time        TIMESTAMPTZ NOT NULL,
    topic       TEXT        NOT NULL,
    partition   INTEGER     NOT NULL,
    "offset"    BIGINT      NOT NULL,
    envelope    JSONB       NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX domain_events_time ON domain_events (time, event_id);
CREATE INDEX domain_events_type_time ON domain_events (type, time);
CREATE INDEX domain_events_subject_time ON domain_events (subject, time);

-- Which consumer group reads which topic and how far behind it is, refreshed from the broker.
CREATE TABLE event_subscriptions (
    consumer_group   TEXT        NOT NULL,
    topic            TEXT        NOT NULL,
    state            TEXT        NOT NULL,
    members          INTEGER     NOT NULL,
    committed_offset BIGINT      NOT NULL,
    end_offset       BIGINT      NOT NULL,
    lag              BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer_group, topic)
);

-- Events a consumer gave up on, with the error; replayed to their topic or discarded by an operator.
CREATE TABLE dead_letter_queue (
    id           UUID PRIMARY KEY,          -- the dead letter's own event id
    event_id     UUID,                      -- the failed event (null when the bytes were not an event)
    event_type   TEXT,
    consumer     TEXT        NOT NULL,
    reported_by  TEXT        NOT NULL,      -- the context whose consumer failed
    topic        TEXT        NOT NULL,
    partition    INTEGER     NOT NULL,
    "offset"     BIGINT      NOT NULL,
    record_key   TEXT,
    attempts     INTEGER     NOT NULL,
    error        TEXT        NOT NULL,
    event        JSONB,
    raw          TEXT,
    status       TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'replayed', 'discarded')),
    failed_at    TIMESTAMPTZ NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    resolved_at  TIMESTAMPTZ,
    resolved_by  TEXT
);
CREATE INDEX dead_letter_queue_status ON dead_letter_queue (status, recorded_at);
CREATE INDEX dead_letter_queue_event ON dead_letter_queue (event_id);
