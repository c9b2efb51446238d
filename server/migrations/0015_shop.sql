-- Issue 9, part shop (BIL-1, BIL-2): an order placed by the shop, named by the key the
-- browser drew for it, so the same order sent twice (a double click, a retry after a
-- lost answer) is placed once. `fingerprint` is a hash of what was ordered: the same key
-- with another cart is refused.
CREATE TABLE shop_orders (
    org_id TEXT NOT NULL REFERENCES organizations(id),
    order_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoices(id),
    product_ids TEXT NOT NULL,                  -- the products created, comma-separated
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, order_key)
);
