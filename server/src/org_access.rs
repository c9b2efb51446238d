//! The gate to an organization. Reads go through [`OrgMember::load`] (the caller's
//! membership, gates passed); writes through [`OrgWrite`], which can only be built by
//! taking the organization's member lock, reading the caller's membership under it and
//! authorizing through `domain::authorize` — "lock, then authorize" holds by
//! construction. Gates every organization applies (a blocked member, the
//! organization-wide 2FA requirement for browser sessions) are checked here once.

use domain::membership::AdminEmails;
use domain::{authorize, Action, Denied, Membership, Role};
use sqlx::{Any, Executor};

use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::error::Result;

/// The columns of `memberships m` that make a [`Membership`].
pub const MEMBERSHIP_COLUMNS: &str =
    "m.role, m.billing_rights, m.mail_billing, m.mail_technical, m.mail_security, m.blocked_at";

#[derive(sqlx::FromRow)]
pub struct MembershipRow {
    role: String,
    billing_rights: i64,
    mail_billing: i64,
    mail_technical: i64,
    mail_security: i64,
    blocked_at: Option<i64>,
}

impl MembershipRow {
    pub fn into_membership(self) -> Result<Membership> {
        let role =
            Role::parse(&self.role).ok_or_else(|| anyhow::anyhow!("unknown role {:?} in the database", self.role))?;
        Ok(Membership {
            role,
            billing_rights: self.billing_rights != 0,
            admin_emails: AdminEmails {
                billing: self.mail_billing != 0,
                technical: self.mail_technical != 0,
                security: self.mail_security != 0,
            },
            blocked: self.blocked_at.is_some(),
        })
    }
}

/// The user's membership in an organization that still exists.
pub async fn membership<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    user_id: &str,
) -> Result<Option<Membership>> {
    let row: Option<MembershipRow> = sqlx::query_as(&format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships m JOIN organizations o ON o.id = m.org_id \
         WHERE m.org_id = $1 AND m.user_id = $2 AND o.deleted_at IS NULL"
    ))
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(ex)
    .await?;
    row.map(MembershipRow::into_membership).transpose()
}

/// The organization's legal representatives who are not blocked: the one that must
/// stay (every rule about the last legal representative counts these).
pub async fn legal_representatives<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative' AND blocked_at IS NULL",
    )
    .bind(org_id)
    .fetch_one(ex)
    .await?;
    Ok(n.max(0) as usize)
}

/// Makes the organization's membership set change one at a time: the first write of any
/// transaction that adds, removes or changes members. PostgreSQL holds the row lock
/// until commit; SQLite's write transactions are serialized already. `false` when the
/// organization does not exist (any more).
pub async fn lock_members(tx: &mut Tx, org_id: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE organizations SET member_version = member_version + 1 WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(org_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The gates every organization-scoped call passes, whatever the action.
fn gate(you: Option<Membership>) -> Result<Membership> {
    let you = you.ok_or(Denied::NotAMember)?;
    authorize(Some(&you), &Action::OpenOrganization)?;
    Ok(you)
}

/// The organization-wide two-factor requirement (SEC-7): a browser session of a member
/// without a confirmed second factor is held back while the organization requires one.
/// So is an embedded widget; other ways in (app passwords, API keys) are not.
async fn two_factor_gate<'e, E: Executor<'e, Database = Any>>(ex: E, caller: &Caller, org_id: &str) -> Result<()> {
    if !caller.is_interactive() {
        return Ok(());
    }
    let (required, factors): (i64, i64) = sqlx::query_as(
        "SELECT o.require_two_factor, (SELECT COUNT(*) FROM second_factors f WHERE f.user_id = $2 \
         AND f.confirmed_at IS NOT NULL) FROM organizations o WHERE o.id = $1",
    )
    .bind(org_id)
    .bind(&caller.user_id)
    .fetch_one(ex)
    .await?;
    Ok(domain::policy::two_factor_gate(required != 0, factors > 0)?)
}

/// The caller as a member of an organization, for reads.
pub struct OrgMember {
    pub you: Membership,
}

impl OrgMember {
    pub async fn load(cx: &Ctx, caller: &Caller, org_id: &str) -> Result<OrgMember> {
        let you = gate(caller.within_scope(org_id, membership(cx.pool(), org_id, &caller.user_id).await?))?;
        two_factor_gate(cx.pool(), caller, org_id).await?;
        Ok(OrgMember { you })
    }

    pub fn authorize(&self, action: &Action) -> Result<()> {
        Ok(authorize(Some(&self.you), action)?)
    }
}

/// An organization whose members are locked by this transaction, with the caller's
/// membership read under the lock. Reads of the facts an action depends on (the
/// target's role, the count of legal representatives) happen here, then
/// [`LockedOrg::authorize`] turns it into an [`OrgWrite`].
pub struct LockedOrg {
    tx: Tx,
    org_id: String,
    actor_id: String,
    you: Membership,
}

impl LockedOrg {
    /// Locks the organization's members and checks the caller is a member who may work
    /// in it. A non-member learns nothing about what the request named.
    pub async fn lock(cx: &Ctx, caller: &Caller, org_id: &str) -> Result<LockedOrg> {
        let locked = LockedOrg::lock_ungated(cx, caller, org_id).await?;
        LockedOrg::two_factor(locked, caller).await
    }

    /// Like [`LockedOrg::lock`], for leaving: an external user held back by the
    /// two-factor requirement may still leave (SEC-7); other members must set it up.
    pub async fn lock_to_leave(cx: &Ctx, caller: &Caller, org_id: &str) -> Result<LockedOrg> {
        let locked = LockedOrg::lock_ungated(cx, caller, org_id).await?;
        if locked.you.role == Role::External {
            return Ok(locked);
        }
        LockedOrg::two_factor(locked, caller).await
    }

    async fn lock_ungated(cx: &Ctx, caller: &Caller, org_id: &str) -> Result<LockedOrg> {
        let mut tx = cx.write().await?;
        if !lock_members(&mut tx, org_id).await? {
            return Err(Denied::NotAMember.into());
        }
        let you = gate(caller.within_scope(org_id, membership(&mut *tx, org_id, &caller.user_id).await?))?;
        Ok(LockedOrg { tx, org_id: org_id.to_string(), actor_id: caller.user_id.clone(), you })
    }

    async fn two_factor(mut locked: LockedOrg, caller: &Caller) -> Result<LockedOrg> {
        two_factor_gate(&mut *locked.tx, caller, &locked.org_id).await?;
        Ok(locked)
    }

    pub fn you(&self) -> &Membership {
        &self.you
    }

    /// For reading under the lock; writes go through [`OrgWrite`].
    pub fn reader(&mut self) -> &mut Tx {
        &mut self.tx
    }

    pub fn authorize(self, action: &Action) -> Result<OrgWrite> {
        authorize(Some(&self.you), action)?;
        Ok(OrgWrite { tx: self.tx, org_id: self.org_id, actor_id: self.actor_id, you: self.you })
    }
}

/// Permission to change an organization's members, held until commit.
pub struct OrgWrite {
    tx: Tx,
    org_id: String,
    actor_id: String,
    you: Membership,
}

impl OrgWrite {
    /// For a change of several members in one transaction (batch actions, MEM-7): each
    /// further action is authorized here, against the facts read under the same lock,
    /// before it is written.
    pub fn permits(&self, action: &Action) -> Result<()> {
        Ok(authorize(Some(&self.you), action)?)
    }

    pub fn org_id(&self) -> &str {
        &self.org_id
    }

    pub fn actor_id(&self) -> &str {
        &self.actor_id
    }

    /// The actor's membership, as read under the lock.
    pub fn actor(&self) -> &Membership {
        &self.you
    }

    pub fn tx(&mut self) -> &mut Tx {
        &mut self.tx
    }

    /// Commits the change, its emails and audit entries together, then wakes the
    /// outbox worker.
    pub async fn commit(self, cx: &Ctx) -> Result<()> {
        self.tx.commit().await?;
        cx.state.outbox_bell().notify_one();
        Ok(())
    }
}
