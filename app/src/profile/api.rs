//! Server functions on the user's profile.

use domain::Lang;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::error::AppError;

/// Remembers the user's language: the console and every email follow it.
#[server(endpoint = "profile/set_language", input = Json)]
pub async fn set_language(lang: Lang) -> Result<(), AppError> {
    crate::endpoint::serve(SetLanguage { lang }).await
}
