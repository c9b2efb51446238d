//! The user's own profile (ACC-8): the language the console and emails use.

use app::profile::api::SetLanguage;
use domain::SecurityEvent;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::security_log;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(set_language);
}

async fn set_language(cx: Ctx, caller: Caller, SetLanguage { lang }: SetLanguage) -> Result<()> {
    let mut tx = cx.write().await?;
    let changed = sqlx::query("UPDATE users SET lang = $1 WHERE id = $2 AND lang <> $1")
        .bind(lang.code())
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() > 0 {
        security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::LanguageChanged, lang.code()).await?;
    }
    tx.commit().await?;
    Ok(())
}
