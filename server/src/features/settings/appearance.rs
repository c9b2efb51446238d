//! The header square and logos (ORG-5), for legal representatives and administrators.
//! An upload is recognized by its content (magic bytes, then a full decode with size
//! limits), never by a name or a declared type; it is scaled down and re-encoded to PNG
//! with the `image` crate, and only that re-encoding is stored and served.

use std::io::Cursor;

use app::error::{Field, Problem};
use app::settings::api::{Appearance, Customize, RemoveLogo, UploadLogo};
use app::AppError;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use domain::org_details::{default_initials, initials, LogoError, LogoKind, LOGO_MAX_BYTES, LOGO_MAX_SIDE};
use domain::Action;
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::StatusCode;
use image::{ImageFormat, ImageReader};
use serde_json::json;

use super::store;
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::{LockedOrg, OrgMember, OrgWrite};
use crate::state::AppState;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(customize);
    api.signed_in(upload_logo);
    api.signed_in(remove_logo);
}

async fn current(write: &mut OrgWrite) -> Result<Appearance> {
    let org_id = write.org_id().to_string();
    let (details, initials, color) = store::details(&mut **write.tx(), &org_id).await?.ok_or(AppError::NotFound)?;
    let logos = store::logo_versions(&mut **write.tx(), &org_id).await?;
    Ok(store::appearance(&org_id, &details.name, initials, color, &logos))
}

async fn audit_change(cx: &Ctx, write: &mut OrgWrite, action: &str, detail: serde_json::Value) -> Result<()> {
    let org_id = write.org_id().to_string();
    let actor = write.actor_id().to_string();
    let entry = Entry { org_id: Some(&org_id), actor: Some(&actor), action, target: Some(&org_id), detail };
    audit::record(write.tx(), cx, entry).await
}

async fn customize(
    cx: Ctx,
    caller: Caller,
    Customize { org_id, initials: wanted, color }: Customize,
) -> Result<Appearance> {
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::CustomizeOrganization)?;
    let chosen = initials(&wanted).map_err(|e| AppError::invalid(Field::Initials, Problem::Detail(e)))?;
    let before = current(&mut write).await?;
    if before.initials == chosen && before.color == color {
        return Ok(before);
    }
    let (details, _, _) = store::details(&mut **write.tx(), &org_id).await?.ok_or(AppError::NotFound)?;
    // The default initials follow the name; only a different choice is stored.
    let stored = Some(chosen.as_str()).filter(|c| *c != default_initials(&details.name));
    store::set_appearance(write.tx(), &org_id, stored, color).await?;
    let after = current(&mut write).await?;
    let detail = json!({
        "before": { "initials": before.initials, "color": before.color.as_str() },
        "after": { "initials": after.initials, "color": after.color.as_str() },
    });
    audit_change(&cx, &mut write, "organization.customized", detail).await?;
    write.commit(&cx).await?;
    Ok(after)
}

/// Recognizes, checks, scales and re-encodes an uploaded image; the PNG to store and
/// its size.
pub fn reencode(bytes: &[u8], kind: LogoKind) -> Result<(Vec<u8>, u32, u32), LogoError> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(LogoError::TooLarge { max_bytes: LOGO_MAX_BYTES });
    }
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, LogoError> {
        let reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| LogoError::NotAnImage)?;
        match reader.format() {
            Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) => Ok(reader),
            _ => Err(LogoError::NotAnImage),
        }
    };
    let (width, height) = reader()?.into_dimensions().map_err(|_| LogoError::NotAnImage)?;
    if width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE {
        return Err(LogoError::TooManyPixels { max_side: LOGO_MAX_SIDE });
    }
    let mut reader = reader()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(LOGO_MAX_SIDE);
    limits.max_image_height = Some(LOGO_MAX_SIDE);
    limits.max_alloc = Some(128 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => LogoError::TooManyPixels { max_side: LOGO_MAX_SIDE },
        _ => LogoError::NotAnImage,
    })?;
    let (max_w, max_h) = kind.max_stored();
    let image = if image.width() > max_w || image.height() > max_h {
        image.resize(max_w, max_h, image::imageops::FilterType::Lanczos3)
    } else {
        image
    };
    let image = image::DynamicImage::ImageRgba8(image.to_rgba8());
    let mut png = Vec::new();
    image.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).map_err(|_| LogoError::NotAnImage)?;
    Ok((png, image.width(), image.height()))
}

async fn upload_logo(
    cx: Ctx,
    caller: Caller,
    UploadLogo { org_id, kind, data_base64 }: UploadLogo,
) -> Result<Appearance> {
    // Only someone who may customize gets an image decoded on their behalf.
    OrgMember::load(&cx, &caller, &org_id).await?.authorize(&Action::CustomizeOrganization)?;
    let logo_error = |e: LogoError| AppError::invalid(Field::Logo, Problem::Logo(e));
    if data_base64.len() > LOGO_MAX_BYTES.div_ceil(3) * 4 + 4 {
        return Err(logo_error(LogoError::TooLarge { max_bytes: LOGO_MAX_BYTES }).into());
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data_base64.trim())
        .map_err(|_| logo_error(LogoError::NotAnImage))?;
    let (png, width, height) = tokio::task::spawn_blocking(move || reencode(&bytes, kind))
        .await
        .map_err(|e| anyhow::anyhow!("logo re-encoding failed: {e}"))?
        .map_err(logo_error)?;
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::CustomizeOrganization)?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(&png);
    store::put_logo(write.tx(), &org_id, kind, &encoded, (width, height), cx.now()).await?;
    let detail = json!({ "kind": kind.as_str(), "after": { "width": width, "height": height, "bytes": png.len() } });
    audit_change(&cx, &mut write, "organization.logo_changed", detail).await?;
    let after = current(&mut write).await?;
    write.commit(&cx).await?;
    Ok(after)
}

async fn remove_logo(cx: Ctx, caller: Caller, RemoveLogo { org_id, kind }: RemoveLogo) -> Result<Appearance> {
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::CustomizeOrganization)?;
    if store::delete_logo(write.tx(), &org_id, kind).await? {
        audit_change(&cx, &mut write, "organization.logo_removed", json!({ "kind": kind.as_str() })).await?;
    }
    let after = current(&mut write).await?;
    write.commit(&cx).await?;
    Ok(after)
}

/// `GET /logos/<org id>/<square|wide>.png`: the stored re-encoding. Logos are not
/// secret (they show in every member's header); the URL the console uses carries the
/// version (`?v=`), so the answer is cached for a year.
pub async fn serve_logo(State(state): State<AppState>, Path((org_id, file)): Path<(String, String)>) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, [(CONTENT_TYPE, "text/plain")], "not found").into_response();
    let Some(kind) = file.strip_suffix(".png").and_then(LogoKind::parse) else { return not_found() };
    match store::logo(state.pool(), &org_id, kind).await {
        Ok(Some(b64)) => match base64::engine::general_purpose::STANDARD.decode(b64) {
            Ok(png) => (
                StatusCode::OK,
                [(CONTENT_TYPE, "image/png"), (CACHE_CONTROL, "public, max-age=31536000, immutable")],
                png,
            )
                .into_response(),
            Err(e) => {
                tracing::error!(error = %e, "stored logo is not base64");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %e, "reading a logo failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
