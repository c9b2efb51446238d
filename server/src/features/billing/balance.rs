//! BIL-3: the prepaid balance — topped up through a payment profile's provider (`Pay`:
//! paid at once credits it, declined changes nothing, pending credits it when the
//! provider's webhook confirms), withdrawn by managers after a recent re-authentication
//! (never more than it holds: the guarded `payment::debit_balance`, under the
//! organization's lock; the legal representatives are emailed), and its history.

use app::error::Field;
use app::payments::api::{
    Movement, MovementCursor, MovementPage, Movements, TopUp, TopUpAnswer, TopUpOutcome, Withdraw, MOVEMENTS_PER_PAGE,
};
use app::AppError;
use domain::i18n::PaymentsMsg;
use domain::payments::{check_top_up, check_withdrawal, PaymentProblem};
use domain::{Action, Currency, Lang, Money};
use serde_json::json;

use super::payment::{self, Charge, ChargeOutcome};
use super::profiles::invalid;
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;
use crate::org_access::{LockedOrg, OrgMember};
use crate::{mail, outbox, reauth};

/// An id longer than this is not an id.
const ID_MAX_CHARS: usize = 100;

async fn balance_of(tx: &mut Tx, org_id: &str) -> Result<(i64, Currency, String)> {
    let (balance, currency, name): (i64, String, String) =
        sqlx::query_as("SELECT prepaid_balance_minor, currency, name FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok((balance, Currency::parse(&currency).unwrap_or(Currency::Eur), name))
}

pub(super) async fn top_up(
    cx: Ctx,
    caller: Caller,
    TopUp { org_id, amount_minor, profile_id }: TopUp,
) -> Result<TopUpAnswer> {
    check_top_up(amount_minor).map_err(|p| invalid(Field::Amount, p))?;
    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let profile: Option<(String, String)> = sqlx::query_as(
        "SELECT provider, provider_ref FROM payment_profiles WHERE id = $1 AND org_id = $2 AND removed_at IS NULL",
    )
    .bind(&profile_id)
    .bind(&org_id)
    .fetch_optional(&mut **locked.reader())
    .await?;
    let (_, currency, _) = balance_of(locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::Pay)?;
    let Some((provider_name, profile_ref)) = profile else { return Err(AppError::NotFound.into()) };
    let Some(provider) = cx.state.payment_provider(&provider_name) else {
        return Err(invalid(Field::PaymentMethod, PaymentProblem::UnknownProvider));
    };
    let payment_id = new_id();
    let outcome = provider
        .charge(Charge {
            profile_ref: &profile_ref,
            amount: Money::new(amount_minor, currency),
            payment_id: &payment_id,
        })
        .await
        .map_err(|e| crate::error::Error::Internal(anyhow::anyhow!("payment provider: {e}")))?;
    let (status, provider_ref, answer) = match &outcome {
        ChargeOutcome::Succeeded { provider_ref } => ("succeeded", provider_ref.clone(), TopUpOutcome::Credited),
        ChargeOutcome::Pending { provider_ref } => ("pending", provider_ref.clone(), TopUpOutcome::Pending),
        ChargeOutcome::Declined { .. } => ("declined", format!("declined:{payment_id}"), TopUpOutcome::Declined),
    };
    sqlx::query(
        "INSERT INTO payments (id, org_id, invoice_id, profile_id, purpose, amount_minor, currency, status, provider_ref, \
         created_at, settled_at) VALUES ($1, $2, NULL, $3, 'top_up', $4, $5, $6, $7, $8, $9)",
    )
    .bind(&payment_id)
    .bind(&org_id)
    .bind(&profile_id)
    .bind(amount_minor)
    .bind(currency.code())
    .bind(status)
    .bind(&provider_ref)
    .bind(now)
    .bind((status != "pending").then_some(now))
    .execute(&mut **write.tx())
    .await?;
    if answer == TopUpOutcome::Credited {
        payment::credit_balance(write.tx(), &org_id, amount_minor, "top_up", Some(&caller.user_id), now).await?;
    }
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "billing.top_up",
        target: None,
        detail: json!({ "amount_minor": amount_minor, "currency": currency.code(), "status": status }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    let (balance_minor, _, _) = balance_of(write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(TopUpAnswer { outcome: answer, payment_id, balance_minor })
}

/// A legal representative to tell about a withdrawal.
#[derive(sqlx::FromRow)]
struct Representative {
    email: String,
    first_name: String,
    lang: String,
}

pub(super) async fn withdraw(cx: Ctx, caller: Caller, Withdraw { org_id, amount_minor }: Withdraw) -> Result<i64> {
    if amount_minor <= 0 {
        return Err(invalid(Field::Amount, PaymentProblem::AmountTooSmall));
    }
    // Who may not withdraw learns it before being asked for the password again.
    OrgMember::load(&cx, &caller, &org_id).await?.authorize(&Action::ManageBillingSettings)?;
    reauth::require_recent(&cx, &caller).await?;
    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (balance, currency, org_name) = balance_of(locked.reader(), &org_id).await?;
    let (actor,): (String,) = sqlx::query_as("SELECT first_name || ' ' || last_name FROM users WHERE id = $1")
        .bind(&caller.user_id)
        .fetch_one(&mut **locked.reader())
        .await?;
    let representatives: Vec<Representative> = sqlx::query_as(
        "SELECT u.email, u.first_name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.role = 'legal_representative' AND m.blocked_at IS NULL ORDER BY u.id",
    )
    .bind(&org_id)
    .fetch_all(&mut **locked.reader())
    .await?;
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    check_withdrawal(amount_minor, balance).map_err(|p| invalid(Field::Amount, p))?;
    if !payment::debit_balance(write.tx(), &org_id, amount_minor, "withdrawal", None, Some(&caller.user_id), now)
        .await?
    {
        return Err(invalid(Field::Amount, PaymentProblem::MoreThanBalance));
    }
    let left = balance - amount_minor;
    for r in &representatives {
        let lang = Lang::from_tag(&r.lang).unwrap_or_default();
        let amount = Money::new(amount_minor, currency).format(lang);
        let rest = Money::new(left, currency).format(lang);
        let args = [("actor", actor.as_str()), ("org", org_name.as_str()), ("amount", &amount), ("balance", &rest)];
        let email = mail::compose(
            &r.email,
            lang,
            Some(&r.first_name),
            PaymentsMsg::MailWithdrawSubject.fill(lang, &args),
            PaymentsMsg::MailWithdrawBody.fill(lang, &args),
        );
        outbox::enqueue(write.tx(), &cx, email).await?;
    }
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "billing.withdrawal",
        target: None,
        detail: json!({ "amount_minor": amount_minor, "currency": currency.code() }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    let (after, _, _) = balance_of(write.tx(), &org_id).await?;
    write.commit(&cx).await?;
    Ok(after)
}

#[derive(sqlx::FromRow)]
struct MovementRow {
    id: String,
    amount_minor: i64,
    kind: String,
    invoice_id: Option<String>,
    created_at: i64,
}

pub(super) async fn movements(cx: Ctx, caller: Caller, Movements { org_id, after }: Movements) -> Result<MovementPage> {
    if after.as_ref().is_some_and(|c| c.id.chars().count() > ID_MAX_CHARS) {
        return Err(AppError::BadRequest { message: "not a cursor".into() }.into());
    }
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let (currency,): (String,) =
        sqlx::query_as("SELECT currency FROM organizations WHERE id = $1").bind(&org_id).fetch_one(cx.pool()).await?;
    let limit = i64::from(MOVEMENTS_PER_PAGE) + 1;
    let columns = "id, amount_minor, kind, invoice_id, created_at";
    let mut rows: Vec<MovementRow> = match &after {
        None => {
            sqlx::query_as(&format!(
                "SELECT {columns} FROM balance_movements WHERE org_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
            ))
            .bind(&org_id)
            .bind(limit)
            .fetch_all(cx.pool())
            .await?
        }
        Some(c) => {
            sqlx::query_as(&format!(
                "SELECT {columns} FROM balance_movements WHERE org_id = $1 \
                 AND (created_at < $2 OR (created_at = $2 AND id < $3)) ORDER BY created_at DESC, id DESC LIMIT $4"
            ))
            .bind(&org_id)
            .bind(c.created_at)
            .bind(&c.id)
            .bind(limit)
            .fetch_all(cx.pool())
            .await?
        }
    };
    let more = rows.len() > MOVEMENTS_PER_PAGE as usize;
    rows.truncate(MOVEMENTS_PER_PAGE as usize);
    let movements: Vec<Movement> = rows
        .into_iter()
        .map(|r| Movement {
            id: r.id,
            amount_minor: r.amount_minor,
            kind: r.kind,
            invoice_id: r.invoice_id,
            created_at: r.created_at,
        })
        .collect();
    let next = if more {
        movements.last().map(|m| MovementCursor { created_at: m.created_at, id: m.id.clone() })
    } else {
        None
    };
    Ok(MovementPage { currency: Currency::parse(&currency).unwrap_or(Currency::Eur), movements, next })
}
