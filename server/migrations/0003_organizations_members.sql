-- Issue 7: organizations and members complete.

-- ORG-5: the header square shows the square logo or these initials on this colour.
ALTER TABLE organizations ADD COLUMN initials TEXT;
ALTER TABLE organizations ADD COLUMN color TEXT;
-- ORG-5: logos as stored after re-encoding (PNG, base64: one column type on both
-- databases); served from the database, never from the upload.
CREATE TABLE organization_logos (
    org_id TEXT NOT NULL REFERENCES organizations(id),
    kind TEXT NOT NULL CHECK (kind IN ('square', 'wide')),
    png_base64 TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, kind)
);

-- SEC-9: who blocked the member.
ALTER TABLE memberships ADD COLUMN blocked_by TEXT;
CREATE INDEX memberships_org_blocked ON memberships(org_id, blocked_at);

-- MEM-7: search without reading `users`: each word of a member's name and email
-- (lower-case) that a search may start with, per organization. Kept in step with the
-- names and the login email by whatever changes them, like `sort_name`.
CREATE TABLE member_search_words (   -- no foreign key: removed members' words are deleted with them, and a page joins memberships anyway
    org_id TEXT NOT NULL,
    word TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (org_id, word, user_id)
);
CREATE INDEX member_search_words_member ON member_search_words(org_id, user_id);

-- MEM-2: the products an invitation gives access to (collaborators, external users).
CREATE TABLE invitation_products (
    invitation_id TEXT NOT NULL REFERENCES invitations(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    PRIMARY KEY (invitation_id, product_id)
);

-- ORG-6: users of an office suite, and the mail domains a mail service hosts.
CREATE TABLE product_seats (
    product_id TEXT NOT NULL REFERENCES products(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    PRIMARY KEY (product_id, user_id)
);
CREATE INDEX product_seats_user ON product_seats(user_id);
CREATE TABLE mail_domains (
    product_id TEXT NOT NULL REFERENCES products(id),
    domain TEXT NOT NULL,                       -- lower-case, e.g. example.ch
    PRIMARY KEY (product_id, domain)
);
CREATE INDEX mail_domains_domain ON mail_domains(domain);

-- X-5: paging by time and filtering by member and action.
CREATE INDEX audit_log_org_page ON audit_log(org_id, created_at, id);
CREATE INDEX audit_log_org_actor ON audit_log(org_id, actor_user_id, created_at);
CREATE INDEX audit_log_org_action ON audit_log(org_id, action, created_at);
