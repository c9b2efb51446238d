//! An organization's security (SEC-7): the organization-wide two-factor requirement
//! (turned on or off by legal representatives and administrators, audited; the gate
//! itself is in `org_access`) and the security alerts emailed to members about their
//! account's settings (rate-limited per organization, audited).

use app::org_security::api::{
    OrgSecurity, OrgSecurityStatus, RequireTwoFactor, SendSecurityAlert, MAX_ALERT_RECIPIENTS,
};
use app::AppError;
use domain::i18n::ActivityMsg;
use domain::{Action, Lang};
use serde_json::json;
use sqlx::{Any, Executor};

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::members::store::WITHOUT_TWO_FACTOR;
use crate::org_access::{LockedOrg, OrgMember};
use crate::throttles::{rate_limited, Bucket, Counter};
use crate::{mail, outbox};

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(status);
    api.signed_in(require_two_factor);
    api.signed_in(send_alert);
}

async fn status(cx: Ctx, caller: Caller, OrgSecurityStatus { org_id }: OrgSecurityStatus) -> Result<OrgSecurity> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::SendSecurityAlert)?;
    read(cx.pool(), &org_id).await
}

async fn read<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<OrgSecurity> {
    let (required, without): (i64, i64) = sqlx::query_as(&format!(
        "SELECT o.require_two_factor, (SELECT COUNT(*) FROM memberships m WHERE m.org_id = o.id AND {WITHOUT_TWO_FACTOR}) \
         FROM organizations o WHERE o.id = $1"
    ))
    .bind(org_id)
    .fetch_one(ex)
    .await?;
    Ok(OrgSecurity { requires_two_factor: required != 0, without_two_factor: without.max(0) as u64 })
}

async fn require_two_factor(
    cx: Ctx,
    caller: Caller,
    RequireTwoFactor { org_id, required }: RequireTwoFactor,
) -> Result<OrgSecurity> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (own,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL")
            .bind(&caller.user_id)
            .fetch_one(&mut **locked.reader())
            .await?;
    let before = read(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::RequireTwoFactor { on: required, actor_has_two_factor: own > 0 })?;
    if before.requires_two_factor != required {
        sqlx::query("UPDATE organizations SET require_two_factor = $1 WHERE id = $2")
            .bind(i64::from(required))
            .bind(&org_id)
            .execute(&mut **write.tx())
            .await?;
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: "organization.two_factor_requirement_changed",
            target: None,
            detail: json!({
                "before": { "require_two_factor": before.requires_two_factor },
                "after": { "require_two_factor": required },
            }),
        };
        audit::record(write.tx(), &cx, entry).await?;
    }
    let after = read(&mut **write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(after)
}

/// One member as the alert addresses them, with their settings.
#[derive(sqlx::FromRow)]
struct Recipient {
    email: String,
    first_name: String,
    lang: String,
    recovery_email: Option<String>,
    recovery_phone: Option<String>,
    factors: i64,
}

async fn send_alert(
    cx: Ctx,
    caller: Caller,
    SendSecurityAlert { org_id, mut user_ids }: SendSecurityAlert,
) -> Result<u64> {
    user_ids.sort();
    user_ids.dedup();
    if user_ids.is_empty() || user_ids.len() > MAX_ALERT_RECIPIENTS {
        let message = format!("name between 1 and {MAX_ALERT_RECIPIENTS} members");
        return Err(AppError::BadRequest { message }.into());
    }
    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (org, requires, actor): (String, i64, String) = sqlx::query_as(
        "SELECT o.name, o.require_two_factor, u.first_name || ' ' || u.last_name FROM organizations o, users u \
         WHERE o.id = $1 AND u.id = $2",
    )
    .bind(&org_id)
    .bind(&caller.user_id)
    .fetch_one(&mut **locked.reader())
    .await?;
    let mut recipients = Vec::new();
    for user_id in &user_ids {
        let found: Option<Recipient> = sqlx::query_as(
            "SELECT u.email, u.first_name, u.lang, \
             CASE WHEN u.recovery_email_verified_at IS NULL THEN NULL ELSE u.recovery_email END AS recovery_email, \
             CASE WHEN u.recovery_phone_verified_at IS NULL THEN NULL ELSE u.recovery_phone END AS recovery_phone, \
             (SELECT COUNT(*) FROM second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS factors \
             FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
        )
        .bind(&org_id)
        .bind(user_id)
        .fetch_optional(&mut **locked.reader())
        .await?;
        // Someone who is not a member (or not any more): nothing about them is told.
        recipients.push((user_id, found.ok_or(AppError::NotFound)?));
    }
    let mut write = locked.authorize(&Action::SendSecurityAlert)?;
    let mut allowance = Counter::lock(write.tx(), Bucket::SecurityAlert, &org_id).await?;
    for _ in &recipients {
        allowance.check(now).map_err(rate_limited)?;
        allowance.fail(now);
    }
    allowance.save(write.tx()).await?;
    for (user_id, r) in &recipients {
        let lang = Lang::from_tag(&r.lang).unwrap_or_default();
        let state = |on: bool, yes: ActivityMsg, no: ActivityMsg| if on { yes } else { no }.text(lang);
        let requirement = if requires != 0 { ActivityMsg::MailAlertRequirement.text(lang) } else { "" };
        let args = [
            ("actor", actor.as_str()),
            ("org", org.as_str()),
            ("email", r.email.as_str()),
            ("two_factor", state(r.factors > 0, ActivityMsg::MailAlertOn, ActivityMsg::MailAlertOff)),
            (
                "recovery_email",
                state(r.recovery_email.is_some(), ActivityMsg::MailAlertSet, ActivityMsg::MailAlertNotSet),
            ),
            (
                "recovery_phone",
                state(r.recovery_phone.is_some(), ActivityMsg::MailAlertSet, ActivityMsg::MailAlertNotSet),
            ),
            ("requirement", requirement),
        ];
        let email = mail::compose(
            &r.email,
            lang,
            Some(&r.first_name),
            ActivityMsg::MailAlertSubject.fill(lang, &args),
            ActivityMsg::MailAlertBody.fill(lang, &args),
        );
        outbox::enqueue(write.tx(), &cx, email).await?;
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: "member.security_alert_sent",
            target: Some(user_id),
            detail: json!({}),
        };
        audit::record(write.tx(), &cx, entry).await?;
    }
    write.commit(&cx).await?;
    Ok(recipients.len() as u64)
}
