//! Batch actions on the selected members (MEM-7): one transaction under the
//! organization's lock; each member goes through `ops::apply`, authorized against the
//! membership set as the earlier ones in the batch left it, so a batch can never do what
//! single requests could not (demoting every legal representative at once stops at the
//! last one). The answer says, member by member, what was done and why not.

use app::members::api::{BatchMembers, BatchOutcome, MemberOp, BATCH_MAX};
use app::AppError;
use domain::Action;

use super::ops;
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::{Error, Result};
use crate::org_access::{LockedOrg, OrgMember};
use crate::reauth;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(batch);
}

async fn batch(cx: Ctx, caller: Caller, args: BatchMembers) -> Result<Vec<BatchOutcome>> {
    let BatchMembers { org_id, mut user_ids, op, password } = args;
    if user_ids.is_empty() || user_ids.len() > BATCH_MAX {
        return Err(AppError::BadRequest { message: format!("select between 1 and {BATCH_MAX} members") }.into());
    }
    if matches!(op, MemberOp::ChangeRole { role } if !domain::policy::batch_may_grant(role)) {
        return Err(AppError::BadRequest {
            message: "the legal representative role is granted one member at a time".into(),
        }
        .into());
    }
    user_ids.sort();
    user_ids.dedup();
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    // Only managers change members; anyone else is refused before anything is read.
    member.authorize(&Action::ManageMembers)?;
    if op == MemberOp::Remove {
        reauth::confirm_password(&cx, &caller, &password).await?;
    }
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::ManageMembers)?;
    let mut outcomes = Vec::with_capacity(user_ids.len());
    for user_id in user_ids {
        let error = match ops::apply(&mut write, &cx, &caller, &user_id, op).await {
            Ok(_) => None,
            Err(Error::App(e)) => Some(e),
            Err(e) => return Err(e),
        };
        outcomes.push(BatchOutcome { user_id, error });
    }
    write.commit(&cx).await?;
    Ok(outcomes)
}
