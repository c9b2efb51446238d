//! The page a profile link opens (`/confirm-login-email#token=…`,
//! `/confirm-recovery-email#token=…`): it reads the secret once, removes it from the
//! address bar, and confirms. No session is needed: the link proves the mailbox, and the
//! request it confirms was made with the password.

use domain::i18n::ProfileMsg;
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use super::api::{confirm_login_email, confirm_recovery_email};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, PublicFrame};

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let login = use_location().pathname.get_untracked().starts_with("/confirm-login");
    let token = crate::auth::take_link_secret("token");
    let title = if login { ProfileMsg::LoginConfirmTitle } else { ProfileMsg::RecoveryEmailTitle };
    use_title(move || i18n.t(title)().to_string());
    let answer = LocalResource::new(move || {
        let token = token.clone();
        async move {
            let token = token.ok_or(AppError::LinkInvalid)?;
            if login {
                confirm_login_email(token).await.map(|e| (true, e))
            } else {
                confirm_recovery_email(token).await.map(|e| (false, e))
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok((true, email))) = answer.get() {
            session.me.update(|me| {
                if let Some(me) = me {
                    me.email = email;
                }
            });
        }
    });
    view! {
        <PublicFrame>
            <h1>{i18n.t(title)}</h1>
            {move || match answer.get() {
                None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
                Some(Ok((is_login, email))) => {
                    let msg = if is_login { ProfileMsg::LoginConfirmed } else { ProfileMsg::RecoveryEmailConfirmed };
                    view! { <p class="notice success wrap" role="status">{i18n.fill(msg, &[("email", &email)])}</p> }.into_any()
                }
            }}
            <p><A href="/profile">{i18n.t(ProfileMsg::ProfileTitle)}</A></p>
        </PublicFrame>
    }
}
