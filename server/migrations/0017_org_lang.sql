-- X-1: the language an organization's invoices and pro forma invoices are written in,
-- chosen in its details; at first its first legal representative's language.
ALTER TABLE organizations ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
UPDATE organizations SET lang = COALESCE(
    (SELECT u.lang FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.org_id = organizations.id AND m.role = 'legal_representative'
      ORDER BY u.created_at LIMIT 1),
    'en');
