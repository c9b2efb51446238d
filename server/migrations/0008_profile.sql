-- Issue 8, "Manage my profile" (ACC-7): the code sent by SMS to a recovery phone being
-- verified. One number waits per account; a new code replaces the old one. The code is
-- stored hashed (with the account and the number), dropped after 5 wrong tries or 10
-- minutes, and the number becomes the recovery phone only when the code comes back.
CREATE TABLE recovery_phone_checks (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    phone TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    sent_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0
);
