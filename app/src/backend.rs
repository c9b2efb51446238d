//! The seam between the server-function declarations (here) and their bodies (in the
//! `server` crate): the server registers one [`Backend`] in the request's context, and
//! each declared server function forwards to it. Server-side only.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{Lang, Role};
use leptos::prelude::*;

use crate::auth::api::{SignUpInput, SignUpOutcome};
use crate::devmail::api::OutboxMail;
use crate::error::AppError;
use crate::invitations::api::{InvitationForMe, InvitationPreview};
use crate::members::api::{MemberPage, MemberRow, PendingInvitation};
use crate::session::Me;

/// Every server function's body. Implementations read the request (cookies, headers) and
/// shape the response (cookies, status) through Leptos' request context.
#[async_trait]
pub trait Backend: Send + Sync + 'static {
    async fn me(&self) -> Result<Option<Me>, AppError>;
    async fn sign_up(&self, input: SignUpInput) -> Result<SignUpOutcome, AppError>;
    async fn verify_email(&self, token: String, password: String) -> Result<Me, AppError>;
    async fn sign_in(&self, email: String, password: String, session_only: bool) -> Result<Me, AppError>;
    async fn sign_out(&self) -> Result<(), AppError>;
    async fn switch_organization(&self, org_id: String) -> Result<Me, AppError>;
    async fn list_members(&self, org_id: String, search: String, page: u32) -> Result<MemberPage, AppError>;
    async fn invite_member(&self, org_id: String, email: String, role: Role) -> Result<PendingInvitation, AppError>;
    async fn change_role(&self, org_id: String, user_id: String, role: Role) -> Result<MemberRow, AppError>;
    async fn resend_invitation(&self, org_id: String, invitation_id: String) -> Result<PendingInvitation, AppError>;
    async fn revoke_invitation(&self, org_id: String, invitation_id: String) -> Result<(), AppError>;
    async fn my_invitations(&self) -> Result<Vec<InvitationForMe>, AppError>;
    async fn preview_invitation(&self, token: String) -> Result<InvitationPreview, AppError>;
    async fn accept_invitation(&self, invitation_id: String) -> Result<Me, AppError>;
    async fn decline_invitation(&self, invitation_id: String) -> Result<(), AppError>;
    async fn set_language(&self, lang: Lang) -> Result<(), AppError>;
    async fn dev_outbox(&self) -> Result<Vec<OutboxMail>, AppError>;
}

pub type SharedBackend = Arc<dyn Backend>;

/// The backend the server provided for this request.
pub fn backend() -> Result<SharedBackend, AppError> {
    use_context::<SharedBackend>().ok_or(AppError::Internal)
}

/// Sets the HTTP status of a failed answer so partners can rely on it, then passes the
/// result through.
pub fn answer<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        if let (Some(opts), Ok(status)) =
            (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(e.status()))
        {
            opts.set_status(status);
        }
    }
    result
}
