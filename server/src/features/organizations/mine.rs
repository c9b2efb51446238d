//! "My organizations" (ORG-1): every organization of the user with their role, its
//! legal representatives and every reason that keeps them from leaving it (ORG-6),
//! read with the same queries the leave body runs under the lock.

use app::organizations::api::{MyOrganization, MyOrganizations};
use domain::policy::leave_refusals;
use domain::Denied;

use super::facts;
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::org_access::{MembershipRow, MEMBERSHIP_COLUMNS};

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    name: String,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

pub async fn mine(cx: Ctx, caller: Caller, _: MyOrganizations) -> Result<Vec<MyOrganization>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT o.id, o.name, {MEMBERSHIP_COLUMNS} FROM memberships m JOIN organizations o ON o.id = m.org_id \
         WHERE m.user_id = $1 AND o.deleted_at IS NULL ORDER BY o.name, o.id"
    ))
    .bind(&caller.user_id)
    .fetch_all(cx.pool())
    .await?;
    let (email, ..) = facts::user(cx.pool(), &caller.user_id).await?;
    let domain = facts::email_domain(&email);
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let membership = row.membership.into_membership()?;
        let legal_representatives = facts::legal_representative_names(cx.pool(), &row.id).await?;
        let count = crate::org_access::legal_representatives(cx.pool(), &row.id).await?;
        let suite = facts::in_office_suite(cx.pool(), &row.id, &caller.user_id).await?;
        let hosted = facts::hosts_domain(cx.pool(), &row.id, &domain).await?;
        let mut refusals = leave_refusals(&membership, count, suite, hosted);
        if membership.blocked {
            refusals.insert(0, Denied::Blocked);
        }
        out.push(MyOrganization {
            id: row.id,
            name: row.name,
            membership,
            legal_representatives,
            leave_refusals: refusals,
        });
    }
    Ok(out)
}
