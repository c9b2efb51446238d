//! Recovery when the user cannot sign in (ACC-10, ACC-11, ACC-12): forgotten password,
//! forgotten login email, the identity-verification request, and the new login email
//! after a lost mailbox. Each public page is its own lazily loaded part: few people
//! ever open them.

pub mod api;
#[cfg(feature = "ui")]
mod forgot_login;
#[cfg(feature = "ui")]
mod forgot_password;
#[cfg(feature = "ui")]
mod identity;
#[cfg(feature = "ui")]
mod new_login;
#[cfg(feature = "ui")]
mod new_password;

#[cfg(feature = "ui")]
pub use new_login::ChooseLoginPage;

#[cfg(feature = "ui")]
lazy_area!(
    /// "Forgot your password?" (`/forgot-password`).
    ForgotPasswordArea,
    forgot_password::ForgotPasswordPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The page a reset link opens (`/reset-password`).
    ResetPasswordArea,
    new_password::ResetPasswordPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// "Forgot your login email?" (`/forgot-login`).
    ForgotLoginArea,
    forgot_login::ForgotLoginPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The identity-verification request (`/identity-check`).
    IdentityCheckArea,
    identity::IdentityCheckPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The page the link to a new login email opens (`/confirm-login`).
    ConfirmLoginArea,
    new_login::ConfirmLoginPage
);
