//! Partner integrations (EMB-1, EMB-2). In the console, legal representatives and
//! administrators create and revoke the organization's API keys (shown once, kept as
//! SHA-256) and the origins allowed to frame its widgets; each change is in the audit
//! log. A partner's backend mints widget tokens with a key (`embed/mint_token`); a
//! widget asks what its token is (`embed/session`). How bearers are recognized and
//! limited is `crate::bearer`; the widget pages and their `frame-ancestors` are
//! [`pages`].

pub mod pages;
pub mod store;

use app::error::{Field, Problem};
use app::integrations::api::{
    AddOrigin, ApiKey, CreateApiKey, GetWidgetSession, ListApiKeys, ListOrigins, MintToken, MintedToken, NewApiKey,
    RemoveOrigin, RevokeApiKey, WidgetSession,
};
use app::AppError;
use domain::embed::{
    may_add_origin, may_create_api_key, parse_origin, parse_widgets, token_ceiling, token_lifetime, EmbedRefusal,
    API_KEY_PREFIX, TOKEN_PREFIX,
};
use domain::keys::parse_name;
use domain::{Action, Email};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::caller::{AuthMethod, Caller};
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::ids::{hash_secret, new_id, new_secret};
use crate::org_access::{LockedOrg, OrgMember, OrgWrite};
use crate::reauth;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list_keys);
    api.signed_in(create_key);
    api.signed_in(revoke_key);
    api.signed_in(list_origins);
    api.signed_in(add_origin);
    api.signed_in(remove_origin);
    api.signed_in(mint);
    api.signed_in(widget_session);
}

async fn record(cx: &Ctx, write: &mut OrgWrite, action: &str, target: &str, detail: serde_json::Value) -> Result<()> {
    let org_id = write.org_id().to_string();
    let actor = write.actor_id().to_string();
    audit::record(
        write.tx(),
        cx,
        Entry { org_id: Some(&org_id), actor: Some(&actor), action, target: Some(target), detail },
    )
    .await
}

async fn list_keys(cx: Ctx, caller: Caller, ListApiKeys { org_id }: ListApiKeys) -> Result<Vec<ApiKey>> {
    caller.require_console()?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ManageIntegrations)?;
    store::keys(cx.pool(), &org_id).await
}

/// A key acts as its creator: creating one needs a recent proof of identity, like any
/// credential.
async fn create_key(cx: Ctx, caller: Caller, CreateApiKey { org_id, name }: CreateApiKey) -> Result<NewApiKey> {
    caller.require_console()?;
    let name = parse_name(&name).map_err(|e| AppError::invalid(Field::KeyName, Problem::Name(e)))?;
    reauth::require_recent(&cx, &caller).await?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let active = store::count_active_keys(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageIntegrations)?;
    may_create_api_key(active).map_err(|reason| AppError::EmbedRefused { reason })?;
    let (secret, _) = new_secret();
    let key = format!("{API_KEY_PREFIX}{secret}");
    let prefix: String = key.chars().take(API_KEY_PREFIX.len() + 4).collect();
    let id = new_id();
    let now = cx.now();
    store::insert_key(write.tx(), &id, &org_id, &name, &hash_secret(&key), &prefix, &caller.user_id, now).await?;
    record(&cx, &mut write, "api_key.created", &id, json!({ "name": name, "prefix": prefix })).await?;
    let created_by = crate::features::settings::store::full_name(write.tx(), &caller.user_id).await?;
    write.commit(&cx).await?;
    let api_key = ApiKey { id, name, prefix, created_by, created_at: now, last_used_at: None, revoked_at: None };
    Ok(NewApiKey { api_key, key })
}

/// Revoking ends the key and every token it minted in the same transaction.
async fn revoke_key(cx: Ctx, caller: Caller, RevokeApiKey { org_id, key_id }: RevokeApiKey) -> Result<()> {
    caller.require_console()?;
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::ManageIntegrations)?;
    let name = store::revoke_key(write.tx(), &org_id, &key_id, cx.now()).await?.ok_or(AppError::NotFound)?;
    record(&cx, &mut write, "api_key.revoked", &key_id, json!({ "name": name })).await?;
    write.commit(&cx).await
}

async fn list_origins(cx: Ctx, caller: Caller, ListOrigins { org_id }: ListOrigins) -> Result<Vec<String>> {
    caller.require_console()?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ManageIntegrations)?;
    store::origins(cx.pool(), &org_id).await
}

async fn add_origin(cx: Ctx, caller: Caller, AddOrigin { org_id, origin }: AddOrigin) -> Result<Vec<String>> {
    caller.require_console()?;
    let origin = parse_origin(&origin).map_err(|e| AppError::invalid(Field::Origin, Problem::Origin(e)))?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let present = store::origins(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageIntegrations)?;
    may_add_origin(&present, &origin).map_err(|reason| AppError::EmbedRefused { reason })?;
    store::insert_origin(write.tx(), &org_id, &origin, cx.now()).await?;
    record(&cx, &mut write, "embed.origin_added", &org_id, json!({ "origin": origin })).await?;
    let origins = store::origins(&mut **write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(origins)
}

async fn remove_origin(cx: Ctx, caller: Caller, RemoveOrigin { org_id, origin }: RemoveOrigin) -> Result<Vec<String>> {
    caller.require_console()?;
    let origin = parse_origin(&origin).map_err(|e| AppError::invalid(Field::Origin, Problem::Origin(e)))?;
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::ManageIntegrations)?;
    if !store::delete_origin(write.tx(), &org_id, &origin).await? {
        return Err(AppError::NotFound.into());
    }
    record(&cx, &mut write, "embed.origin_removed", &org_id, json!({ "origin": origin })).await?;
    let origins = store::origins(&mut **write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(origins)
}

/// A widget token for a member of the key's organization. The key acts as its creator
/// ([`crate::bearer`] refuses it once they no longer manage the organization), and the
/// token's role ceiling is at most the creator's role: a key an administrator created
/// never mints a token that acts as a legal representative.
async fn mint(
    cx: Ctx,
    caller: Caller,
    MintToken { email, widgets, lifetime_seconds, max_role }: MintToken,
) -> Result<MintedToken> {
    let scope = match (caller.via, &caller.scope) {
        (AuthMethod::ApiKey, Some(scope)) => scope.clone(),
        _ => return Err(AppError::EmbedRefused { reason: EmbedRefusal::OutOfScope }.into()),
    };
    if widgets.len() > domain::embed::Widget::ALL.len() * 2 {
        return Err(AppError::EmbedRefused { reason: EmbedRefusal::NoWidget }.into());
    }
    let widgets = parse_widgets(&widgets).map_err(|reason| AppError::EmbedRefused { reason })?;
    let lifetime = token_lifetime(lifetime_seconds).map_err(|reason| AppError::EmbedRefused { reason })?;
    let email = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let max_role = token_ceiling(max_role, scope.max_role).map_err(|reason| AppError::EmbedRefused { reason })?;
    let no_member = || AppError::EmbedRefused { reason: EmbedRefusal::NoSuchMember };
    let user_id = store::member_by_email(cx.pool(), &scope.org_id, &email.to_string()).await?.ok_or_else(no_member)?;
    let (secret, _) = new_secret();
    let token = format!("{TOKEN_PREFIX}{secret}");
    let now = cx.now();
    let expires_at = now + i64::from(lifetime) * 1000;
    let names: Vec<&str> = widgets.iter().map(|w| w.as_str()).collect();
    let mut tx = cx.write().await?;
    store::insert_token(
        &mut tx,
        &store::NewToken {
            id: &new_id(),
            hash: &hash_secret(&token),
            api_key_id: &scope.api_key_id,
            user_id: &user_id,
            org_id: &scope.org_id,
            widgets: &names.join(" "),
            max_role: max_role.as_str(),
            now,
            expires_at,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(MintedToken { token, expires_at, org_id: scope.org_id, user_id, widgets, max_role })
}

async fn widget_session(cx: Ctx, caller: Caller, _: GetWidgetSession) -> Result<WidgetSession> {
    let scope = match (caller.via, &caller.scope) {
        (AuthMethod::Widget, Some(scope)) => scope.clone(),
        _ => return Err(AppError::EmbedRefused { reason: EmbedRefusal::OutOfScope }.into()),
    };
    // Not the organization's gates: a member held back by its two-factor requirement
    // still reaches the security widget, to set it up.
    let you = crate::org_access::membership(cx.pool(), &scope.org_id, &caller.user_id).await?;
    let you = caller.within_scope(&scope.org_id, you).ok_or(domain::Denied::NotAMember)?;
    let who = store::who(cx.pool(), &caller.user_id, &scope.org_id).await?.ok_or(AppError::NotFound)?;
    Ok(WidgetSession {
        user_id: caller.user_id,
        first_name: who.first_name,
        last_name: who.last_name,
        email: who.email,
        lang: domain::Lang::from_tag(&who.lang).unwrap_or_default(),
        org_id: scope.org_id,
        org_name: who.org_name,
        widgets: scope.widgets,
        role: you.role,
        expires_at: scope.expires_at.unwrap_or_default(),
    })
}
