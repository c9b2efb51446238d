-- Issue 11 (EMB-1, EMB-2): API keys act as the member who created them; widget tokens
-- minted with a key; when an embedding origin was allowed.
ALTER TABLE api_keys ADD COLUMN created_by TEXT REFERENCES users(id);
-- `orga_key_` and the key's first four characters, to recognize it in a list.
ALTER TABLE api_keys ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
CREATE INDEX api_keys_org ON api_keys(org_id);

ALTER TABLE embed_origins ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;

-- A short-lived token for one user, one organization and some widgets (EMB-1). Only
-- its SHA-256 is kept; it dies with its key, its expiry, or the member's leaving.
CREATE TABLE widget_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    api_key_id TEXT NOT NULL REFERENCES api_keys(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    org_id TEXT NOT NULL REFERENCES organizations(id),
    widgets TEXT NOT NULL,                      -- space-separated widget names
    max_role TEXT NOT NULL CHECK (max_role IN ('legal_representative', 'administrator', 'collaborator', 'external')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    reauthenticated_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX widget_tokens_key ON widget_tokens(api_key_id);
CREATE INDEX widget_tokens_expiry ON widget_tokens(expires_at);
