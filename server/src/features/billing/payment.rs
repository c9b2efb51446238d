//! Paying an invoice (BIL-3): from the prepaid balance — one guarded `UPDATE` that never
//! takes it below zero, so concurrent checkouts spending one balance cannot overdraw it —
//! or through a payment profile's provider, behind [`PaymentProvider`]. A provider may
//! answer at once (paid, declined) or later (pending, confirmed by its webhook).

use std::future::Future;
use std::pin::Pin;

use domain::Money;

use crate::context::Tx;
use crate::error::Result;
use crate::ids::new_id;
use crate::state::AppState;

/// What a provider is asked to charge.
pub struct Charge<'a> {
    /// The profile's reference at the provider (a card or mandate token).
    pub profile_ref: &'a str,
    pub amount: Money,
    /// Ours, unique per payment: the provider's idempotency key.
    pub payment_id: &'a str,
}

/// A provider's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChargeOutcome {
    Succeeded {
        provider_ref: String,
    },
    Declined {
        reason: String,
    },
    /// Confirmed later by the provider's webhook.
    Pending {
        provider_ref: String,
    },
}

pub type ChargeFuture<'a> = Pin<Box<dyn Future<Output = std::result::Result<ChargeOutcome, String>> + Send + 'a>>;

/// A payment provider: the edge of the world (a card processor, a direct debit
/// network). The built-in test provider is `TestPaymentProvider`.
pub trait PaymentProvider: Send + Sync {
    /// As stored in `payment_profiles.provider`.
    fn name(&self) -> &'static str;
    fn charge<'a>(&'a self, charge: Charge<'a>) -> ChargeFuture<'a>;
}

/// How an invoice is paid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Means {
    Balance,
    Profile(String),
}

impl Means {
    /// As stored in `invoices.payment_means`.
    pub fn code(&self) -> String {
        match self {
            Means::Balance => "balance".into(),
            Means::Profile(id) => format!("profile:{id}"),
        }
    }
}

/// The outcome of paying an invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Paid {
    Paid,
    /// The provider confirms later; the invoice stays unpaid until then.
    Pending {
        payment_id: String,
    },
    Declined {
        reason: String,
    },
    /// The prepaid balance does not cover the amount: nothing was taken.
    InsufficientBalance {
        balance: Money,
    },
    /// The profile is not the organization's, or removed, or its provider unknown.
    NoSuchProfile,
}

/// Marks an invoice paid (once: a paid invoice stays as it is).
pub async fn mark_paid(tx: &mut Tx, invoice_id: &str, means: &Means, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE invoices SET status = 'paid', paid_at = $2, payment_means = $3 WHERE id = $1 AND status = 'unpaid'",
    )
    .bind(invoice_id)
    .bind(now)
    .bind(means.code())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes `amount` from the prepaid balance if it covers it (one guarded statement), and
/// records the movement. `false`: nothing taken.
pub async fn debit_balance(
    tx: &mut Tx,
    org_id: &str,
    amount_minor: i64,
    kind: &str,
    invoice_id: Option<&str>,
    actor: Option<&str>,
    now: i64,
) -> Result<bool> {
    let taken = sqlx::query(
        "UPDATE organizations SET prepaid_balance_minor = prepaid_balance_minor - $2 \
         WHERE id = $1 AND prepaid_balance_minor >= $2",
    )
    .bind(org_id)
    .bind(amount_minor)
    .execute(&mut **tx)
    .await?;
    if taken.rows_affected() != 1 {
        return Ok(false);
    }
    movement(tx, org_id, -amount_minor, kind, invoice_id, actor, now).await?;
    Ok(true)
}

/// Adds `amount` to the prepaid balance (a top-up, a refund) and records the movement.
pub async fn credit_balance(
    tx: &mut Tx,
    org_id: &str,
    amount_minor: i64,
    kind: &str,
    actor: Option<&str>,
    now: i64,
) -> Result<()> {
    sqlx::query("UPDATE organizations SET prepaid_balance_minor = prepaid_balance_minor + $2 WHERE id = $1")
        .bind(org_id)
        .bind(amount_minor)
        .execute(&mut **tx)
        .await?;
    movement(tx, org_id, amount_minor, kind, None, actor, now).await
}

async fn movement(
    tx: &mut Tx,
    org_id: &str,
    amount_minor: i64,
    kind: &str,
    invoice_id: Option<&str>,
    actor: Option<&str>,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO balance_movements (id, org_id, amount_minor, kind, invoice_id, actor_user_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(org_id)
    .bind(amount_minor)
    .bind(kind)
    .bind(invoice_id)
    .bind(actor)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Pays an unpaid invoice of `org_id` by `means`, inside the caller's transaction.
pub async fn pay_invoice(
    tx: &mut Tx,
    state: &AppState,
    org_id: &str,
    invoice_id: &str,
    means: &Means,
    actor: Option<&str>,
    now: i64,
) -> Result<Paid> {
    let (total, currency, status): (i64, String, String) =
        sqlx::query_as("SELECT total_minor, currency, status FROM invoices WHERE id = $1 AND org_id = $2")
            .bind(invoice_id)
            .bind(org_id)
            .fetch_one(&mut **tx)
            .await?;
    let currency = domain::Currency::parse(&currency).unwrap_or(domain::Currency::Eur);
    if status != "unpaid" {
        return Ok(Paid::Paid);
    }
    match means {
        Means::Balance => {
            if debit_balance(tx, org_id, total, "payment", Some(invoice_id), actor, now).await? {
                mark_paid(tx, invoice_id, means, now).await?;
                Ok(Paid::Paid)
            } else {
                let (balance,): (i64,) =
                    sqlx::query_as("SELECT prepaid_balance_minor FROM organizations WHERE id = $1")
                        .bind(org_id)
                        .fetch_one(&mut **tx)
                        .await?;
                Ok(Paid::InsufficientBalance { balance: Money::new(balance, currency) })
            }
        }
        Means::Profile(profile_id) => {
            let profile: Option<(String, String)> = sqlx::query_as(
                "SELECT provider, provider_ref FROM payment_profiles WHERE id = $1 AND org_id = $2 AND removed_at IS NULL",
            )
            .bind(profile_id)
            .bind(org_id)
            .fetch_optional(&mut **tx)
            .await?;
            let Some((provider_name, profile_ref)) = profile else { return Ok(Paid::NoSuchProfile) };
            let Some(provider) = state.payment_provider(&provider_name) else { return Ok(Paid::NoSuchProfile) };
            let payment_id = new_id();
            let outcome = provider
                .charge(Charge {
                    profile_ref: &profile_ref,
                    amount: Money::new(total, currency),
                    payment_id: &payment_id,
                })
                .await
                .map_err(|e| crate::error::Error::Internal(anyhow::anyhow!("payment provider: {e}")))?;
            let (status, provider_ref) = match &outcome {
                ChargeOutcome::Succeeded { provider_ref } => ("succeeded", provider_ref.clone()),
                ChargeOutcome::Pending { provider_ref } => ("pending", provider_ref.clone()),
                ChargeOutcome::Declined { .. } => ("declined", format!("declined:{payment_id}")),
            };
            sqlx::query(
                "INSERT INTO payments (id, org_id, invoice_id, profile_id, purpose, amount_minor, currency, status, provider_ref, \
                 created_at, settled_at) VALUES ($1, $2, $3, $4, 'invoice', $5, $6, $7, $8, $9, $10)",
            )
            .bind(&payment_id)
            .bind(org_id)
            .bind(invoice_id)
            .bind(profile_id)
            .bind(total)
            .bind(currency.code())
            .bind(status)
            .bind(&provider_ref)
            .bind(now)
            .bind((status != "pending").then_some(now))
            .execute(&mut **tx)
            .await?;
            Ok(match outcome {
                ChargeOutcome::Succeeded { .. } => {
                    mark_paid(tx, invoice_id, means, now).await?;
                    Paid::Paid
                }
                ChargeOutcome::Pending { .. } => Paid::Pending { payment_id },
                ChargeOutcome::Declined { reason } => Paid::Declined { reason },
            })
        }
    }
}

/// The provider built in for development and tests (BIL-3), clearly not a real one: a
/// profile's reference decides the answer — `test_ok` is paid at once, `test_decline`
/// declined, `test_delayed` pending until its webhook confirms it. Registered only when
/// the server runs with `--dev` (never in production).
pub struct TestPaymentProvider;

impl PaymentProvider for TestPaymentProvider {
    fn name(&self) -> &'static str {
        "test"
    }

    fn charge<'a>(&'a self, charge: Charge<'a>) -> ChargeFuture<'a> {
        Box::pin(async move {
            let provider_ref = format!("test_{}", charge.payment_id);
            Ok(match charge.profile_ref {
                "test_decline" => ChargeOutcome::Declined { reason: "card_declined".into() },
                "test_delayed" => ChargeOutcome::Pending { provider_ref },
                _ => ChargeOutcome::Succeeded { provider_ref },
            })
        })
    }
}
