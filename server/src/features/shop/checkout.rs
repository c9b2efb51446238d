//! The checkout (BIL-1, BIL-2): in one transaction under the organization's lock — the
//! caller may `Pay`, every code and free offer judged again, the products created, one
//! invoice issued and paid. A refusal (a code used up meanwhile, a balance too small, a
//! declined card) rolls everything back: nothing created, no invoice number consumed.
//!
//! A payment the provider confirms later (pending) keeps its unpaid invoice and its
//! products: they are created at once, linked to the invoice's lines, and the invoice
//! stays in the "to pay" list until the provider's webhook marks it paid — the same as
//! any unpaid invoice (open charges remain due).

use app::shop::api::{Order, PaymentMeans, ShopCheckout};
use app::AppError;
use domain::i18n::ShopMsg;
use domain::shop::{offer_label, OrderRefusal, ValidItem, ORDER_KEY_MAX_CHARS};
use domain::{Action, Currency, Lang, Money};
use serde_json::json;

use super::{pricing, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::billing::invoicing::{self, NewLine};
use crate::features::billing::payment::{self, Means, Paid};
use crate::features::products::store::{self as products, NewProduct};
use crate::org_access::LockedOrg;
use crate::{ids, mail, outbox};

fn refused(refusal: OrderRefusal) -> crate::error::Error {
    AppError::OrderRefused { refusal }.into()
}

pub async fn checkout(cx: Ctx, caller: Caller, order: ShopCheckout) -> Result<Order> {
    let key = order.order_key.trim().to_string();
    if key.is_empty() || key.chars().count() > ORDER_KEY_MAX_CHARS {
        return Err(
            AppError::BadRequest { message: format!("order_key: 1 to {ORDER_KEY_MAX_CHARS} characters") }.into()
        );
    }
    if let PaymentMeans::Profile(id) = &order.payment_means {
        if id.is_empty() || id.len() > 64 {
            return Err(refused(OrderRefusal::NoSuchProfile));
        }
    }
    let fingerprint =
        ids::hash_secret(&json!([order.items, order.payment_means, order.promo_codes, order.free_offers]).to_string());
    let now = cx.now();
    let org_id = order.org_id.clone();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let earlier = store::order_by_key(locked.reader(), &org_id, &key).await?;
    let priced = match &earlier {
        Some(_) => None,
        None => Some(
            pricing::price(locked.reader(), &org_id, &order.items, &order.promo_codes, &order.free_offers, now).await?,
        ),
    };
    let mut write = locked.authorize(&Action::Pay)?;

    // The same order sent again: its first answer.
    if let Some((first_fingerprint, invoice_id, product_ids)) = earlier {
        if first_fingerprint != fingerprint {
            return Err(refused(OrderRefusal::OrderKeyReused));
        }
        let (number, currency, total, status): (String, String, i64, String) =
            sqlx::query_as("SELECT number, currency, total_minor, status FROM invoices WHERE id = $1")
                .bind(&invoice_id)
                .fetch_one(&mut **write.tx())
                .await?;
        return Ok(Order {
            invoice_id,
            number,
            currency: Currency::parse(&currency).unwrap_or(Currency::Eur),
            total_minor: total,
            paid: status == "paid",
            product_ids: product_ids.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
        });
    }
    let priced = priced.expect("priced when no earlier order");
    if let Some(refusal) = priced.first_refusal() {
        return Err(refused(refusal));
    }

    let (email, first_name, lang): (String, String, String) =
        sqlx::query_as("SELECT email, first_name, lang FROM users WHERE id = $1")
            .bind(&caller.user_id)
            .fetch_one(&mut **write.tx())
            .await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    let invoice_lang = invoicing::org_lang(&mut **write.tx(), &org_id).await?;

    // The products, then the invoice whose lines name them.
    let mut product_ids = Vec::new();
    let mut lines = Vec::new();
    for (index, (item, amount)) in priced.items.iter().zip(&priced.lines).enumerate() {
        let mut created = Vec::new();
        for _ in 0..item.quantity {
            created.push(create_product(write.tx(), &org_id, item, priced.currency, now).await?);
        }
        let promo = priced.promo_codes.iter().find(|p| p.item == index && p.refusal.is_none());
        lines.push(NewLine {
            product_id: (created.len() == 1).then(|| created[0].clone()),
            item_kind: "product",
            offer: Some(item.offer.id.to_string()),
            description: describe(item, invoice_lang),
            quantity: i64::from(item.quantity),
            unit_minor: amount.unit.minor(),
            discount_minor: amount.discount.minor(),
            promo_code: promo.map(|p| p.code.clone()),
        });
        product_ids.extend(created);
    }
    let issued = invoicing::issue(write.tx(), &org_id, Some(&caller.user_id), None, &lines, now).await?;
    if issued.total != priced.totals.total {
        return Err(anyhow::anyhow!("the invoice's total differs from the quote's").into());
    }

    // Codes and free offers are counted under guards: a code used up by another
    // organization's checkout meanwhile refuses this one.
    for p in priced.promo_codes.iter().filter(|p| p.refusal.is_none()) {
        if !store::use_promo(write.tx(), &p.code, now).await? {
            return Err(refused(OrderRefusal::Promo {
                index: p.item,
                code: p.code.clone(),
                reason: domain::shop::PromoRefusal::UsedUp,
            }));
        }
        sqlx::query("INSERT INTO promo_redemptions (code, org_id, invoice_id, used_at) VALUES ($1, $2, $3, $4)")
            .bind(&p.code)
            .bind(&org_id)
            .bind(&issued.id)
            .bind(now)
            .execute(&mut **write.tx())
            .await?;
    }
    for f in priced.free_offers.iter().filter(|f| f.refusal.is_none()) {
        if !store::use_free_offer(write.tx(), &org_id, &f.id, &issued.id, now).await? {
            return Err(refused(OrderRefusal::FreeOffer {
                index: f.item,
                reason: domain::shop::FreeOfferRefusal::Used,
            }));
        }
    }

    let means = match &order.payment_means {
        PaymentMeans::Balance => Means::Balance,
        PaymentMeans::Profile(id) => Means::Profile(id.clone()),
    };
    let paid =
        match payment::pay_invoice(write.tx(), &cx.state, &org_id, &issued.id, &means, Some(&caller.user_id), now)
            .await?
        {
            Paid::Paid => true,
            Paid::Pending { .. } => false,
            Paid::Declined { .. } => return Err(refused(OrderRefusal::Declined)),
            Paid::InsufficientBalance { balance } => {
                return Err(refused(OrderRefusal::InsufficientBalance {
                    balance_minor: balance.minor(),
                    currency: balance.currency,
                }))
            }
            Paid::NoSuchProfile => return Err(refused(OrderRefusal::NoSuchProfile)),
        };

    sqlx::query(
        "INSERT INTO shop_orders (org_id, order_key, fingerprint, invoice_id, product_ids, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&org_id)
    .bind(&key)
    .bind(&fingerprint)
    .bind(&issued.id)
    .bind(product_ids.join(","))
    .bind(&caller.user_id)
    .bind(now)
    .execute(&mut **write.tx())
    .await?;

    let (org_name,): (String,) = sqlx::query_as("SELECT name FROM organizations WHERE id = $1")
        .bind(&org_id)
        .fetch_one(&mut **write.tx())
        .await?;
    let total = issued.total.format(lang);
    let listed = priced
        .items
        .iter()
        .zip(&priced.lines)
        .map(|(item, l)| {
            let net = l.net().unwrap_or(Money::zero(priced.currency));
            format!("- {} × {}: {}", item.quantity, describe(item, lang), net.format(lang))
        })
        .collect::<Vec<_>>()
        .join("\n");
    let status = if paid { ShopMsg::MailPaid } else { ShopMsg::MailPending }.text(lang);
    let args = [
        ("org", org_name.as_str()),
        ("number", issued.number.as_str()),
        ("lines", listed.as_str()),
        ("total", total.as_str()),
        ("status", status),
    ];
    let mail = mail::compose(
        &email,
        lang,
        Some(&first_name),
        ShopMsg::MailOrderSubject.fill(lang, &args),
        ShopMsg::MailOrderBody.fill(lang, &args),
    );
    outbox::enqueue(write.tx(), &cx, mail).await?;
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "shop.ordered",
        target: Some(&issued.id),
        detail: json!({
            "invoice": issued.number,
            "total_minor": issued.total.minor(),
            "currency": priced.currency.code(),
            "vat_rate_bp": priced.totals.vat_rate_bp,
            "products": product_ids.len(),
            "paid": paid,
        }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    Ok(Order {
        invoice_id: issued.id,
        number: issued.number,
        currency: priced.currency,
        total_minor: issued.total.minor(),
        paid,
        product_ids,
    })
}

/// An invoice line's text: the domain name, or the offer's name and the chosen name.
fn describe(item: &ValidItem, lang: Lang) -> String {
    if item.extension.is_some() {
        return item.name.clone();
    }
    let label = offer_label(item.offer, lang);
    if item.name == item.offer.id {
        label
    } else {
        format!("{label} — {}", item.name)
    }
}

async fn create_product(
    tx: &mut crate::context::Tx,
    org_id: &str,
    item: &ValidItem,
    currency: Currency,
    now: i64,
) -> Result<String> {
    products::insert(
        tx,
        NewProduct {
            org_id,
            offer: item.offer,
            name: &item.name,
            extension: item.extension.as_deref(),
            price_minor: item.offer.price(currency).minor(),
            renewal_warranty: false,
            bundle_parent_id: None,
            now,
        },
    )
    .await
}
