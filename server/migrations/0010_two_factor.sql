-- Issue 8, SEC-1/SEC-2: two-factor authentication and the sign-in second step.

-- A phone being added is proved by a code sent to it: its hash, when it was sent, how
-- many were sent and how many wrong codes were typed (the factor stays unconfirmed).
ALTER TABLE second_factors ADD COLUMN setup_code_hash TEXT;
ALTER TABLE second_factors ADD COLUMN setup_code_sent_at BIGINT;
ALTER TABLE second_factors ADD COLUMN setup_sends BIGINT NOT NULL DEFAULT 0;
ALTER TABLE second_factors ADD COLUMN setup_failures BIGINT NOT NULL DEFAULT 0;

-- SMS codes sent for one pending sign-in (resending is limited), and the session that
-- answered a push request.
ALTER TABLE sign_in_attempts ADD COLUMN sms_sends BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sign_in_attempts ADD COLUMN push_decided_by TEXT;
CREATE INDEX sign_in_attempts_push ON sign_in_attempts(user_id, push_status);
