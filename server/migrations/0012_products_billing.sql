-- Issue 9: products (PRD-1…8) and billing (BIL-1…6). The tables of 0001 gain what the
-- rules need; money is stored in minor units (BIGINT, cents) and computed with exact
-- decimals in `domain::money`.

-- PRD: a product's offer and administrative life.
ALTER TABLE products ADD COLUMN offer TEXT;                 -- domain::catalogue offer id
ALTER TABLE products ADD COLUMN extension TEXT;             -- domains: "ch", "fr", "com"… (PRD-7)
ALTER TABLE products ADD COLUMN period_months BIGINT NOT NULL DEFAULT 12;
ALTER TABLE products ADD COLUMN price_minor BIGINT NOT NULL DEFAULT 0;     -- renewal price, org currency
ALTER TABLE products ADD COLUMN redemption_ends_at BIGINT;  -- PRD-7: set when a domain enters redemption
ALTER TABLE products ADD COLUMN released_at BIGINT;         -- PRD-7: redemption over, name free again
ALTER TABLE products ADD COLUMN users_quota BIGINT;         -- PRD-8: office suite users
ALTER TABLE products ADD COLUMN storage_gb BIGINT;          -- PRD-8: office suite storage
ALTER TABLE products ADD COLUMN maintenance_changed_at BIGINT;   -- PRD-4
ALTER TABLE products ADD COLUMN management_blocked_by TEXT;      -- PRD-3
CREATE INDEX products_expiry ON products(status, expires_at);

-- PRD-5: a termination waits for the link emailed to the requester.
CREATE TABLE product_terminations (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products(id),
    org_id TEXT NOT NULL REFERENCES organizations(id),
    requested_by TEXT NOT NULL REFERENCES users(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    cancelled_at BIGINT
);
CREATE INDEX product_terminations_product ON product_terminations(product_id);

-- Time-driven work (PRD-6, PRD-7, BIL-6): each job for one product (or organization) and
-- one due moment is done once, whatever the number of server processes: the first
-- process to insert the row owns it (primary key), in the transaction that does it.
CREATE TABLE scheduled_runs (
    job TEXT NOT NULL,                          -- reminder_30, reminder_7, reminder_1, renew, redemption, release, support_renew…
    subject_id TEXT NOT NULL,                   -- the product or organization
    due_at BIGINT NOT NULL,                     -- the moment it was due (e.g. the expiry date)
    done_at BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (job, subject_id, due_at)
);

-- BIL-4: gap-free invoice numbers per organization (one counter row, bumped in the
-- invoice's transaction: a rolled-back order gives its number back).
CREATE TABLE invoice_counters (
    org_id TEXT NOT NULL REFERENCES organizations(id),
    kind TEXT NOT NULL,                         -- final, pro_forma: each its own sequence
    last_number BIGINT NOT NULL,
    PRIMARY KEY (org_id, kind)
);
ALTER TABLE invoices ADD COLUMN seq BIGINT;                 -- the number's sequence part (final invoices)
ALTER TABLE invoices ADD COLUMN subtotal_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN vat_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN vat_rate_bp BIGINT NOT NULL DEFAULT 0;   -- basis points: 810 = 8.1 %
ALTER TABLE invoices ADD COLUMN country TEXT;               -- of the billing address, decides VAT
ALTER TABLE invoices ADD COLUMN billing_name TEXT;
ALTER TABLE invoices ADD COLUMN billing_address TEXT;       -- the address as printed (lines joined by \n)
ALTER TABLE invoices ADD COLUMN lang TEXT NOT NULL DEFAULT 'fr';
ALTER TABLE invoices ADD COLUMN created_by TEXT;
ALTER TABLE invoices ADD COLUMN payment_means TEXT;         -- balance, provider:<profile id>
CREATE UNIQUE INDEX invoices_org_seq ON invoices(org_id, kind, seq);
CREATE INDEX invoices_org_issued ON invoices(org_id, issued_at);

ALTER TABLE invoice_lines ADD COLUMN item_kind TEXT NOT NULL DEFAULT 'product';  -- product, renewal, restore, upgrade, support, top_up
ALTER TABLE invoice_lines ADD COLUMN offer TEXT;
ALTER TABLE invoice_lines ADD COLUMN discount_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoice_lines ADD COLUMN promo_code TEXT;
ALTER TABLE invoice_lines ADD COLUMN position BIGINT NOT NULL DEFAULT 0;

-- BIL-4: pro forma invoices list the unpaid items they were made from.
CREATE TABLE pro_forma_items (
    pro_forma_id TEXT NOT NULL REFERENCES invoices(id),
    invoice_id TEXT NOT NULL REFERENCES invoices(id),
    PRIMARY KEY (pro_forma_id, invoice_id)
);

-- BIL-3: every movement of the prepaid balance (the column on organizations is the sum,
-- updated with a guard that never lets it go below zero).
CREATE TABLE balance_movements (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    amount_minor BIGINT NOT NULL,               -- + top up, refund; - payment, withdrawal
    kind TEXT NOT NULL,                         -- top_up, withdrawal, payment, refund
    invoice_id TEXT REFERENCES invoices(id),
    actor_user_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX balance_movements_org ON balance_movements(org_id, created_at);

-- BIL-3: payment profiles gain a state; a payment through a provider is a row whose
-- confirmation may come later by webhook.
ALTER TABLE payment_profiles ADD COLUMN removed_at BIGINT;
ALTER TABLE payment_profiles ADD COLUMN created_by TEXT;
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    invoice_id TEXT REFERENCES invoices(id),    -- null for a balance top-up
    profile_id TEXT REFERENCES payment_profiles(id),
    purpose TEXT NOT NULL,                      -- invoice, top_up
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,                       -- pending, succeeded, declined
    provider_ref TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    settled_at BIGINT
);
CREATE UNIQUE INDEX payments_provider_ref ON payments(provider_ref);
CREATE INDEX payments_org ON payments(org_id, created_at);
CREATE TABLE webhook_events (                  -- a provider's event is applied once
    provider TEXT NOT NULL,
    event_id TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (provider, event_id)
);

-- BIL-2: promo codes (a discount for one product type, maybe one organization, a number
-- of uses) and free offers granted to an organization for a product type.
ALTER TABLE promo_codes ADD COLUMN discount_percent BIGINT;    -- instead of discount_minor when set
ALTER TABLE promo_codes ADD COLUMN max_uses BIGINT NOT NULL DEFAULT 1;
ALTER TABLE promo_codes ADD COLUMN uses BIGINT NOT NULL DEFAULT 0;
CREATE TABLE promo_redemptions (
    code TEXT NOT NULL REFERENCES promo_codes(code),
    org_id TEXT NOT NULL REFERENCES organizations(id),
    invoice_id TEXT NOT NULL REFERENCES invoices(id),
    used_at BIGINT NOT NULL,
    PRIMARY KEY (code, invoice_id)
);
CREATE TABLE free_offers (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    offer TEXT NOT NULL,                        -- domain::catalogue offer id
    granted_at BIGINT NOT NULL,
    expires_at BIGINT,
    used_at BIGINT,
    used_invoice_id TEXT REFERENCES invoices(id)
);
CREATE INDEX free_offers_org ON free_offers(org_id);

-- BIL-6: premium support.
CREATE TABLE support_subscriptions (
    org_id TEXT PRIMARY KEY REFERENCES organizations(id),
    plan TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    current_term_ends_at BIGINT NOT NULL,
    cancel_at_term BIGINT NOT NULL DEFAULT 0,
    ended_at BIGINT
);
