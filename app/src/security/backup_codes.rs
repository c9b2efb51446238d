//! Backup codes: how many are left, new ones (re-authentication first), and the sheet of
//! codes just made — shown once, downloadable as a text file.

use domain::i18n::SecurityMsg;
use domain::Plural;
use leptos::prelude::*;

use super::api;
use super::page::use_security;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice};

/// The codes just made, until the person says they saved them.
#[component]
pub fn FreshCodes() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let security = use_security();
    move || {
        security.fresh_codes.get().map(|codes| {
            let email = session.me.with_untracked(|m| m.as_ref().map(|m| m.email.clone()).unwrap_or_default());
            let sheet =
                format!("{}\n\n{}\n", i18n.fill(SecurityMsg::BackupFileTitle, &[("email", &email)]), codes.join("\n"));
            view! {
                <section class="card-section fresh-codes" aria-labelledby="fresh-codes-title">
                    <h2 id="fresh-codes-title">{i18n.t(SecurityMsg::BackupSection)}</h2>
                    <p class="notice info" role="status">{i18n.t(SecurityMsg::BackupShownOnce)}</p>
                    <ol class="backup-codes" aria-label=i18n.t(SecurityMsg::BackupSection)>
                        {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                    </ol>
                    <div class="actions">
                        <button type="button" on:click=move |_| crate::download::download("orga-backup-codes.txt", &[&sheet])>
                            {i18n.t(SecurityMsg::BackupDownload)}
                        </button>
                        <button type="button" class="primary" on:click=move |_| security.fresh_codes.set(None)>
                            {i18n.t(SecurityMsg::BackupSaved)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

#[component]
pub fn BackupCodesSection() -> impl IntoView {
    let i18n = use_i18n();
    let security = use_security();
    let on = security.two_factor_on();
    let error = RwSignal::new(None::<AppError>);
    let regenerate = Action::new_local(|_: &()| api::regenerate_backup_codes());
    on_answer(regenerate, error, move |codes| {
        security.fresh_codes.set(Some(codes));
        security.changed();
    });
    let left = move || security.overview.get().and_then(Result::ok).map_or(0, |o| o.backup_codes_left);
    view! {
        <Show when=move || on.get()>
            <section class="card-section" aria-labelledby="backup-title">
                <h2 id="backup-title">{i18n.t(SecurityMsg::BackupSection)}</h2>
                <p>{i18n.t(SecurityMsg::BackupHelp)}</p>
                <p><strong>{move || Plural::SecurityBackupCodesLeft.count(i18n.lang(), u64::from(left()), &[])}</strong></p>
                <p id="backup-regenerate-help" class="help">{i18n.t(SecurityMsg::BackupRegenerateHelp)}</p>
                <button type="button" aria-describedby="backup-regenerate-help" disabled=move || regenerate.pending().get()
                    on:click=move |_| { regenerate.dispatch(()); }>
                    {i18n.t(SecurityMsg::BackupRegenerate)}
                </button>
                <ErrorNotice error/>
            </section>
        </Show>
    }
}
