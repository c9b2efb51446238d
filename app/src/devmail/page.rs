//! The development mail viewer page.

use domain::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::api::{dev_outbox, OutboxMail};
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos_router::components::A;

use crate::shell::{ErrorNotice, LanguageSwitch};

#[component]
pub fn DevMailPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(Msg::DevMailTitle)().to_string());
    let mails = RwSignal::new(None::<Vec<OutboxMail>>);
    let error = RwSignal::new(None::<AppError>);
    spawn_local(async move {
        match dev_outbox().await {
            Ok(list) => mails.set(Some(list)),
            Err(e) => error.set(Some(e)),
        }
    });
    view! {
        // Reachable signed out too: a developer reads the confirmation link here before
        // having an account.
        <main id="main" class="page">
            <div class="public-top">
                <A href="/" attr:class="brand">{i18n.t(Msg::AppName)}</A>
                <LanguageSwitch/>
            </div>
            <h1>{i18n.t(Msg::DevMailTitle)}</h1>
            <p class="muted">{i18n.t(Msg::DevMailIntro)}</p>
            <ErrorNotice error/>
            {move || mails.get().map(|list| {
                if list.is_empty() {
                    return view! { <p>{i18n.t(Msg::DevMailNone)}</p> }.into_any();
                }
                view! {
                    <ul class="mail-list">
                        {list.into_iter().map(|m| {
                            let status = if m.delivered { Msg::DevMailStatusSent } else { Msg::DevMailStatusPending };
                            view! {
                                <li class="mail">
                                    <article aria-label=m.subject.clone()>
                                        <h2>{m.subject.clone()}</h2>
                                        <p class="muted">{
                                            let to = m.to.clone();
                                            move || i18n.fill(Msg::DevMailTo, &[("to", &to), ("status", status.text(i18n.lang()))])
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
