//! The page of the emailed termination link (`/confirm-termination#token=…`, PRD-5): it
//! reads the secret once, removes it from the address bar and confirms. A used, expired
//! or foreign link is refused with the reason.

use domain::i18n::ProductsMsg;
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::confirm_termination;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{use_title, PublicFrame};

#[component]
pub fn ConfirmTerminationPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = crate::auth::take_link_secret("token");
    use_title(move || i18n.t(ProductsMsg::ConfirmTitle)().to_string());
    let answer = LocalResource::new(move || {
        let token = token.clone();
        async move { confirm_termination(token.ok_or(AppError::LinkInvalid)?).await }
    });
    view! {
        <PublicFrame>
            <h1>{i18n.t(ProductsMsg::ConfirmTitle)}</h1>
            {move || match answer.get() {
                None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
                Some(Ok(name)) => view! {
                    <p class="notice success wrap" role="status">{i18n.fill(ProductsMsg::Confirmed, &[("name", &name)])}</p>
                }.into_any(),
            }}
            <p><A href="/">{i18n.t(Msg::NavHome)}</A></p>
        </PublicFrame>
    }
}
