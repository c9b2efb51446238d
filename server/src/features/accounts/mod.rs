//! Accounts (ACC-1, ACC-2): who is signed in, sign-up, email confirmation, sign-in with
//! brute-force protection, sign-out.

mod confirmation;
mod reauthenticate;
mod sign_in;
mod sign_up;
pub mod store;

use app::auth::api::{CurrentUser, SignOut};
use app::session::Me;
use app::AppError;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::{Error, Result};
use crate::features::organizations::store::load_me;
use crate::sessions;

pub fn endpoints(api: &mut Endpoints) {
    api.public(me);
    api.public(sign_out);
    api.public(sign_in::sign_in);
    api.public(sign_up::sign_up);
    api.public(confirmation::verify);
    api.signed_in(reauthenticate::reauthenticate);
}

/// The signed-in user, or `None` (not an error: the client asks before anyone signs in).
async fn me(cx: Ctx, _: CurrentUser) -> Result<Option<Me>> {
    match Caller::identify(&cx).await {
        Ok(caller) => load_me(&cx, &caller.user_id, caller.session.current_org_id.as_deref()).await.map(Some),
        Err(Error::App(AppError::Unauthenticated)) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn sign_out(cx: Ctx, _: SignOut) -> Result<()> {
    sessions::close(&cx).await
}
