//! The bodies of the server functions declared in `app`: one `Backend` implementation
//! that forwards each call to the feature module that owns it.

use app::auth::api::{SignUpInput, SignUpOutcome};
use app::backend::Backend;
use app::devmail::api::OutboxMail;
use app::invitations::api::{InvitationForMe, InvitationPreview};
use app::members::api::{MemberPage, MemberRow, PendingInvitation};
use app::session::Me;
use app::AppError;
use async_trait::async_trait;
use domain::{Lang, Role};

use crate::state::AppState;
use crate::{accounts, confirmation, invitations, member_invitations, members, organizations, outbox, sign_up};

pub struct ServerBackend(pub AppState);

#[async_trait]
impl Backend for ServerBackend {
    async fn me(&self) -> Result<Option<Me>, AppError> {
        accounts::me(&self.0).await
    }
    async fn sign_up(&self, input: SignUpInput) -> Result<SignUpOutcome, AppError> {
        sign_up::sign_up(&self.0, input).await
    }
    async fn verify_email(&self, token: String, password: String) -> Result<Me, AppError> {
        confirmation::verify(&self.0, token, password).await
    }
    async fn sign_in(&self, email: String, password: String, session_only: bool) -> Result<Me, AppError> {
        accounts::sign_in(&self.0, email, password, session_only).await
    }
    async fn sign_out(&self) -> Result<(), AppError> {
        accounts::sign_out(&self.0).await
    }
    async fn switch_organization(&self, org_id: String) -> Result<Me, AppError> {
        organizations::switch(&self.0, org_id).await
    }
    async fn list_members(&self, org_id: String, search: String, page: u32) -> Result<MemberPage, AppError> {
        members::list(&self.0, org_id, search, page).await
    }
    async fn invite_member(&self, org_id: String, email: String, role: Role) -> Result<PendingInvitation, AppError> {
        member_invitations::invite(&self.0, org_id, email, role).await
    }
    async fn change_role(&self, org_id: String, user_id: String, role: Role) -> Result<MemberRow, AppError> {
        members::change_role(&self.0, org_id, user_id, role).await
    }
    async fn resend_invitation(&self, org_id: String, invitation_id: String) -> Result<PendingInvitation, AppError> {
        member_invitations::resend(&self.0, org_id, invitation_id).await
    }
    async fn revoke_invitation(&self, org_id: String, invitation_id: String) -> Result<(), AppError> {
        member_invitations::revoke(&self.0, org_id, invitation_id).await
    }
    async fn my_invitations(&self) -> Result<Vec<InvitationForMe>, AppError> {
        invitations::mine(&self.0).await
    }
    async fn preview_invitation(&self, token: String) -> Result<InvitationPreview, AppError> {
        invitations::preview(&self.0, token).await
    }
    async fn accept_invitation(&self, invitation_id: String) -> Result<Me, AppError> {
        invitations::accept(&self.0, invitation_id).await
    }
    async fn decline_invitation(&self, invitation_id: String) -> Result<(), AppError> {
        invitations::decline(&self.0, invitation_id).await
    }
    async fn set_language(&self, lang: Lang) -> Result<(), AppError> {
        accounts::set_language(&self.0, lang).await
    }
    async fn dev_outbox(&self) -> Result<Vec<OutboxMail>, AppError> {
        // The mail viewer exists only in development: elsewhere the endpoint is not there.
        if !self.0.config().dev {
            return Err(AppError::NotFound);
        }
        outbox::recent(&self.0).await
    }
}
