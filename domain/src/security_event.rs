//! The security changes made on an account (SEC-6): written by the server when they
//! happen, listed in the account's recent activity beside the sign-ins.

use serde::{Deserialize, Serialize};

macro_rules! security_events {
    ($($variant:ident => $name:literal,)*) => {
        /// One kind of security change, stored by its stable name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum SecurityEvent {
            $($variant,)*
        }

        impl SecurityEvent {
            /// Every kind, in a stable order.
            pub const ALL: &'static [SecurityEvent] = &[$(SecurityEvent::$variant,)*];

            /// The stable name stored in the database and sent on the wire.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(SecurityEvent::$variant => $name,)*
                }
            }

            /// The kind a stored name stands for, if any.
            pub fn parse(name: &str) -> Option<SecurityEvent> {
                match name {
                    $($name => Some(SecurityEvent::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

security_events! {
    PasswordChanged => "password_changed",
    PasswordReset => "password_reset",
    LoginEmailChangeRequested => "login_email_change_requested",
    LoginEmailChanged => "login_email_changed",
    RecoveryEmailChanged => "recovery_email_changed",
    RecoveryEmailRemoved => "recovery_email_removed",
    RecoveryPhoneChanged => "recovery_phone_changed",
    RecoveryPhoneRemoved => "recovery_phone_removed",
    TotpEnabled => "totp_enabled",
    SmsFactorAdded => "sms_factor_added",
    SecurityKeyAdded => "security_key_added",
    SecurityKeyRemoved => "security_key_removed",
    SecondFactorRemoved => "second_factor_removed",
    TwoFactorDisabled => "two_factor_disabled",
    BackupCodesGenerated => "backup_codes_generated",
    BackupCodeUsed => "backup_code_used",
    AppPasswordCreated => "app_password_created",
    AppPasswordRevoked => "app_password_revoked",
    SessionRevoked => "session_revoked",
    SignedOutEverywhere => "signed_out_everywhere",
    TemporaryUsernameIssued => "temporary_username_issued",
    IdentityVerificationRequested => "identity_verification_requested",
    LanguageChanged => "language_changed",
    AccountClosed => "account_closed",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_from_its_stored_name_and_names_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for &event in SecurityEvent::ALL {
            assert_eq!(SecurityEvent::parse(event.as_str()), Some(event));
            assert!(seen.insert(event.as_str()), "{} twice", event.as_str());
        }
        assert_eq!(SecurityEvent::parse("password_changed "), None);
        assert_eq!(SecurityEvent::parse(""), None);
    }
}
