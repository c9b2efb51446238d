//! Turning internal failures into the one answer clients get (`AppError::Internal`),
//! after logging what happened.

use app::AppError;

pub trait OrInternal<T> {
    /// Logs the error with its context and answers `Internal`.
    fn or_internal(self, context: &'static str) -> Result<T, AppError>;
}

impl<T, E: std::fmt::Display> OrInternal<T> for Result<T, E> {
    fn or_internal(self, context: &'static str) -> Result<T, AppError> {
        self.map_err(|e| {
            tracing::error!(context, error = %e, "internal error");
            AppError::Internal
        })
    }
}
