-- A row the broker keeps refusing for reasons of its own (its topic is missing or not ours to write,
-- the record is too large) is retried with a growing gap of its own and, after a bounded number of
-- such failures, parked: kept, not sent, until an operator sends it again
-- (nova.platform.events.OutboxRelay#resendParked, or the SQL in libs/platform/README.md).
-- The other rows keep flowing; the later rows of the same aggregate wait behind it (the held-back check
-- sees it as an earlier unpublished row), so one aggregate's events still reach Kafka in order.
-- A broker that is away fails every row alike: that is the relay's own backoff, and no row counts it.
ALTER TABLE outbox_pending
    -- not claimed before this time: NULL is "due", 'infinity' is parked
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    -- when the row was parked (NULL: not parked)
    ADD COLUMN parked_at       TIMESTAMPTZ,
    -- the last per-row failure, as "ExceptionType: message" (never the payload)
    ADD COLUMN last_error      TEXT;
COMMENT ON COLUMN outbox_pending.attempts IS 'sends that failed for a reason of the row''s own (not a broker outage)';

-- The operator's view and the backlog's "parked" count without scanning the backlog
CREATE INDEX outbox_pending_parked ON outbox_pending (seq) WHERE parked_at IS NOT NULL;
