//! Premium support (BIL-6): every member sees whether the organization has it; managers
//! (`Action::ManageBillingSettings`) subscribe — a month invoiced with
//! `invoicing::issue` and paid from the prepaid balance at once, or nothing happens — and
//! cancel at the end of the term (it stays until `current_term_ends_at`).

use app::support::api::{CancelSupport, GetSupportStatus, SubscribeSupport, SupportAnswer, SupportStatus};
use domain::billing::premium_support_monthly;
use domain::i18n::InvoicesMsg;
use domain::invoice::{InvoiceRefusal, SupportTerm, SUPPORT_TERM_MS};
use domain::{Action, Currency};
use serde_json::json;
use sqlx::{Any, Executor};

use super::invoices::refused;
use super::invoicing::{self, NewLine};
use super::payment::{self, Means, Paid};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::org_access::{LockedOrg, OrgMember};

async fn term<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Option<SupportTerm>> {
    let row: Option<(i64, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT started_at, current_term_ends_at, cancel_at_term, ended_at FROM support_subscriptions WHERE org_id = $1",
    )
    .bind(org_id)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(|(started_at, current_term_ends_at, cancel, ended_at)| SupportTerm {
        started_at,
        current_term_ends_at,
        cancel_at_term: cancel != 0,
        ended_at,
    }))
}

async fn currency<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Currency> {
    let (c,): (String,) =
        sqlx::query_as("SELECT currency FROM organizations WHERE id = $1").bind(org_id).fetch_one(ex).await?;
    Ok(Currency::parse(&c).unwrap_or(Currency::Eur))
}

fn status(term: Option<SupportTerm>, currency: Currency, now: i64) -> SupportStatus {
    let active = term.is_some_and(|t| t.active_at(now));
    SupportStatus {
        active,
        current_term_ends_at: term.filter(|_| active).map(|t| t.current_term_ends_at),
        cancel_at_term: active && term.is_some_and(|t| t.cancel_at_term),
        currency,
        monthly_minor: premium_support_monthly(currency).minor(),
    }
}

pub async fn get(cx: Ctx, caller: Caller, GetSupportStatus { org_id }: GetSupportStatus) -> Result<SupportStatus> {
    // Any member may know whether the organization has premium support: they may call it.
    let _member = OrgMember::load(&cx, &caller, &org_id).await?;
    let t = term(cx.pool(), &org_id).await?;
    Ok(status(t, currency(cx.pool(), &org_id).await?, cx.now()))
}

pub async fn subscribe(
    cx: Ctx,
    caller: Caller,
    SubscribeSupport { org_id }: SubscribeSupport,
) -> Result<SupportAnswer> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let current = term(&mut **locked.reader(), &org_id).await?;
    let currency = currency(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    let now = cx.now();
    SupportTerm::may_subscribe(current.as_ref(), now).map_err(refused)?;
    let entry = |action: &'static str, detail| Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action,
        target: None,
        detail,
    };
    // Cancelled but still running: keeping it is undoing the cancellation, the term is paid.
    if let Some(t) = current.filter(|t| t.active_at(now)) {
        sqlx::query("UPDATE support_subscriptions SET cancel_at_term = 0 WHERE org_id = $1")
            .bind(&org_id)
            .execute(&mut **write.tx())
            .await?;
        audit::record(write.tx(), &cx, entry("support.resumed", json!({ "until": t.current_term_ends_at }))).await?;
        write.commit(&cx).await?;
        let t = SupportTerm { cancel_at_term: false, ..t };
        return Ok(SupportAnswer { status: status(Some(t), currency, now), invoice_number: None });
    }
    let lang = invoicing::org_lang(&mut **write.tx(), &org_id).await?;
    let line = NewLine {
        product_id: None,
        item_kind: "support",
        offer: Some("premium_support".into()),
        description: InvoicesMsg::SupportLine.text(lang).to_string(),
        quantity: 1,
        unit_minor: premium_support_monthly(currency).minor(),
        discount_minor: 0,
        promo_code: None,
    };
    let issued = invoicing::issue(write.tx(), &org_id, Some(&caller.user_id), None, &[line], now).await?;
    match payment::pay_invoice(write.tx(), &cx.state, &org_id, &issued.id, &Means::Balance, Some(&caller.user_id), now)
        .await?
    {
        Paid::Paid => {}
        // Nothing is kept: the transaction is dropped, the invoice number given back.
        _ => return Err(refused(InvoiceRefusal::InsufficientBalance)),
    }
    let ends = now + SUPPORT_TERM_MS;
    sqlx::query(
        "INSERT INTO support_subscriptions (org_id, plan, started_at, current_term_ends_at, cancel_at_term, ended_at) \
         VALUES ($1, 'premium', $2, $3, 0, NULL) ON CONFLICT (org_id) DO UPDATE SET plan = 'premium', \
         started_at = $2, current_term_ends_at = $3, cancel_at_term = 0, ended_at = NULL",
    )
    .bind(&org_id)
    .bind(now)
    .bind(ends)
    .execute(&mut **write.tx())
    .await?;
    sqlx::query("UPDATE organizations SET premium_support_until = $1 WHERE id = $2")
        .bind(ends)
        .bind(&org_id)
        .execute(&mut **write.tx())
        .await?;
    let detail = json!({ "invoice": issued.number, "until": ends });
    audit::record(write.tx(), &cx, entry("support.subscribed", detail)).await?;
    write.commit(&cx).await?;
    let t = SupportTerm { started_at: now, current_term_ends_at: ends, cancel_at_term: false, ended_at: None };
    Ok(SupportAnswer { status: status(Some(t), currency, now), invoice_number: Some(issued.number) })
}

pub async fn cancel(cx: Ctx, caller: Caller, CancelSupport { org_id }: CancelSupport) -> Result<SupportAnswer> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let current = term(&mut **locked.reader(), &org_id).await?;
    let currency = currency(&mut **locked.reader(), &org_id).await?;
    let mut write = locked.authorize(&Action::ManageBillingSettings)?;
    let now = cx.now();
    SupportTerm::may_cancel(current.as_ref(), now).map_err(refused)?;
    sqlx::query("UPDATE support_subscriptions SET cancel_at_term = 1 WHERE org_id = $1")
        .bind(&org_id)
        .execute(&mut **write.tx())
        .await?;
    let until = current.map(|t| t.current_term_ends_at);
    let record = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "support.cancelled",
        target: None,
        detail: json!({ "until": until }),
    };
    audit::record(write.tx(), &cx, record).await?;
    write.commit(&cx).await?;
    let t = current.map(|t| SupportTerm { cancel_at_term: true, ..t });
    Ok(SupportAnswer { status: status(t, currency, now), invoice_number: None })
}
