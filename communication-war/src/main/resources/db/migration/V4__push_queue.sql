-- Web Pushes to send, one row per (notification, subscription): written by the push consumer in its inbox
-- transaction (no HTTP call there), worked by PushLoop as the mail and SMS queues are (leased FOR UPDATE SKIP LOCKED
-- claims, so replicas never take one push twice): pending → sending → sent | failed. A push the push service answers
-- 429, 5xx or not at all is tried again after backoff × 2^(attempt-1), up to nova.communication.push.max-attempts, then
-- failed; 400/403/413 fail at once; 404/410 delete the subscription (and with it its queued pushes). The payload
-- (the notification's text) is cleared once the push is out or given up.
CREATE TABLE push_queue (
    id              UUID PRIMARY KEY,
    token_id        UUID        NOT NULL REFERENCES push_tokens (id) ON DELETE CASCADE,
    user_id         UUID        NOT NULL,
    payload         TEXT        NOT NULL CHECK (length(payload) <= 4096),
    status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_status     INT,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    done_at         TIMESTAMPTZ,
    CHECK (length(payload) > 0 OR status IN ('sent', 'failed'))
);
CREATE INDEX push_queue_due ON push_queue (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX push_queue_by_token ON push_queue (token_id);
