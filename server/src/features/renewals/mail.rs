//! The emails of renewals (PRD-7), to the members who receive billing emails and the
//! managers, each in their language.

use domain::i18n::RenewalsMsg as M;
use domain::{Lang, Money};

use super::store::{self, ProductRow};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::{mail, outbox};

/// What happened, with what each sentence needs.
pub enum Notice<'a> {
    Reminder { warranty: bool, price: Money },
    Renewed { expires_at: i64, number: &'a str, total: Money },
    PaymentFailed { number: &'a str, total: Money, until: i64 },
    Expired,
    Redemption { ends_at: i64, fee: Money },
    Released,
}

/// Queues the notice about `product` to every recipient of the organization.
pub async fn notify(tx: &mut Tx, cx: &Ctx, org_name: &str, product: &ProductRow, notice: Notice<'_>) -> Result<()> {
    for r in store::recipients(tx, &product.org_id).await? {
        let lang = r.lang();
        let (subject, body) = texts(lang, org_name, product, &notice);
        outbox::enqueue(tx, cx, mail::compose(&r.email, lang, Some(&r.first_name), subject, body)).await?;
    }
    Ok(())
}

fn texts(lang: Lang, org: &str, product: &ProductRow, notice: &Notice<'_>) -> (String, String) {
    let name = product.name.as_str();
    let date = |ms: i64| domain::locale::date(ms, lang.into());
    let expiry = date(product.expires_at.unwrap_or_default());
    match notice {
        Notice::Reminder { warranty, price } => {
            let amount = price.format(lang);
            let args = [("name", name), ("org", org), ("date", expiry.as_str()), ("amount", amount.as_str())];
            let body = if *warranty { M::MailReminderWarranty } else { M::MailReminderNoWarranty };
            (M::MailReminderSubject.fill(lang, &args), body.fill(lang, &args))
        }
        Notice::Renewed { expires_at, number, total } => {
            let (until, total) = (date(*expires_at), total.format(lang));
            let args =
                [("name", name), ("org", org), ("date", until.as_str()), ("number", number), ("total", total.as_str())];
            (M::MailRenewedSubject.fill(lang, &args), M::MailRenewedBody.fill(lang, &args))
        }
        Notice::PaymentFailed { number, total, until } => {
            let (until, total) = (date(*until), total.format(lang));
            let args =
                [("name", name), ("org", org), ("date", until.as_str()), ("number", number), ("total", total.as_str())];
            (M::MailPaymentFailedSubject.fill(lang, &args), M::MailPaymentFailedBody.fill(lang, &args))
        }
        Notice::Expired => {
            let args = [("name", name), ("org", org)];
            (M::MailExpiredSubject.fill(lang, &args), M::MailExpiredBody.fill(lang, &args))
        }
        Notice::Redemption { ends_at, fee } => {
            let (until, fee) = (date(*ends_at), fee.format(lang));
            let args = [("name", name), ("org", org), ("date", until.as_str()), ("fee", fee.as_str())];
            (M::MailRedemptionSubject.fill(lang, &args), M::MailRedemptionBody.fill(lang, &args))
        }
        Notice::Released => {
            let args = [("name", name), ("org", org)];
            (M::MailReleasedSubject.fill(lang, &args), M::MailReleasedBody.fill(lang, &args))
        }
    }
}
