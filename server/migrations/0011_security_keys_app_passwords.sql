-- Issue 8: security keys (WebAuthn, SEC-1) and app passwords (SEC-4).

-- A security key being registered: the server's state of the challenge given to the
-- browser (webauthn-rs's PasskeyRegistration, JSON), for one session, for 5 minutes,
-- taken (deleted) by the first answer.
CREATE TABLE webauthn_registrations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    session_hash TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX webauthn_registrations_user ON webauthn_registrations(user_id, created_at);

-- An app password is found by its hash (SHA-256 of 16 random letters): one row per value.
CREATE UNIQUE INDEX app_passwords_hash ON app_passwords(password_hash);
