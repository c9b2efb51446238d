-- Issue 8, recovery (ACC-10, ACC-11, ACC-12).

-- ACC-10: a code sent by SMS to reset a password. The browser holds a random request id
-- (only its hash is here); the code is stored hashed with it. Five tries, 15 minutes,
-- used once.
CREATE TABLE recovery_codes (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    code_hash TEXT NOT NULL,
    to_number TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    used_at BIGINT
);
CREATE INDEX recovery_codes_user ON recovery_codes(user_id, created_at);

-- Identity verification: who asks, about which account, what support decided.
ALTER TABLE identity_verification_requests ADD COLUMN first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE identity_verification_requests ADD COLUMN last_name TEXT NOT NULL DEFAULT '';
ALTER TABLE identity_verification_requests ADD COLUMN account_email TEXT;
ALTER TABLE identity_verification_requests ADD COLUMN decision_note TEXT;
ALTER TABLE identity_verification_requests ADD COLUMN ip TEXT;
