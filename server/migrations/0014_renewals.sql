-- PRD-6, PRD-7: a renewal (or a domain's restore) invoiced for one expiry of a product,
-- applied to the product once its invoice is paid — at once, or later when a provider
-- confirms (webhook) or someone pays the open invoice within the grace period; the
-- scheduler applies what was paid since.
CREATE TABLE product_renewals (
    invoice_id TEXT PRIMARY KEY REFERENCES invoices(id),
    product_id TEXT NOT NULL REFERENCES products(id),
    org_id TEXT NOT NULL REFERENCES organizations(id),
    kind TEXT NOT NULL,                         -- renewal, restore
    expires_at BIGINT NOT NULL,                 -- the expiry it renews
    created_at BIGINT NOT NULL,
    applied_at BIGINT
);
CREATE INDEX product_renewals_product ON product_renewals(product_id, expires_at);
