//! The page an email-confirmation link opens: confirms the address, then enters the
//! console (ACC-1).

use domain::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{ErrorNotice, PublicFrame};

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let error = RwSignal::new(None::<AppError>);
    let token = query.with_untracked(|q| q.get("token")).unwrap_or_default();
    spawn_local(async move {
        match crate::auth::api::verify_email(token).await {
            Ok(me) => {
                i18n.set(me.lang);
                session.set(Some(me));
                navigate("/", Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    });
    view! {
        <PublicFrame>
            <h1>{i18n.t(Msg::VerifyEmailTitle)}</h1>
            <Show when=move || error.with(Option::is_none)>
                <p role="status">{i18n.t(Msg::VerifyEmailWorking)}</p>
            </Show>
            <ErrorNotice error/>
        </PublicFrame>
    }
}
