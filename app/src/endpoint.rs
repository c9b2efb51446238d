//! The server side of every server function declared in this crate (server build only).
//! A declaration's body hands its arguments to [`serve`], which finds the body the
//! server registered for that function's type in [`Handlers`]. So a new server
//! function is declared in its feature's `api.rs` and given a body in the server's
//! feature folder — nothing shared is edited.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::use_context;
use leptos::server_fn::ServerFn;

use crate::error::AppError;

type Answer<T> = Pin<Box<dyn Future<Output = Result<T, AppError>> + Send>>;
type Handler<F> = Arc<dyn Fn(F) -> Answer<<F as ServerFn>::Output> + Send + Sync>;

/// The bodies of the server functions, by the type of their arguments.
#[derive(Default)]
pub struct Handlers {
    by_type: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
    paths: Vec<&'static str>,
}

impl Handlers {
    /// Registers the body of `F`. Registering one function twice is a programming error.
    pub fn insert<F: ServerFn + 'static>(&mut self, body: impl Fn(F) -> Answer<F::Output> + Send + Sync + 'static) {
        let handler: Handler<F> = Arc::new(body);
        let previous = self.by_type.insert(TypeId::of::<F>(), Box::new(handler));
        assert!(previous.is_none(), "{} has two bodies", F::PATH);
        self.paths.push(F::PATH);
    }

    /// Every registered path (`/api/<area>/<name>`).
    pub fn paths(&self) -> Vec<&'static str> {
        self.paths.clone()
    }

    fn get<F: ServerFn + 'static>(&self) -> Option<Handler<F>> {
        self.by_type.get(&TypeId::of::<F>())?.downcast_ref::<Handler<F>>().cloned()
    }
}

/// Runs the registered body of `F` and sets the HTTP status of a refusal, so partners
/// can rely on it.
pub async fn serve<F: ServerFn + 'static>(args: F) -> Result<F::Output, AppError> {
    let handler = use_context::<Arc<Handlers>>().and_then(|h| h.get::<F>()).ok_or(AppError::NotFound)?;
    let options = use_context::<leptos_axum::ResponseOptions>();
    let result = handler(args).await;
    if let (Err(e), Some(options)) = (&result, options) {
        if let Ok(status) = http::StatusCode::from_u16(e.status()) {
            options.set_status(status);
        }
        if let Some(seconds) = e.retry_after_seconds() {
            options.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from(seconds));
        }
    }
    result
}
