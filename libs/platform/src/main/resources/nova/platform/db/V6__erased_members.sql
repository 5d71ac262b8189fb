-- Members this context has erased for the account deletion saga (nova.platform.events.SagaStep), in every
-- context's own database. Kept for good: the inbox drops any later event about them (a replayed dead letter,
-- a topic read again from its start), so deleted data stays deleted (nova.platform.events.ErasedMembers).
CREATE TABLE erased_members (
    user_id    UUID PRIMARY KEY,
    erased_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
