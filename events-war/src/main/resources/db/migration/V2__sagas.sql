-- The events context's sagas (issue 20): account deletion, ban and unban, each a row here and one row per
-- context it asks something of. Written only by nova.events.saga.Sagas.
CREATE TABLE sagas (
    id            UUID PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('deletion', 'ban', 'unban')),
    user_id       UUID        NOT NULL,
    username      TEXT,
    -- the user event that started it: a second copy starts nothing
    trigger_event UUID        NOT NULL UNIQUE,
    status        TEXT        NOT NULL CHECK (status IN ('running', 'stuck', 'done', 'superseded')),
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    resumed_by    TEXT,
    resumed_at    TIMESTAMPTZ
);
CREATE INDEX sagas_status_started ON sagas (status, started_at);
CREATE INDEX sagas_user ON sagas (user_id, started_at);

CREATE TABLE saga_steps (
    id            UUID PRIMARY KEY,
    saga_id       UUID        NOT NULL REFERENCES sagas (id),
    position      INTEGER     NOT NULL,
    step          TEXT        NOT NULL,         -- the context asked
    status        TEXT        NOT NULL CHECK (status IN ('requested', 'done', 'stuck')),
    attempt       INTEGER     NOT NULL,         -- the last attempt requested
    -- attempts count from here: a resume gives a stuck step the whole budget again
    attempt_base  INTEGER     NOT NULL DEFAULT 0,
    requested_at  TIMESTAMPTZ NOT NULL,
    completed_at  TIMESTAMPTZ,
    reason        TEXT,                         -- why it is stuck
    UNIQUE (saga_id, step)
);
-- the clock's question: which requested steps have waited too long
CREATE INDEX saga_steps_waiting ON saga_steps (requested_at) WHERE status = 'requested';
