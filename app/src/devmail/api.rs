//! Server function of the development mail viewer.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxMail {
    pub id: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// Unix milliseconds.
    pub created_at: i64,
    pub delivered: bool,
    /// A text message (`to` is a phone number in E.164, `subject` is empty).
    #[serde(default)]
    pub sms: bool,
}

#[server(endpoint = "dev/outbox", input = Json)]
pub async fn dev_outbox() -> Result<Vec<OutboxMail>, AppError> {
    crate::endpoint::serve(DevOutbox {}).await
}
