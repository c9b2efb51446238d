//! `auth/reauthenticate`: the signed-in user proves again it is them (the password, or a
//! code of a second factor) before a sensitive change; the session then counts as
//! re-authenticated for [`crate::reauth::RECENT_MS`].

use app::auth::api::Reauthenticate;
use app::error::{Field, Problem};
use app::AppError;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::reauth;

pub async fn reauthenticate(cx: Ctx, caller: Caller, Reauthenticate { password, code }: Reauthenticate) -> Result<()> {
    match (password, code) {
        (Some(password), None) => reauth::confirm_password(&cx, &caller, &password).await,
        // No second factor can be confirmed here yet: a code is wrong for every account.
        (None, Some(_)) => Err(AppError::invalid(Field::Code, Problem::WrongCode).into()),
        _ => Err(AppError::BadRequest { message: "give either a password or a code".into() }.into()),
    }
}
