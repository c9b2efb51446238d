//! Sign-up, email confirmation, sign-in and sign-out (ACC-1, ACC-2).

pub mod api;
#[cfg(feature = "ui")]
mod password_meter;
#[cfg(feature = "ui")]
mod sign_in;
#[cfg(feature = "ui")]
mod sign_up;
#[cfg(feature = "ui")]
mod verify_email;

#[cfg(feature = "ui")]
pub use sign_in::SignInPage;
#[cfg(feature = "ui")]
pub use sign_up::SignUpPage;
#[cfg(feature = "ui")]
pub use verify_email::VerifyEmailPage;
