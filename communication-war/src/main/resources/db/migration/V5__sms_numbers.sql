-- A member's phone number for security notices by SMS (a text when their password is changed), given by the member
-- to this context (the user context keeps no phone number). One per member; personal: never logged, never handed
-- back whole (the API shows its last two digits).
CREATE TABLE sms_numbers (
    user_id      UUID PRIMARY KEY,
    phone_number TEXT        NOT NULL CHECK (phone_number ~ '^\+[1-9][0-9]{6,14}$'),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
