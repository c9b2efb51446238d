//! The user's organizations (ORG-1): the session view (`Me`) and switching the
//! organization the console works in; "My organizations", creating, leaving and deleting
//! one (ORG-2, ORG-6, ORG-7).

mod create;
mod delete;
pub mod facts;
mod leave;
pub mod mail;
mod mine;
pub mod store;

use app::organizations::api::SwitchOrganization;
use app::session::Me;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::OrgMember;
use crate::sessions;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(switch);
    api.signed_in(mine::mine);
    api.signed_in(create::create);
    api.signed_in(leave::leave);
    api.signed_in(delete::check);
    api.signed_in(delete::delete);
}

/// Switching is opening the organization: a blocked member is refused like any other
/// organization-scoped call.
async fn switch(cx: Ctx, caller: Caller, SwitchOrganization { org_id }: SwitchOrganization) -> Result<Me> {
    OrgMember::load(&cx, &caller, &org_id).await?;
    sessions::set_current_org(&cx, &caller.session, &org_id).await?;
    store::load_me(&cx, &caller.user_id, Some(&org_id)).await
}
