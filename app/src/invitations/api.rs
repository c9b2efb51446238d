//! Server functions on invitations.

use domain::Role;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::session::Me;

/// An invitation waiting for the signed-in user's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationForMe {
    pub id: String,
    pub org_name: String,
    pub role: Role,
    pub inviter_name: String,
}

/// What the sign-up page shows about the invitation link being followed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationPreview {
    pub org_name: String,
    pub email: String,
    pub role: Role,
}

#[server(endpoint = "invitations/mine", input = Json)]
pub async fn my_invitations() -> Result<Vec<InvitationForMe>, AppError> {
    crate::endpoint::serve(MyInvitations {}).await
}

#[server(endpoint = "invitations/preview", input = Json)]
pub async fn preview_invitation(token: String) -> Result<InvitationPreview, AppError> {
    crate::endpoint::serve(PreviewInvitation { token }).await
}

#[server(endpoint = "invitations/accept", input = Json)]
pub async fn accept_invitation(invitation_id: String) -> Result<Me, AppError> {
    crate::endpoint::serve(AcceptInvitation { invitation_id }).await
}

#[server(endpoint = "invitations/decline", input = Json)]
pub async fn decline_invitation(invitation_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(DeclineInvitation { invitation_id }).await
}
