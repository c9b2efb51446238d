//! The user's own profile (ACC-8): the language the console and emails use.

use app::profile::api::SetLanguage;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(set_language);
}

async fn set_language(cx: Ctx, caller: Caller, SetLanguage { lang }: SetLanguage) -> Result<()> {
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(&caller.user_id)
        .execute(cx.pool())
        .await?;
    Ok(())
}
