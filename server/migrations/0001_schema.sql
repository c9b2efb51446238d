-- Orga's data model for the whole specification. One schema for SQLite and PostgreSQL:
-- identifiers are random text, times are Unix milliseconds (BIGINT), money is an integer
-- count of minor units next to its currency, booleans are BIGINT 0 or 1 (sqlx's Any
-- driver reads no SQLite boolean).

-- ACC: user accounts ---------------------------------------------------------------
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,                 -- login, lower-case (ACC-4)
    email_verified_at BIGINT,
    password_hash TEXT NOT NULL,                -- argon2id PHC string
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    account_type TEXT NOT NULL,                 -- individual, company, association, public_body
    lang TEXT NOT NULL DEFAULT 'en',            -- ACC-8
    country TEXT,
    time_zone TEXT,
    recovery_email TEXT,                        -- ACC-6
    recovery_email_verified_at BIGINT,
    recovery_phone TEXT,                        -- ACC-7, E.164
    recovery_phone_verified_at BIGINT,
    must_change_login BIGINT NOT NULL DEFAULT 0,  -- ACC-12
    blocked_at BIGINT,                          -- blocked by support (SEC-9)
    closed_at BIGINT,                           -- ACC-13
    created_at BIGINT NOT NULL
);

-- ACC-9 newsletter topics
CREATE TABLE newsletter_subscriptions (
    user_id TEXT NOT NULL REFERENCES users(id),
    topic TEXT NOT NULL,
    PRIMARY KEY (user_id, topic)
);

-- Single-use links and codes: email confirmation, password reset, login change…
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,                -- SHA-256 of the secret, never the secret
    user_id TEXT NOT NULL REFERENCES users(id),
    purpose TEXT NOT NULL,                      -- verify_email, reset_password, change_login, verify_phone…
    target TEXT,                                -- the address or number being verified
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX one_time_tokens_user ON one_time_tokens(user_id, purpose);

-- SEC: sessions, second factors, app passwords, activity ---------------------------------
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,                   -- SHA-256 of the cookie value
    user_id TEXT NOT NULL REFERENCES users(id),
    current_org_id TEXT,
    persistent BIGINT NOT NULL,                -- false: "this browser session only"
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    second_factor_at BIGINT,
    reauthenticated_at BIGINT,                  -- sensitive actions
    ip TEXT,
    user_agent TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE second_factors (                  -- SEC-1
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,                         -- totp, webauthn, sms, push
    label TEXT NOT NULL,
    secret TEXT NOT NULL,                       -- TOTP secret, WebAuthn credential JSON, phone…
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX second_factors_user ON second_factors(user_id);

CREATE TABLE backup_codes (
    user_id TEXT NOT NULL REFERENCES users(id),
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE app_passwords (                   -- SEC-4
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);

CREATE TABLE sign_in_events (                  -- SEC-5, SEC-6
    id TEXT PRIMARY KEY,
    user_id TEXT REFERENCES users(id),
    at BIGINT NOT NULL,
    ip TEXT,
    user_agent TEXT,
    outcome TEXT NOT NULL                       -- success, wrong_password, locked, second_factor…
);
CREATE INDEX sign_in_events_user ON sign_in_events(user_id, at);

CREATE TABLE identity_verification_requests (  -- ACC-10, ACC-11, SEC-2 last resort
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    reason TEXT NOT NULL,
    details TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    created_at BIGINT NOT NULL
);

-- ORG: organizations ---------------------------------------------------------------------
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                         -- individual, company, association, public_body
    address_line1 TEXT,
    address_line2 TEXT,
    postal_code TEXT,
    city TEXT,
    country TEXT,                               -- decides the currency (ORG-4)
    phone TEXT,
    currency TEXT NOT NULL DEFAULT 'EUR',
    logo_square TEXT,                           -- ORG-5
    logo_wide TEXT,
    require_two_factor BIGINT NOT NULL DEFAULT 0,  -- SEC-7
    prepaid_balance_minor BIGINT NOT NULL DEFAULT 0,    -- BIL-3
    premium_support_until BIGINT,               -- BIL-6
    -- Bumped by every change to the membership set: the first statement of such a
    -- transaction, so concurrent changes to one organization run one after the other.
    member_version BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    deleted_at BIGINT                           -- ORG-7
);

CREATE TABLE billing_addresses (               -- ORG-4
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    label TEXT NOT NULL,
    address_line1 TEXT NOT NULL,
    address_line2 TEXT,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE embed_origins (                   -- EMB-1
    org_id TEXT NOT NULL REFERENCES organizations(id),
    origin TEXT NOT NULL,
    PRIMARY KEY (org_id, origin)
);

CREATE TABLE api_keys (                        -- EMB-1, EMB-2
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);

-- MEM: memberships and invitations -------------------------------------------------------
CREATE TABLE memberships (
    org_id TEXT NOT NULL REFERENCES organizations(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    role TEXT NOT NULL CHECK (role IN ('legal_representative', 'administrator', 'collaborator', 'external')),
    billing_rights BIGINT NOT NULL DEFAULT 0,
    mail_billing BIGINT NOT NULL DEFAULT 0,
    mail_technical BIGINT NOT NULL DEFAULT 0,
    mail_security BIGINT NOT NULL DEFAULT 0,
    blocked_at BIGINT,                          -- SEC-9
    -- The member's name as the list sorts it ("last first", lower-case), copied here so
    -- a page of a 20 000-member organization is an index range (MEM-7). Kept in step
    -- with users' names by whatever changes them.
    sort_name TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);
CREATE INDEX memberships_org_sort ON memberships(org_id, sort_name, user_id);
CREATE INDEX memberships_org_role ON memberships(org_id, role);

CREATE TABLE invitations (                     -- MEM-2
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('legal_representative', 'administrator', 'collaborator', 'external')),
    billing_rights BIGINT NOT NULL DEFAULT 0,
    token_hash TEXT NOT NULL UNIQUE,
    invited_by TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    declined_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX invitations_org ON invitations(org_id);
CREATE INDEX invitations_email ON invitations(email);

-- PRD: products ----------------------------------------------------------------------------
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    category TEXT NOT NULL,                     -- web_domains, collaborative, cloud, events, streaming, nas
    kind TEXT NOT NULL,                         -- domain, web_hosting, mail_service, office_suite…
    name TEXT NOT NULL,
    status TEXT NOT NULL,                       -- active, expired, redemption, terminating, terminated
    expires_at BIGINT,
    renewal_warranty BIGINT NOT NULL DEFAULT 0,   -- PRD-6
    management_blocked_at BIGINT,               -- PRD-3
    maintenance_mode BIGINT NOT NULL DEFAULT 0,   -- PRD-4
    billing_address_id TEXT REFERENCES billing_addresses(id),
    bundle_parent_id TEXT REFERENCES products(id),     -- PRD-8
    created_at BIGINT NOT NULL,
    terminated_at BIGINT
);
CREATE INDEX products_org ON products(org_id, kind);

CREATE TABLE product_access (                  -- MEM-1: limited members' products
    org_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (org_id, user_id, product_id),
    FOREIGN KEY (org_id, user_id) REFERENCES memberships(org_id, user_id)
);

-- BIL: billing ------------------------------------------------------------------------------
CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'final',         -- final, pro_forma
    status TEXT NOT NULL,                       -- unpaid, paid, cancelled
    currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    issued_at BIGINT NOT NULL,
    due_at BIGINT,
    paid_at BIGINT
);
CREATE INDEX invoices_org ON invoices(org_id, status);

CREATE TABLE invoice_lines (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL REFERENCES invoices(id),
    product_id TEXT REFERENCES products(id),
    description TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit_minor BIGINT NOT NULL
);

CREATE TABLE payment_profiles (                -- BIL-3
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    provider TEXT NOT NULL,
    label TEXT NOT NULL,
    provider_ref TEXT NOT NULL,
    is_default BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE promo_codes (                     -- BIL-2
    code TEXT PRIMARY KEY,
    product_kind TEXT NOT NULL,
    org_id TEXT REFERENCES organizations(id),
    discount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    expires_at BIGINT,
    used_at BIGINT
);

-- X: outbox and audit log -----------------------------------------------------------------
CREATE TABLE outbox (                          -- X-4: written in the same transaction as the change
    id TEXT PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,                       -- a worker is sending it
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);

CREATE TABLE audit_log (                       -- X-5
    id TEXT PRIMARY KEY,
    org_id TEXT,
    actor_user_id TEXT,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT NOT NULL,
    ip TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_org ON audit_log(org_id, created_at);
