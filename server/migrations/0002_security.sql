-- Brute-force and rate-limit counters (SEC-8), shared by every server process and kept
-- across restarts. `busy_until`: a password check for this key is in flight (one at a
-- time per account).
CREATE TABLE throttles (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    last_failure_at BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    busy_until BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, key)
);
CREATE INDEX throttles_last_failure ON throttles(last_failure_at);

-- The secret part of an email (a link with a token), sealed with the server's key
-- apart from the body, and erased once the email is delivered.
ALTER TABLE outbox ADD COLUMN secret_sealed TEXT;
-- Delivered emails are redacted after the retention period.
ALTER TABLE outbox ADD COLUMN redacted_at BIGINT;
