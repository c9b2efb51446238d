//! SQL of the members feature: member rows, role changes and the invitations managers
//! send, with typed rows.

use app::members::api::{MemberRow, PendingInvitation, ProductChoice};
use domain::{Email, Membership, Role};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;
use crate::org_access::{MembershipRow, MEMBERSHIP_COLUMNS};

#[derive(sqlx::FromRow)]
pub struct Row {
    user_id: String,
    first_name: String,
    last_name: String,
    email: String,
    lang: String,
    product_access: i64,
    two_factor: i64,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

impl Row {
    pub fn lang(&self) -> domain::Lang {
        domain::Lang::from_tag(&self.lang).unwrap_or_default()
    }

    pub fn into_member(self) -> Result<MemberRow> {
        Ok(MemberRow {
            user_id: self.user_id,
            first_name: self.first_name,
            last_name: self.last_name,
            email: self.email,
            membership: self.membership.into_membership()?,
            product_access: self.product_access.clamp(0, i64::from(u32::MAX)) as u32,
            two_factor: Some(self.two_factor != 0),
        })
    }
}

const MEMBER: &str = "SELECT u.id AS user_id, u.first_name, u.last_name, u.email, u.lang, \
     (SELECT COUNT(*) FROM product_access pa WHERE pa.org_id = m.org_id AND pa.user_id = m.user_id) AS product_access, \
     (SELECT COUNT(*) FROM second_factors f WHERE f.user_id = m.user_id AND f.confirmed_at IS NOT NULL) AS two_factor";

/// A member without a confirmed second factor (SEC-7).
pub const WITHOUT_TWO_FACTOR: &str =
    "NOT EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = m.user_id AND f.confirmed_at IS NOT NULL)";

/// What a page of the member list asks for (MEM-7).
pub struct PageQuery<'a> {
    pub org_id: &'a str,
    /// Folded search terms: each must start one of the member's words.
    pub terms: &'a [String],
    pub role: Option<Role>,
    pub blocked_only: bool,
    /// Members without a confirmed second factor only (SEC-7).
    pub without_two_factor: bool,
    /// Leave external users out (MEM-6: the directory other members see).
    pub without_external: bool,
    /// The member to page from, with their sort key: `(sort_name, user_id)`.
    pub cursor: Option<(String, String)>,
    pub direction: Direction,
    pub per_page: u32,
    /// PostgreSQL compares the search ranges in byte order whatever the database's
    /// collation (`COLLATE "C"`; SQLite always does).
    pub postgres: bool,
    /// Few members match the search: start from the matching words and sort them,
    /// rather than walk the organization in name order looking for matches.
    pub few_matches: bool,
}

/// Below this many matches a search page starts from the words (sorting a few hundred
/// rows beats walking 10,000 in order); above it the walk in name order finds its 51
/// rows quickly.
pub const FEW_MATCHES: u64 = 2_000;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From the start, or after the cursor.
    Forward,
    /// From the end, or before the cursor.
    Backward,
}

/// A page of members in name order and whether more lie beyond it in the direction it
/// was read. Every condition is an index range: `(org_id, sort_name, user_id)` for the
/// order and the cursor (keyset: a deep page costs what the first does), and
/// `member_search_words (org_id, word)` for each search term — no `LIKE '%…%'` scan,
/// no OFFSET.
pub async fn page<'c, E>(ex: E, q: &PageQuery<'_>) -> Result<(Vec<Row>, bool)>
where
    E: Executor<'c, Database = Any>,
{
    let mut args: Vec<String> = vec![q.org_id.to_string()];
    let mut sql = if q.few_matches && !q.terms.is_empty() {
        // The members whose words match every term, found through the words' index.
        let hits: Vec<String> = q.terms.iter().map(|t| term_range(&mut args, q.postgres, t)).collect();
        format!(
            "{MEMBER}, {MEMBERSHIP_COLUMNS} FROM ({}) hits JOIN memberships m ON m.org_id = $1 AND m.user_id = hits.user_id \
             JOIN users u ON u.id = m.user_id WHERE m.org_id = $1",
            hits.join(" INTERSECT ")
        )
    } else {
        format!(
            "{MEMBER}, {MEMBERSHIP_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1"
        )
    };
    let terms_done = q.few_matches && !q.terms.is_empty();
    filters(&mut sql, &mut args, q, !terms_done);
    let backward = q.direction == Direction::Backward;
    if let Some((sort_name, user_id)) = &q.cursor {
        let op = if backward { "<" } else { ">" };
        sql.push_str(&format!(" AND (m.sort_name, m.user_id) {op} (${}, ${})", args.len() + 1, args.len() + 2));
        args.push(sort_name.clone());
        args.push(user_id.clone());
    }
    let order = if backward { "DESC" } else { "ASC" };
    sql.push_str(&format!(" ORDER BY m.sort_name {order}, m.user_id {order} LIMIT {}", q.per_page + 1));
    let mut query = sqlx::query_as::<_, Row>(&sql);
    for a in &args {
        query = query.bind(a);
    }
    let mut rows = query.fetch_all(ex).await?;
    let more = rows.len() > q.per_page as usize;
    rows.truncate(q.per_page as usize);
    if backward {
        rows.reverse();
    }
    Ok((rows, more))
}

/// How many members match the filters of `q` (its cursor aside).
pub async fn count<'c, E>(ex: E, q: &PageQuery<'_>) -> Result<u64>
where
    E: Executor<'c, Database = Any>,
{
    let mut sql = "SELECT COUNT(*) FROM memberships m WHERE m.org_id = $1".to_string();
    let mut args: Vec<String> = vec![q.org_id.to_string()];
    filters(&mut sql, &mut args, q, true);
    let mut query = sqlx::query_as::<_, (i64,)>(&sql);
    for a in &args {
        query = query.bind(a);
    }
    let (n,) = query.fetch_one(ex).await?;
    Ok(n.max(0) as u64)
}

/// `SELECT user_id` of the members with a word starting with `term`.
fn term_range(args: &mut Vec<String>, postgres: bool, term: &str) -> String {
    let collate = if postgres { " COLLATE \"C\"" } else { "" };
    let sql = format!(
        "SELECT w.user_id FROM member_search_words w WHERE w.org_id = $1 AND w.word{collate} >= ${} AND w.word{collate} < ${}",
        args.len() + 1,
        args.len() + 2
    );
    args.push(term.to_string());
    args.push(domain::text::prefix_upper_bound(term));
    sql
}

fn filters(sql: &mut String, args: &mut Vec<String>, q: &PageQuery<'_>, with_terms: bool) {
    if let Some(role) = q.role {
        args.push(role.as_str().to_string());
        sql.push_str(&format!(" AND m.role = ${}", args.len()));
    }
    if q.without_external {
        sql.push_str(" AND m.role <> 'external'");
    }
    if q.blocked_only {
        sql.push_str(" AND m.blocked_at IS NOT NULL");
    }
    if q.without_two_factor {
        sql.push_str(&format!(" AND {WITHOUT_TWO_FACTOR}"));
    }
    if !with_terms {
        return;
    }
    for term in q.terms {
        let hits = term_range(args, q.postgres, term);
        sql.push_str(&format!(" AND m.user_id IN ({hits})"));
    }
}

/// The sort key of a member, to page from them.
pub async fn sort_key<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    user_id: &str,
) -> Result<Option<(String, String)>> {
    Ok(sqlx::query_as("SELECT sort_name, user_id FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .fetch_optional(ex)
        .await?)
}

/// The organization's name, its legal representatives who are not blocked, and the
/// version of its membership set (bumped by every change of members), in one read.
pub async fn org_facts<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<(String, usize, i64)> {
    let (name, lrs, version): (String, i64, i64) = sqlx::query_as(
        "SELECT o.name, (SELECT COUNT(*) FROM memberships m WHERE m.org_id = o.id \
         AND m.role = 'legal_representative' AND m.blocked_at IS NULL), o.member_version \
         FROM organizations o WHERE o.id = $1",
    )
    .bind(org_id)
    .fetch_one(ex)
    .await?;
    Ok((name, lrs.max(0) as usize, version))
}

pub async fn member<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, user_id: &str) -> Result<Option<Row>> {
    Ok(sqlx::query_as(&format!(
        "{MEMBER}, {MEMBERSHIP_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.user_id = $2"
    ))
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(ex)
    .await?)
}

/// A user's display name and language: (first, last, lang).
pub async fn person(tx: &mut Tx, user_id: &str) -> Result<(String, String, String)> {
    Ok(sqlx::query_as("SELECT first_name, last_name, lang FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?)
}

/// Writes a membership's role and the permissions that go with it.
pub async fn set_membership(tx: &mut Tx, org_id: &str, user_id: &str, m: &Membership) -> Result<()> {
    sqlx::query(
        "UPDATE memberships SET role = $1, billing_rights = $2, mail_billing = $3, mail_technical = $4, \
         mail_security = $5 WHERE org_id = $6 AND user_id = $7",
    )
    .bind(m.role.as_str())
    .bind(i64::from(m.billing_rights))
    .bind(i64::from(m.admin_emails.billing))
    .bind(i64::from(m.admin_emails.technical))
    .bind(i64::from(m.admin_emails.security))
    .bind(org_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The organization's products still running, with whether `member` (when given) may
/// manage each.
pub async fn product_choices<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    member: Option<&str>,
) -> Result<Vec<ProductChoice>> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT p.id, p.name, p.kind, (SELECT COUNT(*) FROM product_access pa WHERE pa.product_id = p.id \
         AND pa.org_id = p.org_id AND pa.user_id = $2) FROM products p \
         WHERE p.org_id = $1 AND p.status <> 'terminated' ORDER BY p.kind, p.name LIMIT 1000",
    )
    .bind(org_id)
    .bind(member)
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().map(|(id, name, kind, n)| ProductChoice { id, name, kind, granted: n > 0 }).collect())
}

/// The products the member has access to, sorted.
pub async fn product_access(tx: &mut Tx, org_id: &str, user_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT product_id FROM product_access WHERE org_id = $1 AND user_id = $2 ORDER BY product_id")
            .bind(org_id)
            .bind(user_id)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows.into_iter().map(|(p,)| p).collect())
}

/// Whether every id names a product of the organization.
pub async fn all_products_of(tx: &mut Tx, org_id: &str, ids: &[String]) -> Result<bool> {
    for id in ids {
        let found: Option<(String,)> = sqlx::query_as("SELECT id FROM products WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .fetch_optional(&mut **tx)
            .await?;
        if found.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub async fn set_product_access(tx: &mut Tx, org_id: &str, user_id: &str, products: &[String]) -> Result<()> {
    sqlx::query("DELETE FROM product_access WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    for p in products {
        sqlx::query("INSERT INTO product_access (org_id, user_id, product_id) VALUES ($1, $2, $3)")
            .bind(org_id)
            .bind(user_id)
            .bind(p)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Blocks (`Some((when, by whom))`) or unblocks the member (SEC-9).
pub async fn set_blocked(tx: &mut Tx, org_id: &str, user_id: &str, blocked: Option<(i64, &str)>) -> Result<()> {
    sqlx::query("UPDATE memberships SET blocked_at = $1, blocked_by = $2 WHERE org_id = $3 AND user_id = $4")
        .bind(blocked.map(|(at, _)| at))
        .bind(blocked.map(|(_, by)| by.to_string()))
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Removes the membership and what hangs on it (product access).
pub async fn remove_membership(tx: &mut Tx, org_id: &str, user_id: &str) -> Result<()> {
    for table in ["product_access", "member_search_words"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE org_id = $1 AND user_id = $2"))
            .bind(org_id)
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

const OPEN_INVITATION: &str = "accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL AND expires_at > $2";

/// The invitations still open, newest first, those whose address contains every term
/// and that offer `role` (when given).
pub async fn pending<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    now: i64,
    terms: &[String],
    role: Option<Role>,
) -> Result<Vec<PendingInvitation>> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT id, email, role, expires_at FROM invitations WHERE org_id = $1 AND {OPEN_INVITATION} \
         ORDER BY created_at DESC LIMIT 200"
    ))
    .bind(org_id)
    .bind(now)
    .fetch_all(ex)
    .await?;
    rows.into_iter()
        .filter(|(_, email, r, _)| {
            terms.iter().all(|t| domain::text::fold(email).contains(t.as_str())) && role.is_none_or(|w| w.as_str() == r)
        })
        .map(|(id, email, role, expires_at)| Ok(PendingInvitation { id, email, role: parse_role(&role)?, expires_at }))
        .collect()
}

/// A pending invitation of `org_id`: (email, role).
pub async fn pending_by_id(tx: &mut Tx, org_id: &str, id: &str, now: i64) -> Result<Option<(Email, Role)>> {
    let row: Option<(String, String)> = sqlx::query_as(&format!(
        "SELECT email, role FROM invitations WHERE org_id = $1 AND {OPEN_INVITATION} AND id = $3"
    ))
    .bind(org_id)
    .bind(now)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|(email, role)| {
        Ok((Email::parse(&email).map_err(|e| anyhow::anyhow!("stored email: {e}"))?, parse_role(&role)?))
    })
    .transpose()
}

/// The roles offered by the invitations still pending for `email` (expired ones too:
/// replacing them is withdrawing them).
pub async fn unanswered_roles_for(tx: &mut Tx, org_id: &str, email: &str) -> Result<Vec<Role>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT role FROM invitations WHERE org_id = $1 AND email = $2 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(org_id)
    .bind(email)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|(r,)| parse_role(r)).collect()
}

pub async fn revoke_unanswered_for(tx: &mut Tx, org_id: &str, email: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE org_id = $2 AND email = $3 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(org_id)
    .bind(email)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn revoke(tx: &mut Tx, id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2").bind(now).bind(id).execute(&mut **tx).await?;
    Ok(())
}

pub struct NewInvitation<'a> {
    pub id: &'a str,
    pub org_id: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub billing_rights: bool,
    pub token_hash: &'a str,
    pub invited_by: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_invitation(tx: &mut Tx, i: NewInvitation<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO invitations (id, org_id, email, role, billing_rights, token_hash, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(i.id)
    .bind(i.org_id)
    .bind(i.email)
    .bind(i.role.as_str())
    .bind(i64::from(i.billing_rights))
    .bind(i.token_hash)
    .bind(i.invited_by)
    .bind(i.now)
    .bind(i.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The products an invitation gives access to, sorted.
pub async fn invitation_products(tx: &mut Tx, invitation_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT product_id FROM invitation_products WHERE invitation_id = $1 ORDER BY product_id")
            .bind(invitation_id)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows.into_iter().map(|(p,)| p).collect())
}

pub async fn set_invitation_products(tx: &mut Tx, invitation_id: &str, products: &[String]) -> Result<()> {
    for p in products {
        sqlx::query("INSERT INTO invitation_products (invitation_id, product_id) VALUES ($1, $2)")
            .bind(invitation_id)
            .bind(p)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

pub async fn invitation_billing_rights(tx: &mut Tx, id: &str) -> Result<bool> {
    let (b,): (i64,) =
        sqlx::query_as("SELECT billing_rights FROM invitations WHERE id = $1").bind(id).fetch_one(&mut **tx).await?;
    Ok(b != 0)
}

/// The account behind an address, if any: (user id, language).
pub async fn account_by_email(tx: &mut Tx, email: &str) -> Result<Option<(String, String)>> {
    Ok(sqlx::query_as("SELECT id, lang FROM users WHERE email = $1").bind(email).fetch_optional(&mut **tx).await?)
}

fn parse_role(s: &str) -> Result<Role> {
    Ok(Role::parse(s).ok_or_else(|| anyhow::anyhow!("unknown role {s:?} in the database"))?)
}
