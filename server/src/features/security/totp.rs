//! Setting up an authenticator app: a secret from the CSPRNG, shown as a QR code (an
//! SVG drawn here, so the QR encoder stays out of the browser's code) and as text,
//! stored sealed, counted only once a first code proves the app has it.

use app::security::api::{ConfirmTotp, FactorConfirmed, StartTotp, TotpSetup};
use app::AppError;
use domain::two_factor::{totp, Method};
use qrcode::render::svg;
use qrcode::QrCode;

use super::{confirmed, count_guess, factors, forgive, store, wrong_code};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::ids::{new_id, random_bytes};
use crate::reauth;

const ISSUER: &str = "Orga";

pub async fn start_totp(cx: Ctx, caller: Caller, _: StartTotp) -> Result<TotpSetup> {
    reauth::require_recent(&cx, &caller).await?;
    let secret: [u8; totp::SECRET_BYTES] = random_bytes();
    let mut tx = cx.write().await?;
    let (email, _, _) = store::addressee(&mut tx, &caller.user_id).await?;
    let factor_id = new_id();
    let sealed = factors::seal_secret(&cx, &secret);
    let new = store::NewFactor {
        id: &factor_id,
        user_id: &caller.user_id,
        kind: "totp",
        label: ISSUER,
        secret: &sealed,
        now: cx.now(),
    };
    store::insert_unconfirmed(&mut tx, new).await?;
    tx.commit().await?;
    let otpauth_url = totp_rs::Builder::new()
        .with_secret(secret.to_vec())
        .with_digits(totp::DIGITS)
        .with_step_duration(totp::STEP_SECONDS)
        .with_issuer(Some(ISSUER))
        .with_account_name(email.replace(':', ""))
        .build()
        .and_then(|t| t.to_url())
        .map_err(|e| anyhow::anyhow!("otpauth address: {e:?}"))?;
    let qr_svg = QrCode::new(otpauth_url.as_bytes())
        .map_err(|e| anyhow::anyhow!("QR code: {e}"))?
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Ok(TotpSetup { factor_id, secret: totp::secret_base32(&secret), otpauth_url, qr_svg })
}

pub async fn confirm_totp(
    cx: Ctx,
    caller: Caller,
    ConfirmTotp { factor_id, code }: ConfirmTotp,
) -> Result<FactorConfirmed> {
    reauth::require_recent(&cx, &caller).await?;
    let mut tx = cx.write().await?;
    let factor = store::factor(&mut tx, &caller.user_id, &factor_id).await?;
    let Some(factor) = factor.filter(|f| f.kind == "totp" && f.confirmed_at.is_none()) else {
        return Err(AppError::NotFound.into());
    };
    count_guess(&mut tx, &cx, &caller.user_id).await?;
    tx.commit().await?;

    let mut tx = cx.write().await?;
    let seconds = u64::try_from(cx.now() / 1000).unwrap_or(0);
    let secret = cx.config().secret_key.open(&factor.secret).and_then(|s| totp::secret_from_base32(&s));
    let step = secret.and_then(|secret| totp::accept(&secret, &code, seconds, None));
    let Some(step) = step else {
        return Err(wrong_code().into());
    };
    // The confirming code counts as used: it cannot sign in a second time.
    if !store::take_step(&mut tx, &factor.id, i64::try_from(step).unwrap_or(i64::MAX), cx.now()).await? {
        return Err(wrong_code().into());
    }
    forgive(&mut tx, &caller.user_id).await?;
    let done = confirmed(&mut tx, &cx, &caller.user_id, &factor.id, Method::Totp).await?;
    tx.commit().await?;
    Ok(done)
}
