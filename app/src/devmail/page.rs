//! The development mail viewer page.

use domain::i18n::DevMailMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api::dev_outbox;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos_router::components::A;

use crate::shell::{ErrorNotice, LanguageSwitch};

#[component]
pub fn DevMailPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(DevMailMsg::DevMailTitle)().to_string());
    let outbox = LocalResource::new(dev_outbox);
    let mails = Signal::derive(move || outbox.get().and_then(Result::ok));
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| error.set(outbox.get().and_then(Result::err)));
    view! {
        // Reachable signed out too: a developer reads the confirmation link here before
        // having an account.
        <main id="main" class="page">
            <div class="public-top">
                <A href="/" attr:class="brand">{i18n.t(Msg::AppName)}</A>
                <LanguageSwitch/>
            </div>
            <h1>{i18n.t(DevMailMsg::DevMailTitle)}</h1>
            <p class="muted">{i18n.t(DevMailMsg::DevMailIntro)}</p>
            <ErrorNotice error/>
            {move || mails.get().map(|list| {
                if list.is_empty() {
                    return view! { <p>{i18n.t(DevMailMsg::DevMailNone)}</p> }.into_any();
                }
                view! {
                    <ul class="mail-list">
                        {list.into_iter().map(|m| {
                            let status = if m.delivered { DevMailMsg::DevMailStatusSent } else { DevMailMsg::DevMailStatusPending };
                            let (sms, subject) = (m.sms, m.subject.clone());
                            let heading = move || if sms { DevMailMsg::DevMailSms.text(i18n.lang()).to_string() } else { subject.clone() };
                            let label = heading.clone();
                            view! {
                                <li class="mail">
                                    <article aria-label=label>
                                        <h2>{heading}</h2>
                                        <p class="muted">{
                                            let to = m.to.clone();
                                            move || i18n.fill(DevMailMsg::DevMailTo, &[("to", &to), ("status", status.text(i18n.lang()))])
                                        }</p>
                                        <pre class="mail-body">{linkify(&m.body)}</pre>
                                    </article>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </main>
    }
}

/// The body with its links clickable, so a developer can follow them.
fn linkify(body: &str) -> impl IntoView {
    body.split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end();
            if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                let rest = word[trimmed.len()..].to_string();
                view! { <a href=trimmed.to_string()>{trimmed.to_string()}</a>{rest} }.into_any()
            } else {
                word.to_string().into_any()
            }
        })
        .collect_view()
}
