//! Removing a member (MEM-5): the caller types their password again, then the removal
//! runs under the organization's lock like any change of a member (`ops`): only a legal
//! representative removes one, never the last one who is not blocked. The removed person
//! is told by email and loses access at their next request.

use app::members::api::{MemberOp, RemoveMember};
use app::AppError;

use super::{ops, store};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::LockedOrg;
use crate::reauth;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(remove);
}

async fn remove(cx: Ctx, caller: Caller, RemoveMember { org_id, user_id, password }: RemoveMember) -> Result<()> {
    // A non-member learns nothing, not even whether the password was right.
    crate::org_access::OrgMember::load(&cx, &caller, &org_id).await?;
    reauth::confirm_password(&cx, &caller, &password).await?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let target =
        store::member(&mut **locked.reader(), &org_id, &user_id).await?.ok_or(AppError::NotFound)?.into_member()?;
    let legal_representatives = crate::org_access::legal_representatives(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&ops::action_for(MemberOp::Remove, &target, &caller, legal_representatives))?;
    ops::apply(&mut write, &cx, &caller, &user_id, MemberOp::Remove).await?;
    write.commit(&cx).await
}
