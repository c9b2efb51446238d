//! The organization settings' "Integrations" section (EMB-1, EMB-2): the API keys
//! (create — shown once —, see who made each and when it was last used, revoke) and the
//! origins allowed to embed the widgets. Shown to every member with the reason when
//! they may not manage it (`Action::ManageIntegrations`, checked again by the server).

use domain::embed::{may_add_origin, may_create_api_key, ORIGIN_MAX_CHARS};
use domain::i18n::EmbedMsg;
use domain::keys::NAME_MAX_CHARS;
use domain::{authorize, Membership};
use leptos::prelude::*;

use super::api::{
    add_origin, create_api_key, list_api_keys, list_origins, remove_origin, revoke_api_key, ApiKey, NewApiKey,
};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::security_keys::local_date;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn IntegrationsSection(org_id: String, you: Membership) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = authorize(Some(&you), &domain::Action::ManageIntegrations);
    let body = match verdict {
        Err(denied) => view! { <p class="reason">{i18n.t(denied.msg())}</p> }.into_any(),
        Ok(()) => view! { <ApiKeys org_id=org_id.clone()/><Origins org_id/> }.into_any(),
    };
    view! {
        <section class="settings-section integrations" aria-labelledby="settings-integrations-heading">
            <h2 id="settings-integrations-heading">{i18n.t(EmbedMsg::IntegrationsTitle)}</h2>
            <p class="help">{i18n.t(EmbedMsg::IntegrationsIntro)}</p>
            {body}
            <p><a href="/api/docs" rel="external">{i18n.t(EmbedMsg::ApiDocs)}</a></p>
        </section>
    }
}

#[component]
fn ApiKeys(org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let org = StoredValue::new(org_id);
    let list = LocalResource::new(move || list_api_keys(org.get_value()));
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<NewApiKey>);
    let creating = Action::new_local(move |name: &String| create_api_key(org.get_value(), name.clone()));
    on_answer(creating, error, move |created| {
        name.set(String::new());
        done.set(None);
        shown.set(Some(created));
        list.refetch();
    });
    let revoking = Action::new_local(move |key: &ApiKey| {
        let (id, name) = (key.id.clone(), key.name.clone());
        async move { revoke_api_key(org.get_value(), id).await.map(|()| name) }
    });
    on_answer(revoking, error, move |name: String| {
        done.set(Some(EmbedMsg::ApiKeyRevokedDone.fill(i18n.lang(), &[("name", &name)])));
        list.refetch();
    });
    let active =
        move || list.get().and_then(Result::ok).map_or(0, |l| l.iter().filter(|k| k.revoked_at.is_none()).count());
    let refusal = move || may_create_api_key(active()).err();
    view! {
        <h3>{i18n.t(EmbedMsg::ApiKeysTitle)}</h3>
        <p class="help">{i18n.t(EmbedMsg::ApiKeyCeiling)}</p>
        <SuccessNotice message=done/>
        <ErrorNotice error/>
        {move || shown.get().map(|created| view! {
            <div class="notice success" role="status">
                <p>{i18n.t(EmbedMsg::ApiKeyCreated)}</p>
                <p><code class="secret">{created.key}</code></p>
            </div>
        })}
        {move || list.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Ok(keys) if keys.is_empty() => view! { <p class="help">{i18n.t(EmbedMsg::ApiKeysNone)}</p> }.into_any(),
            Ok(keys) => view! {
                <ul class="key-list">{keys.into_iter().map(|k| key_row(k, revoking)).collect_view()}</ul>
            }.into_any(),
        })}
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); creating.dispatch(name.get_untracked()); }>
            <label>
                {i18n.t(EmbedMsg::ApiKeyName)}
                <input type="text" required maxlength=NAME_MAX_CHARS.to_string() bind:value=name/>
            </label>
            <button type="submit" class="primary" disabled=move || creating.pending().get() || refusal().is_some()>
                {i18n.t(EmbedMsg::ApiKeyCreate)}
            </button>
            {move || refusal().map(|r| view! { <p class="reason">{i18n.t(r.msg())}</p> })}
        </form>
    }
}

fn key_row(key: ApiKey, revoking: Action<ApiKey, Result<String, AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let made =
        EmbedMsg::ApiKeyCreatedBy.fill(lang, &[("name", &key.created_by), ("date", &local_date(key.created_at, lang))]);
    let used = match key.last_used_at {
        Some(at) => EmbedMsg::ApiKeyLastUsed.fill(lang, &[("date", &local_date(at, lang))]),
        None => EmbedMsg::ApiKeyNeverUsed.text(lang).to_string(),
    };
    let revoked = key.revoked_at.map(|at| EmbedMsg::ApiKeyRevoked.fill(lang, &[("date", &local_date(at, lang))]));
    let label = EmbedMsg::ApiKeyRevokeNamed.fill(lang, &[("name", &key.name)]);
    let live = revoked.is_none();
    view! {
        <li class="key-row">
            <div class="key-facts">
                <strong>{key.name.clone()}</strong>
                <code>{format!("{}…", key.prefix)}</code>
                <span class="help">{made}</span>
                <span class="help">{revoked.unwrap_or(used)}</span>
            </div>
            {live.then(|| view! {
                <button type="button" aria-label=label on:click=move |_| { revoking.dispatch(key.clone()); }>
                    {i18n.t(EmbedMsg::ApiKeyRevoke)}
                </button>
            })}
        </li>
    }
}

#[component]
fn Origins(org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let org = StoredValue::new(org_id);
    let origins = RwSignal::new(None::<Vec<String>>);
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let typed = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        match list_origins(org.get_value()).await {
            Ok(list) => origins.set(Some(list)),
            Err(e) => error.set(Some(e)),
        }
    });
    let adding = Action::new_local(move |origin: &String| {
        let origin = origin.clone();
        async move { add_origin(org.get_value(), origin.clone()).await.map(|list| (list, origin)) }
    });
    on_answer(adding, error, move |(list, origin): (Vec<String>, String)| {
        typed.set(String::new());
        let shown = list
            .iter()
            .find(|o| origin.trim().eq_ignore_ascii_case(o.trim_end_matches('/')))
            .cloned()
            .unwrap_or(origin);
        done.set(Some(EmbedMsg::OriginAdded.fill(i18n.lang(), &[("origin", &shown)])));
        origins.set(Some(list));
    });
    let removing = Action::new_local(move |origin: &String| {
        let origin = origin.clone();
        async move { remove_origin(org.get_value(), origin.clone()).await.map(|list| (list, origin)) }
    });
    on_answer(removing, error, move |(list, origin): (Vec<String>, String)| {
        done.set(Some(EmbedMsg::OriginRemoved.fill(i18n.lang(), &[("origin", &origin)])));
        origins.set(Some(list));
    });
    // The count's rule of `may_add_origin` (whether this origin is new is the server's
    // answer once typed).
    let refusal = move || origins.with(|o| o.as_ref().and_then(|o| may_add_origin(o, "").err()));
    view! {
        <h3>{i18n.t(EmbedMsg::OriginsTitle)}</h3>
        <p class="help">{i18n.t(EmbedMsg::OriginsIntro)}</p>
        <SuccessNotice message=done/>
        <ErrorNotice error/>
        {move || origins.get().map(|list| if list.is_empty() {
            view! { <p class="help">{i18n.t(EmbedMsg::OriginsNone)}</p> }.into_any()
        } else {
            view! {
                <ul class="key-list">
                    {list.into_iter().map(|origin| {
                        let label = EmbedMsg::OriginRemoveNamed.fill(i18n.lang(), &[("origin", &origin)]);
                        let o = origin.clone();
                        view! {
                            <li class="key-row">
                                <code class="key-facts">{origin}</code>
                                <button type="button" aria-label=label on:click=move |_| { removing.dispatch(o.clone()); }>
                                    {i18n.t(EmbedMsg::OriginRemove)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        })}
        <form class="stack" on:submit=move |ev| { ev.prevent_default(); adding.dispatch(typed.get_untracked()); }>
            <label>
                {i18n.t(EmbedMsg::OriginField)}
                <input type="url" required maxlength=ORIGIN_MAX_CHARS.to_string() placeholder="https://portal.example.com"
                    autocomplete="off" bind:value=typed/>
            </label>
            <button type="submit" class="primary" disabled=move || adding.pending().get() || refusal().is_some()>
                {i18n.t(EmbedMsg::OriginAdd)}
            </button>
            {move || refusal().map(|r| view! { <p class="reason">{i18n.t(r.msg())}</p> })}
        </form>
    }
}
