//! BIL-3: the billing overview and the payment profiles. Reading needs `ViewBilling`
//! (legal representatives, administrators, members with billing rights); adding,
//! choosing the default and removing need `ManageBillingSettings` (managers). The
//! prepaid balance is the default when no profile is (`set_default` with `null`).

use app::error::{Field, Problem};
use app::payments::api::{AddProfile, BillingOverview, BillingProfiles, Overview, Profile, RemoveProfile, SetDefault};
use app::AppError;
use domain::payments::{check_label, test_card, PaymentProblem, MAX_PROFILES, TOKEN_MAX_CHARS};
use domain::{Action, Currency};
use serde_json::json;
use sqlx::{Any, Executor};

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::ids::new_id;
use crate::org_access::{LockedOrg, OrgMember};

/// A provider's name is a short word; anything longer names none.
const PROVIDER_MAX_CHARS: usize = 40;

pub(super) fn invalid(field: Field, problem: PaymentProblem) -> crate::error::Error {
    AppError::invalid(field, Problem::Payment(problem)).into()
}

pub(super) async fn overview(cx: Ctx, caller: Caller, BillingOverview { org_id }: BillingOverview) -> Result<Overview> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let (org_name, currency, balance): (String, String, i64) =
        sqlx::query_as("SELECT name, currency, prepaid_balance_minor FROM organizations WHERE id = $1")
            .bind(&org_id)
            .fetch_one(cx.pool())
            .await?;
    let default_profile: Option<(String,)> =
        sqlx::query_as("SELECT id FROM payment_profiles WHERE org_id = $1 AND is_default = 1 AND removed_at IS NULL")
            .bind(&org_id)
            .fetch_optional(cx.pool())
            .await?;
    let (unpaid, unpaid_minor): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), CAST(COALESCE(SUM(total_minor), 0) AS BIGINT) FROM invoices \
         WHERE org_id = $1 AND status = 'unpaid' AND kind = 'final'",
    )
    .bind(&org_id)
    .fetch_one(cx.pool())
    .await?;
    let (pending,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payments WHERE org_id = $1 AND status = 'pending'")
        .bind(&org_id)
        .fetch_one(cx.pool())
        .await?;
    let providers = ["test"].into_iter().filter(|p| cx.state.payment_provider(p).is_some()).map(String::from).collect();
    Ok(Overview {
        org_id,
        org_name,
        currency: Currency::parse(&currency).unwrap_or(Currency::Eur),
        balance_minor: balance,
        default_profile: default_profile.map(|(id,)| id),
        unpaid_invoices: unpaid.max(0) as u64,
        unpaid_minor,
        pending_payments: pending.max(0) as u64,
        providers,
    })
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    id: String,
    provider: String,
    label: String,
    is_default: i64,
    created_at: i64,
}

/// The organization's payment profiles that are not removed, oldest first.
async fn list<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<Profile>> {
    let rows: Vec<ProfileRow> = sqlx::query_as(
        "SELECT id, provider, label, is_default, created_at FROM payment_profiles \
         WHERE org_id = $1 AND removed_at IS NULL ORDER BY created_at, id",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Profile {
            id: r.id,
            provider: r.provider,
            label: r.label,
            is_default: r.is_default != 0,
            created_at: r.created_at,
        })
        .collect())
}

pub(super) async fn profiles(
    cx: Ctx,
    caller: Caller,
    BillingProfiles { org_id }: BillingProfiles,
) -> Result<Vec<Profile>> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    list(cx.pool(), &org_id).await
}

pub(super) async fn add_profile(
    cx: Ctx,
    caller: Caller,
    AddProfile { org_id, provider, label, token }: AddProfile,
) -> Result<Profile> {
    let label = check_label(&label).map_err(|p| invalid(Field::Label, p))?;
    if provider.chars().count() > PROVIDER_MAX_CHARS || cx.state.payment_provider(&provider).is_none() {
        return Err(invalid(Field::PaymentMethod, PaymentProblem::UnknownProvider));
    }
    let token = token.trim().to_string();
    if token.is_empty() || token.chars().count() > TOKEN_MAX_CHARS || (provider == "test" && !test_card(&token)) {
        return Err(invalid(Field::PaymentMethod, PaymentProblem::UnknownToken));
    }
    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let kept = list(&mut **locked.reader(), &org_id).await?.len();
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    if kept >= MAX_PROFILES {
        return Err(invalid(Field::PaymentMethod, PaymentProblem::TooManyProfiles));
    }
    let id = new_id();
    sqlx::query(
        "INSERT INTO payment_profiles (id, org_id, provider, label, provider_ref, is_default, created_at, created_by) \
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7)",
    )
    .bind(&id)
    .bind(&org_id)
    .bind(&provider)
    .bind(&label)
    .bind(&token)
    .bind(now)
    .bind(&caller.user_id)
    .execute(&mut **write.tx())
    .await?;
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "billing.profile_added",
        target: None,
        detail: json!({ "after": { "label": label, "provider": provider } }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    Ok(Profile { id, provider, label, is_default: false, created_at: now })
}

pub(super) async fn set_default(
    cx: Ctx,
    caller: Caller,
    SetDefault { org_id, profile_id }: SetDefault,
) -> Result<Vec<Profile>> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let before = list(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    let label_of = |id: Option<&String>| id.and_then(|id| before.iter().find(|p| &p.id == id)).map(|p| p.label.clone());
    if profile_id.is_some() && label_of(profile_id.as_ref()).is_none() {
        return Err(AppError::NotFound.into());
    }
    let was = before.iter().find(|p| p.is_default).map(|p| p.label.clone());
    sqlx::query("UPDATE payment_profiles SET is_default = CASE WHEN id = $2 THEN 1 ELSE 0 END WHERE org_id = $1")
        .bind(&org_id)
        .bind(profile_id.as_deref().unwrap_or(""))
        .execute(&mut **write.tx())
        .await?;
    let now = label_of(profile_id.as_ref());
    if was != now {
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: "billing.default_means_changed",
            target: None,
            detail: json!({ "before": { "default_means": was }, "after": { "default_means": now } }),
        };
        audit::record(write.tx(), &cx, entry).await?;
    }
    let after = list(&mut **write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(after)
}

pub(super) async fn remove_profile(
    cx: Ctx,
    caller: Caller,
    RemoveProfile { org_id, profile_id }: RemoveProfile,
) -> Result<Vec<Profile>> {
    let at = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let before = list(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    let Some(gone) = before.into_iter().find(|p| p.id == profile_id) else {
        return Err(AppError::NotFound.into());
    };
    sqlx::query("UPDATE payment_profiles SET removed_at = $1, is_default = 0 WHERE id = $2 AND org_id = $3")
        .bind(at)
        .bind(&profile_id)
        .bind(&org_id)
        .execute(&mut **write.tx())
        .await?;
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "billing.profile_removed",
        target: None,
        detail: json!({ "before": { "label": gone.label, "default": gone.is_default } }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    let after = list(&mut **write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(after)
}
