-- The real-time engineer's part of the communication context: push tokens and the SMS queue (V1 is the core's).

-- A member's Web Push subscriptions. The endpoint is a capability URL of the browser's push service: unique (one
-- browser subscription belongs to one member at a time) and never handed back or logged; p256dh and auth are the
-- subscription's keys (base64url). last_used_at: the last accepted push; a 404/410 from the push service deletes the row.
CREATE TABLE push_tokens (
    id           UUID PRIMARY KEY,
    user_id      UUID        NOT NULL,
    kind         TEXT        NOT NULL DEFAULT 'webpush' CHECK (kind IN ('webpush')),
    endpoint     TEXT        NOT NULL UNIQUE CHECK (length(endpoint) <= 2048),
    p256dh       TEXT        NOT NULL,
    auth         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX push_tokens_by_user ON push_tokens (user_id, created_at DESC);

-- Texts to send by SMS, through the configured provider (locally the logging one, which sends nothing), retried with
-- backoff up to nova.communication.sms.max-attempts, then failed. The number and the text are personal: never logged.
CREATE TABLE sms_queue (
    id              UUID PRIMARY KEY,
    user_id         UUID,
    phone_number    TEXT        NOT NULL CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    body            TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 1600),
    status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX sms_queue_due ON sms_queue (next_attempt_at) WHERE status IN ('pending', 'sending');
