//! The server's one internal error type. A body returns `Result<T>` and uses `?` on
//! database, hashing and domain results alike; [`crate::endpoints`] maps the error to the
//! `AppError` the client sees and logs internal failures once, with the request id.

use app::AppError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub enum Error {
    /// An answer the client is meant to see (refusal, invalid field, not found…).
    App(AppError),
    /// A failure of ours: logged with its context, answered `internal`.
    Internal(anyhow::Error),
}

impl Error {
    /// The wire error, without logging (see `endpoints` for the logging boundary).
    pub fn to_app(&self) -> AppError {
        match self {
            Error::App(e) => e.clone(),
            Error::Internal(_) => AppError::Internal,
        }
    }

    /// Two writers raced for a unique key (same email, same invitation): the caller
    /// decides what that means for the user.
    pub fn is_unique_violation(&self) -> bool {
        match self {
            Error::Internal(e) => e
                .downcast_ref::<sqlx::Error>()
                .and_then(sqlx::Error::as_database_error)
                .is_some_and(|d| d.is_unique_violation()),
            Error::App(_) => false,
        }
    }
}

impl From<AppError> for Error {
    fn from(e: AppError) -> Self {
        Error::App(e)
    }
}

impl From<domain::Denied> for Error {
    fn from(reason: domain::Denied) -> Self {
        Error::App(AppError::Denied { reason })
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Internal(e.into())
    }
}

impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Self {
        Error::Internal(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::App(e) => write!(f, "{e:?}"),
            Error::Internal(e) => write!(f, "{e:#}"),
        }
    }
}
