//! The security page's "Security keys" section: the keys with their dates, add one
//! (named, then touched), rename one, remove the selected ones after a confirmation.
//! Adding and removing need a recent re-authentication: the shell's dialog asks for it
//! and the action is sent again.

use std::collections::BTreeSet;

use domain::i18n::KeysMsg;
use domain::keys::NAME_MAX_CHARS;
use domain::{Msg, Plural};
use leptos::prelude::*;

use super::api::{
    list_security_keys, register_finish, register_start, remove_security_keys, rename_security_key, KeyAdded,
    SecurityKey,
};
use super::browser::{self, KeyError};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{on_answer, Dialog, ErrorNotice, SuccessNotice};

/// A date in the user's language (the browser's locale formatting).
pub fn local_date(ms: i64, lang: domain::Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    String::from(date.to_locale_string(lang.code(), &wasm_bindgen::JsValue::UNDEFINED))
}

/// Starts a registration, lets the browser create the credential, finishes it.
async fn add_key(name: String) -> Result<Result<KeyAdded, KeyError>, AppError> {
    let ceremony = register_start().await?;
    match browser::create(&ceremony.options).await {
        Ok(credential) => register_finish(ceremony.id, name, credential).await.map(Ok),
        Err(e) => Ok(Err(e)),
    }
}

#[component]
pub fn SecurityKeysSection(
    /// Called after a key was added or removed (two-factor authentication may have
    /// changed).
    #[prop(optional)]
    on_change: Option<Callback<()>>,
    /// Called with the backup codes when the key turned two-factor authentication on.
    #[prop(optional)]
    on_backup_codes: Option<Callback<Vec<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let keys = LocalResource::new(list_security_keys);
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let confirming = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let changed = move || {
        keys.refetch();
        if let Some(f) = on_change {
            f.run(());
        }
    };

    let adding = Action::new_local(|name: &String| add_key(name.clone()));
    on_answer(adding, error, move |answer| match answer {
        Ok(added) => {
            if let (Some(codes), Some(f)) = (added.backup_codes, on_backup_codes) {
                f.run(codes);
            }
            name.set(String::new());
            done.set(Some(i18n.t(KeysMsg::SecurityKeyAdded)().to_string()));
            changed();
        }
        Err(KeyError::Unsupported) => done.set(Some(i18n.t(KeysMsg::SecurityKeyUnsupported)().to_string())),
        Err(KeyError::Cancelled) => done.set(Some(i18n.t(KeysMsg::SecurityKeyCancelled)().to_string())),
    });
    let removing = Action::new_local(|ids: &Vec<String>| remove_security_keys(ids.clone()));
    on_answer(removing, error, move |()| {
        confirming.set(false);
        selected.set(BTreeSet::new());
        changed();
    });

    let list = move || {
        keys.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Ok(list) if list.is_empty() => view! { <p class="help">{i18n.t(KeysMsg::SecurityKeysNone)}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="key-list">
                    {list.into_iter().map(|key| view! { <KeyRow key selected error on_renamed=Callback::new(move |()| keys.refetch())/> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    let remove_title =
        Signal::derive(move || Plural::KeysRemoveCount.count(i18n.lang(), selected.with(|s| s.len() as u64), &[]));
    view! {
        <section class="card stack" aria-labelledby="security-keys-title">
            <h2 id="security-keys-title">{i18n.t(KeysMsg::SecurityKeysTitle)}</h2>
            <p class="help">{i18n.t(KeysMsg::SecurityKeysIntro)}</p>
            <ErrorNotice error/>
            <SuccessNotice message=done/>
            <Transition fallback=|| ()>{list}</Transition>
            <button type="button" id="remove-keys-button" class="danger" disabled=move || selected.with(BTreeSet::is_empty) || removing.pending().get()
                on:click=move |_| confirming.set(true)>
                {i18n.t(KeysMsg::SecurityKeyRemoveSelected)}
            </button>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let typed = name.get_untracked();
                let typed = if typed.trim().is_empty() { i18n.t(KeysMsg::SecurityKeyDefaultName)().to_string() } else { typed };
                done.set(None);
                adding.dispatch(typed);
            }>
                <label for="security-key-name">{i18n.t(KeysMsg::FieldName)}</label>
                <input id="security-key-name" maxlength=NAME_MAX_CHARS autocomplete="off"
                    placeholder=move || i18n.t(KeysMsg::SecurityKeyDefaultName)()
                    aria-describedby="security-key-name-help"
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                <small id="security-key-name-help" class="help">{i18n.t(KeysMsg::SecurityKeyAddHelp)}</small>
                {move || adding.pending().get().then(|| view! { <p class="notice info" role="status">{i18n.t(KeysMsg::SecurityKeyWaiting)}</p> })}
                <button type="submit" disabled=move || adding.pending().get()>{i18n.t(KeysMsg::SecurityKeyAdd)}</button>
            </form>
            <Show when=move || confirming.get()>
                <Dialog id="remove-keys" title=remove_title on_close=Callback::new(move |()| confirming.set(false)) return_to="remove-keys-button">
                    <p>{i18n.t(KeysMsg::SecurityKeyRemoveWarning)}</p>
                    <ErrorNotice error/>
                    <div class="dialog-actions">
                        <button type="button" on:click=move |_| confirming.set(false)>{i18n.t(Msg::Cancel)}</button>
                        <button type="button" class="danger" disabled=move || removing.pending().get()
                            on:click=move |_| { removing.dispatch(selected.get_untracked().into_iter().collect()); }>
                            {i18n.t(KeysMsg::SecurityKeyRemoveSelected)}
                        </button>
                    </div>
                </Dialog>
            </Show>
        </section>
    }
}

/// One key: its checkbox for removal, its name (renamable) and dates.
#[component]
fn KeyRow(
    key: SecurityKey,
    selected: RwSignal<BTreeSet<String>>,
    error: RwSignal<Option<AppError>>,
    on_renamed: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let editing = RwSignal::new(false);
    let name = RwSignal::new(key.name.clone());
    let id = key.id.clone();
    let renaming = Action::new_local(move |name: &String| rename_security_key(id.clone(), name.clone()));
    on_answer(renaming, error, move |_| {
        editing.set(false);
        on_renamed.run(());
    });
    let check_id = key.id.clone();
    let toggle_id = key.id.clone();
    let input_id = format!("rename-{}", key.id);
    let select_label = i18n.fill(KeysMsg::SecurityKeySelect, &[("name", &key.name)]);
    let rename_label = i18n.fill(KeysMsg::SecurityKeyRenameNamed, &[("name", &key.name)]);
    let added = i18n.fill(KeysMsg::SecurityKeyAddedOn, &[("date", &local_date(key.created_at, i18n.lang()))]);
    let used = match key.last_used_at {
        Some(at) => i18n.fill(KeysMsg::LastUsedOn, &[("date", &local_date(at, i18n.lang()))]),
        None => i18n.t(KeysMsg::NeverUsed)().to_string(),
    };
    let shown_name = key.name.clone();
    view! {
        <li class="key-row">
            <label class="check">
                <input type="checkbox" aria-label=select_label
                    prop:checked=move || selected.with(|s| s.contains(&check_id))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| { if on { s.insert(toggle_id.clone()); } else { s.remove(&toggle_id); } });
                    }/>
                <strong>{shown_name}</strong>
            </label>
            <small class="help">{added}" · "{used}</small>
            <Show when=move || editing.get() fallback=move || view! {
                <button type="button" aria-label=rename_label.clone() on:click=move |_| editing.set(true)>{i18n.t(KeysMsg::SecurityKeyRename)}</button>
            }>
                <form class="inline-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    renaming.dispatch(name.get_untracked());
                }>
                    <label for=input_id.clone()>{i18n.t(KeysMsg::FieldName)}</label>
                    <input id=input_id.clone() maxlength=NAME_MAX_CHARS required
                        prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                    <div class="dialog-actions">
                        <button type="button" on:click=move |_| editing.set(false)>{i18n.t(Msg::Cancel)}</button>
                        <button type="submit" disabled=move || renaming.pending().get()>{i18n.t(Msg::Save)}</button>
                    </div>
                </form>
            </Show>
        </li>
    }
}
