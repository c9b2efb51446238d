-- PostgreSQL at scale (issue 10, P7): 1,000,000 users, 100,000 organizations, one of
-- them (o1) with 100,000 members; every other user in one of the 99,999 others (9 or 10
-- members each, the first a legal representative). Set-based (generate_series), rows as
-- the server writes them: `sort_name` is "last first" in lower case, and each member's
-- search words are their folded first and last names, the email's local part, its
-- domain and the whole address (`domain::text::search_words`). Every user's password
-- hash is :HASH (one real argon2id hash). Run by bench/scale.rs, statement by statement.
INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at)
SELECT 'u' || g, 'user' || g || '@scale.test', 1, :HASH, 'First' || g,
       'Last' || lpad(((g::bigint * 7919) % 1000000)::text, 6, '0'), 'individual', 'en', 1
FROM generate_series(1, 1000000) AS g;
INSERT INTO organizations (id, name, kind, country, currency, created_at)
SELECT 'o' || g, 'Organization ' || g, 'company', 'CH', 'CHF', 1 FROM generate_series(1, 100000) AS g;
INSERT INTO memberships (org_id, user_id, role, billing_rights, sort_name, created_at)
SELECT CASE WHEN g <= 100000 THEN 'o1' ELSE 'o' || (2 + (g - 100001) % 99999) END,
       'u' || g,
       CASE WHEN g = 1 OR (g > 100000 AND g <= 199999) THEN 'legal_representative'
            WHEN g % 50 = 0 THEN 'administrator'
            WHEN g % 7 = 0 THEN 'external'
            ELSE 'collaborator' END,
       CASE WHEN g = 1 OR (g > 100000 AND g <= 199999) OR g % 50 = 0 THEN 1 ELSE 0 END,
       lower('Last' || lpad(((g::bigint * 7919) % 1000000)::text, 6, '0') || ' First' || g),
       1
FROM generate_series(1, 1000000) AS g;
INSERT INTO member_search_words (org_id, word, user_id)
SELECT m.org_id, w.word, m.user_id
FROM memberships m
JOIN users u ON u.id = m.user_id
CROSS JOIN LATERAL (VALUES (lower(u.first_name)), (lower(u.last_name)), (split_part(u.email, '@', 1)),
                           (split_part(u.email, '@', 2)), (u.email)) AS w(word)
WHERE u.email LIKE '%@scale.test';
ANALYZE;
