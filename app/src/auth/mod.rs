//! Sign-up, email confirmation, sign-in and sign-out (ACC-1, ACC-2).

pub mod api;
mod password_meter;
mod sign_in;
mod sign_up;
mod verify_email;

pub use sign_in::SignInPage;
pub use sign_up::SignUpPage;
pub use verify_email::VerifyEmailPage;
