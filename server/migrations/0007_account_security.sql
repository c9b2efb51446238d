-- Issue 8: account and security (ACC-3…13, SEC-1…8). Later features of this issue add
-- their own files; this one holds what several of them share.

-- ACC-12: the temporary username given when the login mailbox was lost; signs in like
-- the login email until a new one is chosen (`must_change_login`).
ALTER TABLE users ADD COLUMN temporary_username TEXT;
CREATE UNIQUE INDEX users_temporary_username ON users(temporary_username);
-- ACC-7: recovery phones are looked up by number (ACC-11).
CREATE INDEX users_recovery_phone ON users(recovery_phone);

-- SEC-1: a factor is usable once confirmed (a TOTP secret proved by a first code, a
-- phone by a first SMS code); until then `confirmed_at` is NULL.
ALTER TABLE second_factors ADD COLUMN confirmed_at BIGINT;
-- TOTP: the last time step accepted, so each code is accepted once.
ALTER TABLE second_factors ADD COLUMN last_step BIGINT;
-- WebAuthn: the credential id (base64url), to find the key a browser answers with.
ALTER TABLE second_factors ADD COLUMN credential_id TEXT;
CREATE INDEX second_factors_credential ON second_factors(credential_id);
ALTER TABLE backup_codes ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX app_passwords_user ON app_passwords(user_id);

-- SEC-2: a sign-in whose password was right and which waits for its second factor.
-- Named by the hash of a random cookie value, like sessions.
CREATE TABLE sign_in_attempts (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    persistent BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    ip TEXT,
    user_agent TEXT,
    -- Push approval: NULL (not asked), pending, approved, denied.
    push_status TEXT,
    push_asked_at BIGINT,
    push_decided_at BIGINT,
    -- SMS: the factor a code was sent to, the code's hash and when it was sent.
    sms_factor_id TEXT,
    sms_code_hash TEXT,
    sms_sent_at BIGINT,
    -- WebAuthn: the server's state of the challenge given to the browser.
    webauthn_state TEXT,
    completed_at BIGINT
);
CREATE INDEX sign_in_attempts_user ON sign_in_attempts(user_id, created_at);

-- SEC-5: the device (a long-lived random cookie, hashed) and network a session came from.
ALTER TABLE sessions ADD COLUMN device_hash TEXT;
ALTER TABLE sessions ADD COLUMN network TEXT;
-- How the session's sign-in was completed: password, totp, webauthn, sms, push, backup_code.
ALTER TABLE sessions ADD COLUMN second_factor TEXT;
CREATE TABLE known_devices (
    user_id TEXT NOT NULL REFERENCES users(id),
    device_hash TEXT NOT NULL,
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, device_hash)
);
CREATE TABLE known_networks (
    user_id TEXT NOT NULL REFERENCES users(id),
    network TEXT NOT NULL,                      -- an IPv4 /24 or an IPv6 /48
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, network)
);

-- SEC-6: security changes on the account (password, login, 2FA, recovery data…), shown
-- with the sign-ins in the recent activity.
CREATE TABLE security_events (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    ip TEXT,
    user_agent TEXT
);
CREATE INDEX security_events_user ON security_events(user_id, at);
-- The method a sign-in event used (password, totp, webauthn, sms, push, backup_code).
ALTER TABLE sign_in_events ADD COLUMN method TEXT;

-- SMS leave through an outbox like email (X-4): written in the change's transaction,
-- delivered by a worker through the configured provider; the code is sealed apart.
CREATE TABLE sms_outbox (
    id TEXT PRIMARY KEY,
    to_number TEXT NOT NULL,                    -- E.164
    body_text TEXT NOT NULL,                    -- with the secret's placeholder
    secret_sealed TEXT,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT,
    redacted_at BIGINT
);
CREATE INDEX sms_outbox_due ON sms_outbox(sent_at, next_attempt_at);

-- ACC-10, ACC-11, SEC-2: the identity-verification request, its document and the status
-- the person follows by email.
ALTER TABLE identity_verification_requests ADD COLUMN user_id TEXT;
ALTER TABLE identity_verification_requests ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE identity_verification_requests ADD COLUMN document_type TEXT;
ALTER TABLE identity_verification_requests ADD COLUMN document_base64 TEXT;
ALTER TABLE identity_verification_requests ADD COLUMN updated_at BIGINT;
CREATE INDEX identity_verification_status ON identity_verification_requests(status, created_at);
