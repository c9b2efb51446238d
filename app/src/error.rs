//! The one error type of every server function: serialized as JSON with a stable
//! `error` code (see docs/API.md), translated by the client, mapped to an HTTP status by
//! the server.

use domain::i18n::{KeysMsg, OrgMsg, ProfileMsg, RecoveryMsg, SecurityMsg, SettingsMsg};
use domain::keys::KeyRefusal;
use domain::org_details::{DetailError, LogoError};
use domain::organization::{Currency, DeletionBlocker};
use domain::profile::ProfileProblem;
use domain::recovery::RecoveryError;
use domain::{Denied, EmailError, Lang, Msg, NameError, PasswordError, TextError};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A form field an `Invalid` error points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Email,
    Password,
    FirstName,
    LastName,
    OrganizationName,
    Search,
    Street,
    Postcode,
    City,
    Country,
    Phone,
    Initials,
    Logo,
    /// The label of a billing address.
    Label,
    /// The name of a security key or an app password.
    KeyName,
    /// A one-time code (two-factor authentication, SMS, backup code).
    Code,
    /// Recovery: the story of an identity request, its document.
    Details,
    Document,
    /// The profile (ACC-5…13).
    NewPassword,
    TimeZone,
    Confirmation,
    /// payments (BIL-3): an amount of money.
    Amount,
    /// payments (BIL-3): a payment profile's provider, card or the profile itself.
    PaymentMethod,
    /// EMB-1: an origin allowed to embed the widgets.
    Origin,
}

impl Field {
    /// The field's name, in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Field::Email => Msg::FieldEmail.text(lang),
            Field::Password => Msg::FieldPassword.text(lang),
            Field::FirstName => Msg::FieldFirstName.text(lang),
            Field::LastName => Msg::FieldLastName.text(lang),
            Field::OrganizationName => Msg::FieldOrganizationName.text(lang),
            Field::Search => Msg::FieldSearch.text(lang),
            Field::Street => SettingsMsg::FieldStreet.text(lang),
            Field::Postcode => SettingsMsg::FieldPostcode.text(lang),
            Field::City => SettingsMsg::FieldCity.text(lang),
            Field::Country => SettingsMsg::FieldCountry.text(lang),
            Field::Phone => SettingsMsg::FieldPhone.text(lang),
            Field::Initials => SettingsMsg::FieldInitials.text(lang),
            Field::Logo => SettingsMsg::FieldLogo.text(lang),
            Field::Label => SettingsMsg::FieldLabel.text(lang),
            Field::KeyName => KeysMsg::FieldName.text(lang),
            Field::Code => Msg::FieldCode.text(lang),
            Field::Details => RecoveryMsg::FieldDetails.text(lang),
            Field::Document => RecoveryMsg::FieldDocument.text(lang),
            Field::NewPassword => ProfileMsg::FieldNewPassword.text(lang),
            Field::TimeZone => ProfileMsg::FieldTimeZone.text(lang),
            Field::Confirmation => ProfileMsg::FieldConfirmation.text(lang),
            Field::Amount => domain::i18n::PaymentsMsg::FieldAmount.text(lang),
            Field::PaymentMethod => domain::i18n::PaymentsMsg::FieldMethod.text(lang),
            Field::Origin => domain::i18n::EmbedMsg::OriginField.text(lang),
        }
    }
}

/// What is wrong with a field, as the `domain` parser said it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Email(EmailError),
    Password(PasswordError),
    Name(NameError),
    Text(TextError),
    /// An organization's details (ORG-3, ORG-4, ORG-5).
    Detail(DetailError),
    Logo(LogoError),
    /// Not one of the values the form offers (a country).
    NotAChoice,
    /// A password re-entered to confirm that is not the account's.
    WrongPassword,
    /// A one-time code that is wrong, expired or already used.
    WrongCode,
    /// A phone number of a country SMS codes are not sent to (SEC-1: CH, FR, BE, DE).
    SmsCountry,
    /// Recovery (ACC-10…12): a code, a document, a new login.
    Recovery(RecoveryError),
    /// A profile rule (ACC-4…13).
    Profile(ProfileProblem),
    /// payments (BIL-3): an amount, a payment profile.
    Payment(domain::payments::PaymentProblem),
    /// An embedding origin (EMB-1).
    Origin(domain::embed::OriginError),
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            Problem::Email(e) => e.msg().text(lang),
            Problem::Password(e) => e.msg().text(lang),
            Problem::Name(e) => e.msg().text(lang),
            Problem::Text(e) => e.msg().text(lang),
            Problem::Detail(e) => e.msg().text(lang),
            Problem::Logo(e) => e.msg().text(lang),
            Problem::NotAChoice => OrgMsg::ProblemNotAChoice.text(lang),
            Problem::WrongPassword => OrgMsg::ProblemWrongPassword.text(lang),
            Problem::WrongCode => Msg::ProblemWrongCode.text(lang),
            Problem::SmsCountry => SecurityMsg::ProblemSmsCountry.text(lang),
            Problem::Recovery(e) => e.msg().text(lang),
            Problem::Profile(p) => p.msg().text(lang),
            Problem::Payment(p) => p.msg().text(lang),
            Problem::Origin(p) => p.msg().text(lang),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AppError {
    /// No valid session: sign in first.
    Unauthenticated,
    /// Unknown email or wrong password: the same answer for both.
    InvalidCredentials,
    /// Right password, but the address was never confirmed; a new link was sent.
    EmailNotVerified,
    /// The `domain` policy refused the action.
    Denied {
        reason: Denied,
    },
    /// A field did not parse.
    Invalid {
        field: Field,
        problem: Problem,
    },
    AlreadyMember,
    /// The invitation offered a role its sender may no longer grant (demoted, removed,
    /// blocked since): it grants nothing; a new invitation is needed.
    InvitationNoLongerGrants {
        role: domain::Role,
    },
    /// The organization cannot be deleted yet: every unmet condition (ORG-7).
    DeletionBlocked {
        blockers: Vec<DeletionBlocker>,
        currency: Currency,
    },
    /// The account cannot be closed: the user is the last legal representative of these
    /// organizations, which still have products or other members (ACC-13).
    ClosureBlocked {
        organizations: Vec<String>,
    },
    InvitationInvalid,
    InvitationOtherEmail,
    /// Sign-up from an invitation for an address that already has an account.
    AccountExists,
    /// A single-use link (email confirmation) that was used or has expired.
    LinkInvalid,
    /// A security-key or app-password action refused (SEC-1, SEC-4), with the reason.
    KeyRefused {
        reason: KeyRefusal,
    },
    /// A widget token, an API key or an integration setting refused (EMB-1, EMB-2).
    EmbedRefused {
        reason: domain::embed::EmbedRefusal,
    },
    /// The pending sign-in of the second step is completed, ended or expired: the
    /// password again (SEC-2).
    SignInExpired,
    NotFound,
    RateLimited {
        retry_after_seconds: u64,
    },
    /// The server is at its limit (the password-hashing queue is full): nothing was
    /// done; `503` with `Retry-After` (issue 10).
    Overloaded {
        retry_after_seconds: u64,
    },
    /// A sensitive change (login email, password, two-factor authentication, recovery
    /// data, closing the account) needs the password or a second factor typed in the
    /// last 10 minutes: `auth/reauthenticate`, then the same request again.
    ReauthenticationRequired,
    /// A state-changing request from another site (Origin / Sec-Fetch-Site).
    CrossSite,
    /// A request the console would never send: unknown fields, wrong types.
    BadRequest {
        message: String,
    },
    /// The shop refused the order (BIL-1…3): an item, a promo code, a free offer, the
    /// payment; nothing was ordered. (Part `shop`.)
    OrderRefused {
        refusal: domain::shop::OrderRefusal,
    },
    /// Something failed on the server; details are in its log, never here.
    Internal,
    /// The request did not reach the server or its answer did not come back.
    Network {
        message: String,
    },
    /// An invoice or premium-support action refused by a billing rule (BIL-4, BIL-6):
    /// an unpaid final invoice's PDF, paying what is not due, a balance too low.
    InvoiceRefused {
        reason: domain::invoice::InvoiceRefusal,
    },
    /// A renewal, warranty or restore refused (PRD-6, PRD-7), with the reason (renewals).
    RenewalRefused {
        reason: domain::renewal::Refusal,
    },
}

impl AppError {
    pub fn invalid(field: Field, problem: Problem) -> AppError {
        AppError::Invalid { field, problem }
    }

    /// The seconds to wait before trying again (`Retry-After`), for a refusal that says.
    pub fn retry_after_seconds(&self) -> Option<u64> {
        match self {
            AppError::RateLimited { retry_after_seconds } | AppError::Overloaded { retry_after_seconds } => {
                Some(*retry_after_seconds)
            }
            _ => None,
        }
    }

    /// The HTTP status a partner sees.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated | AppError::InvalidCredentials => 401,
            AppError::EmailNotVerified => 403,
            AppError::Denied { .. } | AppError::CrossSite | AppError::ReauthenticationRequired => 403,
            AppError::Invalid { .. } => 422,
            AppError::AlreadyMember => 409,
            AppError::InvitationNoLongerGrants { .. } => 410,
            AppError::DeletionBlocked { .. } => 409,
            AppError::InvitationInvalid | AppError::LinkInvalid | AppError::SignInExpired => 410,
            AppError::ClosureBlocked { .. } => 409,
            AppError::InvitationOtherEmail => 403,
            AppError::AccountExists => 409,
            AppError::NotFound => 404,
            AppError::KeyRefused { reason } => match reason {
                KeyRefusal::ConsoleOnly => 403,
                KeyRefusal::KeyAnswerRefused => 422,
                _ => 409,
            },
            AppError::EmbedRefused { reason } => reason.status(),
            AppError::RateLimited { .. } => 429,
            AppError::Overloaded { .. } => 503,
            AppError::BadRequest { .. } => 400,
            AppError::OrderRefused { refusal } => refusal.status(),
            AppError::Internal | AppError::Network { .. } => 500,
            AppError::InvoiceRefused { reason } => match reason {
                domain::invoice::InvoiceRefusal::NothingSelected | domain::invoice::InvoiceRefusal::TooManySelected => {
                    422
                }
                domain::invoice::InvoiceRefusal::Declined | domain::invoice::InvoiceRefusal::InsufficientBalance => 402,
                _ => 409,
            },
            AppError::RenewalRefused { reason } => match reason {
                domain::renewal::Refusal::InsufficientBalance | domain::renewal::Refusal::PaymentDeclined => 402,
                _ => 409,
            },
        }
    }

    /// What the user reads, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AppError::Unauthenticated => Msg::ErrorUnauthenticated.text(lang).into(),
            AppError::InvalidCredentials => Msg::ErrorInvalidCredentials.text(lang).into(),
            AppError::EmailNotVerified => Msg::ErrorEmailNotVerified.text(lang).into(),
            AppError::Denied { reason } => reason.msg().text(lang).into(),
            AppError::Invalid { field, problem } => {
                Msg::ErrorInvalidField.fill(lang, &[("field", field.text(lang)), ("problem", problem.text(lang))])
            }
            AppError::AlreadyMember => Msg::ErrorAlreadyMember.text(lang).into(),
            AppError::InvitationNoLongerGrants { role } => {
                Msg::ErrorInvitationNoLongerGrants.fill(lang, &[("role", role.label().text(lang))])
            }
            AppError::DeletionBlocked { blockers, currency } => {
                blockers.iter().map(|b| b.describe(lang, *currency)).collect::<Vec<_>>().join(" ")
            }
            AppError::ClosureBlocked { organizations } => {
                format!("{} {}", ProfileMsg::CloseBlocked.text(lang), organizations.join(", "))
            }
            AppError::InvitationInvalid => Msg::ErrorInvitationInvalid.text(lang).into(),
            AppError::InvitationOtherEmail => Msg::ErrorInvitationOtherEmail.text(lang).into(),
            AppError::AccountExists => Msg::ErrorAccountExists.text(lang).into(),
            AppError::LinkInvalid => Msg::ErrorLinkInvalid.text(lang).into(),
            AppError::SignInExpired => SecurityMsg::SignInExpired.text(lang).into(),
            AppError::NotFound => Msg::ErrorNotFound.text(lang).into(),
            AppError::KeyRefused { reason } => reason.msg().text(lang).into(),
            AppError::EmbedRefused { reason } => reason.msg().text(lang).into(),
            AppError::RateLimited { retry_after_seconds } => {
                domain::i18n::Plural::ErrorRateLimitedWait.count(lang, *retry_after_seconds, &[])
            }
            AppError::Overloaded { retry_after_seconds } => {
                domain::i18n::Plural::ErrorOverloadedWait.count(lang, *retry_after_seconds, &[])
            }
            AppError::CrossSite => Msg::ErrorCrossSite.text(lang).into(),
            AppError::ReauthenticationRequired => Msg::ErrorReauthenticationRequired.text(lang).into(),
            AppError::OrderRefused { refusal } => refusal.message(lang),
            AppError::BadRequest { .. } | AppError::Internal => Msg::ErrorInternal.text(lang).into(),
            AppError::Network { .. } => Msg::ErrorNetwork.text(lang).into(),
            AppError::InvoiceRefused { reason } => reason.msg().text(lang).into(),
            AppError::RenewalRefused { reason } => reason.msg().text(lang).into(),
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(m)
            | ServerFnErrorErr::MissingArg(m)
            | ServerFnErrorErr::Deserialization(m)
            | ServerFnErrorErr::UnsupportedRequestMethod(m) => AppError::BadRequest { message: m },
            ServerFnErrorErr::Request(m) | ServerFnErrorErr::Response(m) => AppError::Network { message: m },
            other => AppError::Network { message: other.to_string() },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_stable() {
        let e = AppError::Denied { reason: Denied::OnlyLegalRepresentativeGrantsLegalRepresentative };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"error":"denied","reason":"only_legal_representative_grants_legal_representative"}"#
        );
        let e = AppError::invalid(Field::Password, Problem::Password(PasswordError::TooShort { min: 15 }));
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"error":"invalid","field":"password","problem":{"password":{"too_short":{"min":15}}}}"#
        );
    }
}
