//! Partner embedding and the partners' API (EMB-1, EMB-2): the widgets a partner portal
//! frames, what each may call, the origins allowed to frame them, the short-lived
//! tokens that authenticate them and the API keys that mint those tokens.
//!
//! A widget never gets a session: the partner's backend calls `embed/mint_token` with
//! an API key, the host page hands the token to the widget through `postMessage`, and
//! every call the widget makes carries it in `Authorization: Bearer`. What a token or a
//! key reaches is decided here, by endpoint path, before any body runs (deny by
//! default); the body then runs the same `policy::authorize` as the console, with the
//! token's organization and its role ceiling as further limits.

use serde::{Deserialize, Serialize};

use crate::i18n::EmbedMsg;
use crate::role::Role;

/// The prefix of an API key (`orga_key_` and 43 URL-safe characters): recognizable in
/// a leaked log or repository, never confused with a widget token.
pub const API_KEY_PREFIX: &str = "orga_key_";
/// The prefix of a widget token.
pub const TOKEN_PREFIX: &str = "orga_wt_";
/// How long a minted token lives unless the partner asks for less.
pub const TOKEN_DEFAULT_SECONDS: u32 = 10 * 60;
/// The longest life a partner may ask for: a stolen token is worth at most this.
pub const TOKEN_MAX_SECONDS: u32 = 60 * 60;
/// The shortest: under a minute the widget would spend its life asking for another.
pub const TOKEN_MIN_SECONDS: u32 = 60;
/// How long before expiry a widget asks its host for a fresh token.
pub const TOKEN_REFRESH_MARGIN_SECONDS: u32 = 60;
/// Active API keys one organization may hold.
pub const MAX_API_KEYS: usize = 20;
/// Embedding origins one organization may allow.
pub const MAX_ORIGINS: usize = 20;
/// The longest origin accepted (scheme, host and port).
pub const ORIGIN_MAX_CHARS: usize = 200;

/// One of the widgets a partner can embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Widget {
    /// The organizations the user belongs to; choosing one tells the host page.
    OrganizationSwitcher,
    /// The member table: list, invite, change role, remove.
    Members,
    /// The user's security: two-factor status and setup, signed-in sessions.
    Security,
    /// The user's profile: name, login, language, region, newsletters.
    Profile,
}

impl Widget {
    pub const ALL: [Widget; 4] = [Widget::OrganizationSwitcher, Widget::Members, Widget::Security, Widget::Profile];

    /// The widget's name in URLs (`/embed/<name>`), scopes and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Widget::OrganizationSwitcher => "organization_switcher",
            Widget::Members => "members",
            Widget::Security => "security",
            Widget::Profile => "profile",
        }
    }

    pub fn parse(s: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.as_str() == s)
    }

    /// The endpoints (paths under `/api/`) a token scoped to this widget may call.
    /// Anything else answers `403 embed_refused` `out_of_scope` before its body runs.
    pub fn endpoints(self) -> &'static [&'static str] {
        match self {
            Widget::OrganizationSwitcher => &["embed/session", "organizations/mine"],
            Widget::Members => &[
                "embed/session",
                "members/list",
                "members/products",
                "members/invite",
                "members/resend_invitation",
                "members/revoke_invitation",
                "members/change_role",
                "members/remove",
            ],
            Widget::Security => &[
                "embed/session",
                "auth/reauthenticate",
                "security/overview",
                "security/start_totp",
                "security/confirm_totp",
                "activity/sessions",
                "activity/revoke_session",
            ],
            Widget::Profile => &[
                "embed/session",
                "profile/get",
                "profile/set_language",
                "profile/set_region",
                "profile/set_newsletter",
            ],
        }
    }

    pub fn name(self) -> EmbedMsg {
        match self {
            Widget::OrganizationSwitcher => EmbedMsg::WidgetOrganizationSwitcher,
            Widget::Members => EmbedMsg::WidgetMembers,
            Widget::Security => EmbedMsg::WidgetSecurity,
            Widget::Profile => EmbedMsg::WidgetProfile,
        }
    }
}

/// The endpoints an API key may call, acting as the member who created it, in the
/// key's organization only. Account-level functions (the creator's own password,
/// factors, sessions, profile) are never among them.
pub const API_KEY_ENDPOINTS: &[&str] = &[
    "embed/mint_token",
    "members/list",
    "members/products",
    "members/invite",
    "members/resend_invitation",
    "members/revoke_invitation",
    "members/change_role",
    "members/permissions",
    "members/set_permissions",
    "members/block",
    "members/unblock",
    "org_security/status",
    "products/list",
    "products/get",
    "invoices/list",
    "audit/list",
];

/// Whether a token scoped to `widgets` may call `endpoint` (a path under `/api/`).
pub fn widgets_reach(widgets: &[Widget], endpoint: &str) -> bool {
    widgets.iter().any(|w| w.endpoints().contains(&endpoint))
}

/// Whether an API key may call `endpoint`.
pub fn api_key_reaches(endpoint: &str) -> bool {
    API_KEY_ENDPOINTS.contains(&endpoint)
}

/// The role a widget acts with: the user's own, capped by the ceiling the token was
/// minted with (never above its API key's creator).
pub fn capped(role: Role, ceiling: Role) -> Role {
    // `Role`'s order is strongest first.
    role.max(ceiling)
}

/// Why an embedding or API-key request is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum EmbedRefusal {
    /// The token's widgets (or the API key) do not reach this function (403).
    #[error("this token does not reach this function")]
    OutOfScope,
    /// Minting asked for more than the key's creator may do: a role above theirs (403).
    #[error("the token would reach beyond the API key's creator")]
    BeyondCreator,
    /// The key's creator no longer manages the organization: the key mints nothing (403).
    #[error("the API key's creator no longer manages the organization")]
    CreatorLostRights,
    /// The user named for the token is not a member of the key's organization (404).
    #[error("no such member in the key's organization")]
    NoSuchMember,
    /// No widget named, or an unknown one (422).
    #[error("name at least one widget")]
    NoWidget,
    /// A lifetime outside 60…3600 seconds (422).
    #[error("a token lives between 1 and 60 minutes")]
    BadLifetime,
    #[error("too many API keys")]
    TooManyApiKeys,
    #[error("too many embedding origins")]
    TooManyOrigins,
    /// The origin is allowed already (409).
    #[error("this origin is allowed already")]
    OriginExists,
}

impl EmbedRefusal {
    pub fn status(self) -> u16 {
        match self {
            EmbedRefusal::OutOfScope | EmbedRefusal::BeyondCreator | EmbedRefusal::CreatorLostRights => 403,
            EmbedRefusal::NoSuchMember => 404,
            EmbedRefusal::NoWidget | EmbedRefusal::BadLifetime => 422,
            EmbedRefusal::TooManyApiKeys | EmbedRefusal::TooManyOrigins | EmbedRefusal::OriginExists => 409,
        }
    }

    pub fn msg(self) -> EmbedMsg {
        match self {
            EmbedRefusal::OutOfScope => EmbedMsg::RefusedOutOfScope,
            EmbedRefusal::BeyondCreator => EmbedMsg::RefusedBeyondCreator,
            EmbedRefusal::CreatorLostRights => EmbedMsg::RefusedCreatorLostRights,
            EmbedRefusal::NoSuchMember => EmbedMsg::RefusedNoSuchMember,
            EmbedRefusal::NoWidget => EmbedMsg::RefusedNoWidget,
            EmbedRefusal::BadLifetime => EmbedMsg::RefusedBadLifetime,
            EmbedRefusal::TooManyApiKeys => EmbedMsg::RefusedTooManyApiKeys,
            EmbedRefusal::TooManyOrigins => EmbedMsg::RefusedTooManyOrigins,
            EmbedRefusal::OriginExists => EmbedMsg::RefusedOriginExists,
        }
    }
}

/// The widgets a token asks for: at least one, each known, without repeats (sorted).
pub fn parse_widgets(names: &[String]) -> Result<Vec<Widget>, EmbedRefusal> {
    let mut widgets = Vec::new();
    for name in names {
        let widget = Widget::parse(name).ok_or(EmbedRefusal::NoWidget)?;
        if !widgets.contains(&widget) {
            widgets.push(widget);
        }
    }
    if widgets.is_empty() {
        return Err(EmbedRefusal::NoWidget);
    }
    widgets.sort();
    Ok(widgets)
}

/// A token's lifetime in seconds: the default when none is asked, else 60…3600.
pub fn token_lifetime(asked: Option<u32>) -> Result<u32, EmbedRefusal> {
    match asked {
        None => Ok(TOKEN_DEFAULT_SECONDS),
        Some(s) if (TOKEN_MIN_SECONDS..=TOKEN_MAX_SECONDS).contains(&s) => Ok(s),
        Some(_) => Err(EmbedRefusal::BadLifetime),
    }
}

/// Whether one more API key may be created while `active` are live.
pub fn may_create_api_key(active: usize) -> Result<(), EmbedRefusal> {
    if active >= MAX_API_KEYS {
        return Err(EmbedRefusal::TooManyApiKeys);
    }
    Ok(())
}

/// Whether `origin` (parsed) may join the organization's `allowed` origins.
pub fn may_add_origin(allowed: &[String], origin: &str) -> Result<(), EmbedRefusal> {
    if allowed.iter().any(|o| o == origin) {
        return Err(EmbedRefusal::OriginExists);
    }
    if allowed.len() >= MAX_ORIGINS {
        return Err(EmbedRefusal::TooManyOrigins);
    }
    Ok(())
}

/// The ceiling a key works under: its creator's role now, while the creator still
/// manages the organization (not blocked); nothing otherwise.
pub fn key_ceiling(creator: Option<crate::Membership>) -> Result<Role, EmbedRefusal> {
    let creator = creator.ok_or(EmbedRefusal::CreatorLostRights)?;
    crate::authorize(Some(&creator), &crate::Action::ManageIntegrations)
        .map_err(|_| EmbedRefusal::CreatorLostRights)?;
    Ok(creator.role)
}

/// The role ceiling of a token minted under a key whose ceiling is `key`: the one asked
/// for, never above the key's (`beyond_creator`), the key's when none is asked.
pub fn token_ceiling(asked: Option<Role>, key: Role) -> Result<Role, EmbedRefusal> {
    match asked {
        // `Role`'s order is strongest first.
        Some(asked) if asked < key => Err(EmbedRefusal::BeyondCreator),
        Some(asked) => Ok(asked),
        None => Ok(key),
    }
}

/// Why an origin is not one a page can be framed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum OriginError {
    #[error("write an origin such as https://portal.example.com")]
    Malformed,
    /// Plain `http` is accepted only for the machine itself (development).
    #[error("an origin must use https (http only for localhost)")]
    NotHttps,
    #[error("an origin is at most 200 characters")]
    TooLong,
}

impl OriginError {
    pub fn msg(self) -> EmbedMsg {
        match self {
            OriginError::Malformed => EmbedMsg::OriginMalformed,
            OriginError::NotHttps => EmbedMsg::OriginNotHttps,
            OriginError::TooLong => EmbedMsg::OriginTooLong,
        }
    }
}

/// A web origin allowed to frame the widgets: `https://host[:port]`, lower-case, no
/// path, query, fragment or credentials; `http` only for `localhost`, `*.localhost`
/// and `127.0.0.1`. Written exactly as browsers send it in `Origin` and compare it in
/// `frame-ancestors` and `postMessage`.
pub fn parse_origin(input: &str) -> Result<String, OriginError> {
    let s = input.trim().trim_end_matches('/');
    if s.chars().count() > ORIGIN_MAX_CHARS {
        return Err(OriginError::TooLong);
    }
    let s = s.to_ascii_lowercase();
    let (scheme, rest) = s.split_once("://").ok_or(OriginError::Malformed)?;
    if scheme != "https" && scheme != "http" {
        return Err(OriginError::Malformed);
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => {
            let port: u16 = port.parse().map_err(|_| OriginError::Malformed)?;
            if port == 0 {
                return Err(OriginError::Malformed);
            }
            (host, Some(port))
        }
        None => (rest, None),
    };
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if host.is_empty() || host.len() > 253 || !host.split('.').all(label_ok) {
        return Err(OriginError::Malformed);
    }
    let local = host == "localhost" || host.ends_with(".localhost") || host == "127.0.0.1";
    if scheme == "http" && !local {
        return Err(OriginError::NotHttps);
    }
    // Default ports are left out, as browsers write the origin.
    let port = port.filter(|&p| !(scheme == "https" && p == 443 || scheme == "http" && p == 80));
    Ok(match port {
        Some(p) => format!("{scheme}://{host}:{p}"),
        None => format!("{scheme}://{host}"),
    })
}

/// What a widget tells its host page changed (the `orga:changed` message's `what`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    OrganizationSelected,
    MemberInvited,
    InvitationRevoked,
    InvitationResent,
    RoleChanged,
    MemberRemoved,
    TwoFactorEnabled,
    SessionRevoked,
    LanguageChanged,
    RegionChanged,
    NewsletterChanged,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_written_as_browsers_send_them() {
        assert_eq!(parse_origin("https://Portal.Example.com/").unwrap(), "https://portal.example.com");
        assert_eq!(parse_origin("https://portal.example.com:443").unwrap(), "https://portal.example.com");
        assert_eq!(parse_origin("https://portal.example.com:8443").unwrap(), "https://portal.example.com:8443");
        assert_eq!(parse_origin("http://localhost:8081").unwrap(), "http://localhost:8081");
        assert_eq!(parse_origin("http://portal.localhost:8081").unwrap(), "http://portal.localhost:8081");
    }

    #[test]
    fn anything_but_an_origin_is_refused() {
        for bad in [
            "",
            "portal.example.com",
            "https://",
            "https://portal.example.com/path",
            "https://user@portal.example.com",
            "https://portal.example.com?x=1",
            "https://*.example.com",
            "javascript://alert(1)",
            "https://portal .example.com",
            "https://portal.example.com:99999",
            "https://-bad.example.com",
            "https://portal.example.com; script-src *",
            "'self'",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(parse_origin("http://portal.example.com"), Err(OriginError::NotHttps));
        assert_eq!(parse_origin(&format!("https://{}.com", "a".repeat(200))), Err(OriginError::TooLong));
    }

    #[test]
    fn a_token_reaches_its_widgets_endpoints_only() {
        assert!(widgets_reach(&[Widget::Members], "members/change_role"));
        assert!(!widgets_reach(&[Widget::Members], "profile/get"));
        assert!(!widgets_reach(&[Widget::Profile], "members/list"));
        assert!(!widgets_reach(&[Widget::Security], "profile/change_password"));
        for w in Widget::ALL {
            assert!(!w.endpoints().iter().any(|e| e.starts_with("embed/mint") || e.starts_with("api_keys/")));
        }
        assert!(api_key_reaches("embed/mint_token"));
        assert!(!api_key_reaches("profile/change_password"));
        assert!(!api_key_reaches("api_keys/create"));
    }

    #[test]
    fn the_ceiling_only_lowers_a_role() {
        assert_eq!(capped(Role::LegalRepresentative, Role::Administrator), Role::Administrator);
        assert_eq!(capped(Role::Collaborator, Role::LegalRepresentative), Role::Collaborator);
        assert_eq!(capped(Role::External, Role::Administrator), Role::External);
    }

    #[test]
    fn a_key_never_reaches_beyond_its_creator() {
        use crate::Membership;
        assert_eq!(key_ceiling(Some(Membership::new(Role::Administrator, false))), Ok(Role::Administrator));
        assert_eq!(key_ceiling(Some(Membership::new(Role::Collaborator, true))), Err(EmbedRefusal::CreatorLostRights));
        let mut blocked = Membership::new(Role::LegalRepresentative, true);
        blocked.blocked = true;
        assert_eq!(key_ceiling(Some(blocked)), Err(EmbedRefusal::CreatorLostRights));
        assert_eq!(key_ceiling(None), Err(EmbedRefusal::CreatorLostRights));
        assert_eq!(token_ceiling(None, Role::Administrator), Ok(Role::Administrator));
        assert_eq!(token_ceiling(Some(Role::Collaborator), Role::Administrator), Ok(Role::Collaborator));
        assert_eq!(
            token_ceiling(Some(Role::LegalRepresentative), Role::Administrator),
            Err(EmbedRefusal::BeyondCreator)
        );
    }

    #[test]
    fn keys_and_origins_are_capped() {
        assert_eq!(may_create_api_key(MAX_API_KEYS - 1), Ok(()));
        assert_eq!(may_create_api_key(MAX_API_KEYS), Err(EmbedRefusal::TooManyApiKeys));
        let one = vec!["https://a.example".to_string()];
        assert_eq!(may_add_origin(&one, "https://b.example"), Ok(()));
        assert_eq!(may_add_origin(&one, "https://a.example"), Err(EmbedRefusal::OriginExists));
        let full: Vec<String> = (0..MAX_ORIGINS).map(|i| format!("https://{i}.example")).collect();
        assert_eq!(may_add_origin(&full, "https://b.example"), Err(EmbedRefusal::TooManyOrigins));
    }

    #[test]
    fn scopes_and_lifetimes() {
        assert_eq!(
            parse_widgets(&["profile".into(), "members".into(), "members".into()]).unwrap(),
            vec![Widget::Members, Widget::Profile]
        );
        assert_eq!(parse_widgets(&[]), Err(EmbedRefusal::NoWidget));
        assert_eq!(parse_widgets(&["billing".into()]), Err(EmbedRefusal::NoWidget));
        assert_eq!(token_lifetime(None), Ok(600));
        assert_eq!(token_lifetime(Some(30)), Err(EmbedRefusal::BadLifetime));
        assert_eq!(token_lifetime(Some(3601)), Err(EmbedRefusal::BadLifetime));
        assert_eq!(token_lifetime(Some(120)), Ok(120));
    }
}
