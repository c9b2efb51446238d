//! Configuration from flags and environment (see `.env.example`). Secrets are wrapped so
//! they never reach a log line, hidden from `--help`, and may come from files
//! (`DATABASE_URL_FILE`, `SMTP_URL_FILE`, `ORGA_SECRET_KEY_FILE`).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use ipnet::IpNet;
use secrecy::{ExposeSecret, SecretString};

#[derive(clap::Parser, Debug)]
#[command(name = "orga", version, about = "Orga, the customer console of a hosting provider")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand, Debug)]
// Parsed once at start-up: the size of the serve arguments costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Serve the console and its API.
    Serve(ServeArgs),
    /// Operator tasks on one account (the console has no such screen).
    Account(AccountArgs),
    /// Support's queue of identity-verification requests (recovery's last resort).
    Support(SupportArgs),
    /// Billing tasks the console has no screen for: promo codes, free offers (BIL-2).
    Billing(BillingArgs),
}

#[derive(clap::Args, Debug, Clone)]
pub struct BillingArgs {
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/orga.db", value_parser = secret, hide_env_values = true)]
    pub database_url: SecretString,
    #[command(subcommand)]
    pub task: BillingTask,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum BillingTask {
    /// Creates a promo code for a product type (`domain`, `web_hosting`…): `--percent 10`
    /// or `--amount 5.00 --currency CHF`; optionally for one organization, until a date
    /// (days from now) and for a number of uses.
    PromoCreate {
        code: String,
        kind: String,
        #[arg(long)]
        percent: Option<u32>,
        /// In the currency's major units (`5.00`).
        #[arg(long)]
        amount: Option<String>,
        #[arg(long, default_value = "EUR")]
        currency: String,
        #[arg(long)]
        org: Option<String>,
        #[arg(long)]
        days: Option<i64>,
        #[arg(long, default_value_t = 1)]
        uses: i64,
    },
    /// Grants an organization a free offer: an offer id (`domain_ch`) or a product type
    /// (`domain`), optionally for a number of days.
    GrantFree {
        org: String,
        offer: String,
        #[arg(long)]
        days: Option<i64>,
    },
}

#[derive(clap::Args, Debug, Clone)]
pub struct SupportArgs {
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/orga.db", value_parser = secret, hide_env_values = true)]
    pub database_url: SecretString,
    /// The key that seals emailed links (the serving process's; see `orga serve --help`).
    #[arg(long, env = "ORGA_SECRET_KEY", value_parser = secret, hide_env_values = true)]
    pub secret_key: Option<SecretString>,
    #[arg(long, env = "ORGA_SECRET_KEY_PATH", default_value = "data/secret.key")]
    pub secret_key_file: PathBuf,
    /// The console's public address, for the links in emails.
    #[arg(long, env = "ORGA_PUBLIC_URL")]
    pub public_url: Option<String>,
    #[command(subcommand)]
    pub task: SupportTask,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum SupportTask {
    /// The requests, open ones first.
    List,
    /// One request in full.
    Show { id: String },
    /// Writes the request's document to a file.
    Document { id: String, file: PathBuf },
    /// review, accept or refuse (with a note for the person); each step is emailed.
    Decide { id: String, decision: String, note: Option<String> },
    /// ACC-12: the login mailbox of the account is gone; issue a temporary username.
    TemporaryUsername { email: String },
}

#[derive(clap::Args, Debug, Clone)]
pub struct AccountArgs {
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/orga.db", value_parser = secret, hide_env_values = true)]
    pub database_url: SecretString,
    #[command(subcommand)]
    pub task: AccountTask,
}

#[derive(clap::Subcommand, Debug, Clone)]
pub enum AccountTask {
    /// Ends every session of the account, wherever it is signed in.
    RevokeSessions { email: String },
    /// Blocks the account (no sign-in) and ends its sessions.
    Block { email: String },
    /// Lifts a block; the sessions ended by it stay ended.
    Unblock { email: String },
}

#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// `sqlite://path/to/file.db` (embedded) or `postgres://user@host/db`. A database
    /// off the loopback is reached over verified TLS (`sslmode=verify-full` is added).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/orga.db", value_parser = secret, hide_env_values = true)]
    pub database_url: SecretString,
    /// Address to listen on.
    #[arg(long, env = "ORGA_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// The address users reach the console at, used in emailed links and to decide
    /// whether cookies are `Secure`. Defaults to `http://<bind>`.
    #[arg(long, env = "ORGA_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Development mode: the mail viewer is available.
    #[arg(long, env = "ORGA_DEV")]
    pub dev: bool,
    /// Fill an empty database with the demo organization.
    #[arg(long, env = "ORGA_SEED_DEMO")]
    pub seed_demo: bool,
    /// Also serve the demo partner portal (EMB-1) on this address, reached as
    /// `http://localhost:<port>`: another site that embeds the widgets. Development
    /// only, with the demo data.
    #[arg(long, env = "ORGA_PARTNER_DEMO")]
    pub partner_demo: Option<SocketAddr>,
    /// `smtps://user:pass@host:465` (TLS) or `smtp://user:pass@host:587?tls=required`
    /// (STARTTLS); plain `smtp://host:25` only to a relay on the loopback. Without it,
    /// email stays in the outbox for the mail viewer.
    #[arg(long, env = "SMTP_URL", value_parser = secret, hide_env_values = true)]
    pub smtp_url: Option<SecretString>,
    /// The SMS gateway (`https://…`; plain http only on the loopback): text messages are
    /// POSTed there as JSON `{from, to, text}` with `Authorization: Bearer $ORGA_SMS_KEY`.
    /// Without it, text messages stay in their outbox for the mail viewer.
    #[arg(long, env = "ORGA_SMS_URL")]
    pub sms_url: Option<String>,
    #[arg(long, env = "ORGA_SMS_KEY", value_parser = secret, hide_env_values = true)]
    pub sms_key: Option<SecretString>,
    /// The sender name or number shown on text messages.
    #[arg(long, env = "ORGA_SMS_FROM", default_value = "Orga")]
    pub sms_from: String,
    /// Sender of every email.
    #[arg(long, env = "ORGA_MAIL_FROM", default_value = "Orga <no-reply@orga.localhost>")]
    pub mail_from: String,
    /// The client built by trunk.
    #[arg(long, env = "ORGA_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Proxies (addresses or networks, comma-separated) whose `X-Forwarded-For` /
    /// `Forwarded` headers name the client. From anyone else those headers are ignored.
    #[arg(long, env = "ORGA_TRUSTED_PROXIES", value_delimiter = ',', value_parser = network)]
    pub trusted_proxies: Vec<IpNet>,
    /// Key sealing the secret links of queued emails (32 bytes, base64). Without it the
    /// key is read from, or created in, `--secret-key-file`. Every process of one
    /// console must use the same key.
    #[arg(long, env = "ORGA_SECRET_KEY", value_parser = secret, hide_env_values = true)]
    pub secret_key: Option<SecretString>,
    #[arg(long, env = "ORGA_SECRET_KEY_PATH", default_value = "data/secret.key")]
    pub secret_key_file: PathBuf,
    /// BIL-3: the secret the payment provider signs its webhooks with (HMAC-SHA256).
    /// Without it webhooks are refused, except with `--dev`, which uses
    /// [`DEV_PAYMENT_WEBHOOK_SECRET`].
    #[arg(long, env = "ORGA_PAYMENT_WEBHOOK_SECRET", value_parser = secret, hide_env_values = true)]
    pub payment_webhook_secret: Option<SecretString>,
    /// How long a process keeps a queued email or SMS to itself while sending it; a
    /// process that died meanwhile leaves it to the others after this long.
    #[arg(long, env = "ORGA_OUTBOX_CLAIM_SECONDS", default_value_t = 120)]
    pub outbox_claim_seconds: u64,
    /// The bearer token `GET /metrics` asks for; without it, metrics answer only to
    /// the machine itself (loopback).
    #[arg(long, env = "ORGA_METRICS_TOKEN")]
    pub metrics_token: Option<SecretString>,
    /// How many requests may wait for a password hash (sign-in, sign-up…) before
    /// more are refused at once with 503 and Retry-After; 0 = 32 per core, at least 64.
    #[arg(long, env = "ORGA_HASH_QUEUE_DEPTH", default_value_t = 0)]
    pub hash_queue_depth: usize,
    /// Log lines as JSON objects (for a log collector) instead of text.
    #[arg(long, env = "ORGA_LOG_JSON")]
    pub log_json: bool,
    /// Allow a database off the loopback without verified TLS (not recommended).
    #[arg(long, env = "ORGA_ALLOW_INSECURE_DATABASE")]
    pub allow_insecure_database: bool,
    /// Allow SMTP off the loopback without TLS (not recommended).
    #[arg(long, env = "ORGA_ALLOW_INSECURE_SMTP")]
    pub allow_insecure_smtp: bool,
}

impl ServeArgs {
    /// The defaults, as if `orga serve` had no flags (operator commands need a config).
    pub fn parse_from_defaults() -> ServeArgs {
        #[derive(clap::Parser)]
        struct Only {
            #[command(flatten)]
            args: ServeArgs,
        }
        <Only as clap::Parser>::parse_from(["orga"]).args
    }
}

fn secret(s: &str) -> Result<SecretString, String> {
    Ok(SecretString::from(s.to_string()))
}

fn network(s: &str) -> Result<IpNet, String> {
    let s = s.trim();
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{s:?} is neither an address nor a network"))
}

/// Reads `NAME` from the file named by `NAME_FILE` when `NAME` itself is not set
/// (container secrets). Call before parsing the command line.
pub fn read_secret_files() -> std::io::Result<()> {
    for name in ["DATABASE_URL", "SMTP_URL", "ORGA_SECRET_KEY", "ORGA_SMS_KEY"] {
        if std::env::var_os(name).is_some() {
            continue;
        }
        if let Some(path) = std::env::var_os(format!("{name}_FILE")) {
            let value = std::fs::read_to_string(&path)?;
            std::env::set_var(name, value.trim_end_matches(['\n', '\r']));
        }
    }
    Ok(())
}

/// A link to the database or the mail server that would travel in clear over a network.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("the database at {host} is not on this machine: connect with sslmode=verify-full (or verify-ca), or set ORGA_ALLOW_INSECURE_DATABASE")]
    DatabaseWithoutTls { host: String },
    #[error("the mail server at {host} is not on this machine: use smtps:// or ?tls=required, or set ORGA_ALLOW_INSECURE_SMTP")]
    SmtpWithoutTls { host: String },
    #[error("the SMS gateway at {host} is not on this machine: use https://")]
    SmsWithoutTls { host: String },
    #[error("a database or mail server URL must not have a #fragment (its settings would be ignored)")]
    Fragment,
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?']).next()?;
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next()?.to_string()
    } else {
        host_port.split(':').next()?.to_string()
    };
    Some(host)
}

fn is_loopback(host: &str) -> bool {
    host.is_empty()
        || host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
        || host.starts_with('/')
}

/// Every value of a query parameter, in order (the drivers use the last).
fn query_params<'a>(url: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let query = url.split_once('?').map_or("", |(_, q)| q);
    query.split('&').filter_map(move |kv| kv.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v))
}

fn query_param<'a>(url: &'a str, name: &'a str) -> Option<&'a str> {
    query_params(url, name).last()
}

/// The database URL to connect with: a PostgreSQL server off the loopback gets
/// `sslmode=verify-full` unless the URL names a verifying mode already; a weaker mode is
/// refused unless `allow_insecure`.
pub fn secure_database_url(url: &str, allow_insecure: bool) -> Result<String, TransportError> {
    if !(url.starts_with("postgres:") || url.starts_with("postgresql:")) {
        return Ok(url.to_string());
    }
    if url.contains('#') {
        return Err(TransportError::Fragment);
    }
    // `?host=` and `?hostaddr=` name the server too: every host named must be local.
    let hosts: Vec<String> = std::iter::once(host_of(url).unwrap_or_default())
        .chain(query_params(url, "host").chain(query_params(url, "hostaddr")).map(str::to_string))
        .collect();
    let remote = hosts.iter().find(|h| !is_loopback(h)).cloned();
    let Some(host) = remote else { return Ok(url.to_string()) };
    if allow_insecure {
        return Ok(url.to_string());
    }
    match query_param(url, "sslmode") {
        Some("verify-full" | "verify-ca") => Ok(url.to_string()),
        Some(_) => Err(TransportError::DatabaseWithoutTls { host }),
        None => Ok(format!("{url}{}sslmode=verify-full", if url.contains('?') { '&' } else { '?' })),
    }
}

/// Refuses SMTP in clear to a server off the loopback unless `allow_insecure`.
pub fn check_smtp_url(url: &str, allow_insecure: bool) -> Result<(), TransportError> {
    if url.contains('#') {
        return Err(TransportError::Fragment);
    }
    let host = host_of(url).unwrap_or_default();
    let encrypted = url.starts_with("smtps://") || query_param(url, "tls") == Some("required");
    if encrypted || is_loopback(&host) || allow_insecure {
        Ok(())
    } else {
        Err(TransportError::SmtpWithoutTls { host })
    }
}

/// The SMS gateway must be reached over https, unless it is on this machine.
pub fn check_sms_url(url: &str) -> Result<(), TransportError> {
    if url.contains('#') {
        return Err(TransportError::Fragment);
    }
    let host = host_of(url).unwrap_or_default();
    if url.starts_with("https://") || (url.starts_with("http://") && is_loopback(&host)) {
        Ok(())
    } else {
        Err(TransportError::SmsWithoutTls { host })
    }
}

/// What the running server needs to know, derived once from [`ServeArgs`].
#[derive(Clone, Debug)]
pub struct Config {
    /// Without a trailing slash.
    pub public_url: String,
    pub dev: bool,
    /// Cookies are `Secure` and `__Host-` prefixed unless the console is served over
    /// plain http (development on 127.0.0.1).
    pub secure_cookies: bool,
    pub mail_from: String,
    pub smtp_url: Option<SecretString>,
    pub sms_url: Option<String>,
    pub sms_key: Option<SecretString>,
    pub sms_from: String,
    pub dist: PathBuf,
    pub trusted_proxies: Vec<IpNet>,
    /// Seals the secret links of queued emails.
    pub secret_key: crate::sealing::SealingKey,
    /// BIL-3: what the payment provider's webhooks are signed with; `None`: refused.
    pub payment_webhook_secret: Option<SecretString>,
    /// The hashing queue's depth (0: the default, see `passwords::default_depth`).
    pub hash_queue_depth: usize,
    /// How long a claim on a queued message lasts (milliseconds, at least 2 s).
    pub outbox_claim_ms: i64,
    /// `GET /metrics`'s bearer token (`None`: loopback only).
    pub metrics_token: Option<SecretString>,
}

/// The webhook secret of development (`--dev`) when none is configured: public, so only
/// for a console that takes no real payment (the test provider is the only one then).
pub const DEV_PAYMENT_WEBHOOK_SECRET: &str = "orga-dev-payment-webhook-secret";

impl Config {
    pub fn from_args(args: &ServeArgs, bound: SocketAddr, secret_key: crate::sealing::SealingKey) -> Config {
        let public_url =
            args.public_url.clone().unwrap_or_else(|| format!("http://{bound}")).trim_end_matches('/').to_string();
        Config {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            dev: args.dev,
            mail_from: args.mail_from.clone(),
            smtp_url: args.smtp_url.clone(),
            sms_url: args.sms_url.clone(),
            sms_key: args.sms_key.clone(),
            sms_from: args.sms_from.clone(),
            dist: args.dist.clone(),
            trusted_proxies: args.trusted_proxies.clone(),
            secret_key,
            payment_webhook_secret: args
                .payment_webhook_secret
                .clone()
                .or_else(|| args.dev.then(|| SecretString::from(DEV_PAYMENT_WEBHOOK_SECRET.to_string()))),
            hash_queue_depth: args.hash_queue_depth,
            metrics_token: args.metrics_token.clone(),
            outbox_claim_ms: (args.outbox_claim_seconds.max(2) * 1000) as i64,
        }
    }

    pub fn session_cookie(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-orga_session"
        } else {
            "orga_session"
        }
    }

    pub fn link(&self, path_and_query: &str) -> String {
        format!("{}{}", self.public_url, path_and_query)
    }

    pub fn smtp_url(&self) -> Option<&str> {
        self.smtp_url.as_ref().map(|s| s.expose_secret())
    }

    /// The SMS gateway and its key, when both are set.
    pub fn sms_provider(&self) -> Option<(&str, &SecretString)> {
        Some((self.sms_url.as_deref()?, self.sms_key.as_ref()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remote_database_gets_verified_tls_or_is_refused() {
        let remote = "postgres://orga:pw@db.example.com:5432/orga";
        assert_eq!(secure_database_url(remote, false).unwrap(), format!("{remote}?sslmode=verify-full"));
        assert_eq!(
            secure_database_url(&format!("{remote}?sslmode=disable"), false),
            Err(TransportError::DatabaseWithoutTls { host: "db.example.com".into() })
        );
        assert!(secure_database_url(&format!("{remote}?sslmode=require"), false).is_err(), "require does not verify");
        let verified = format!("{remote}?sslmode=verify-ca");
        assert_eq!(secure_database_url(&verified, false).unwrap(), verified);
        assert!(secure_database_url(&format!("{remote}?sslmode=disable"), true).is_ok(), "the explicit setting");
        for local in ["postgres://postgres@127.0.0.1:5432/test", "postgres://u@localhost/x", "postgres://u@[::1]/x"] {
            assert_eq!(secure_database_url(local, false).unwrap(), local);
        }
        assert_eq!(secure_database_url("sqlite://data/orga.db", false).unwrap(), "sqlite://data/orga.db");
        // Other ways to name a remote server, or to hide a setting, do not pass as local.
        assert!(secure_database_url("postgres://u@localhost/db?host=db.example.com&sslmode=disable", false).is_err());
        assert!(secure_database_url("postgres://u@/db?hostaddr=192.0.2.10&sslmode=prefer", false).is_err());
        assert_eq!(
            secure_database_url("postgres://u@localhost/db?host=db.example.com", false).unwrap(),
            "postgres://u@localhost/db?host=db.example.com&sslmode=verify-full"
        );
        assert!(
            secure_database_url(&format!("{remote}?sslmode=verify-full&sslmode=disable"), false).is_err(),
            "the last wins"
        );
        assert_eq!(
            secure_database_url(&format!("{remote}#?sslmode=verify-full"), false),
            Err(TransportError::Fragment)
        );
        assert!(secure_database_url("postgres://u@/db?host=/var/run/postgresql", false).is_ok(), "a local socket");
    }

    #[test]
    fn smtp_in_clear_only_on_the_loopback() {
        assert!(check_smtp_url("smtp://127.0.0.1:2525", false).is_ok());
        assert!(check_smtp_url("smtps://u:p@mail.example.com:465", false).is_ok());
        assert!(check_smtp_url("smtp://u:p@mail.example.com:587?tls=required", false).is_ok());
        assert_eq!(
            check_smtp_url("smtp://u:p@mail.example.com:25", false),
            Err(TransportError::SmtpWithoutTls { host: "mail.example.com".into() })
        );
        assert!(check_smtp_url("smtp://mail.example.com:587?tls=opportunistic", false).is_err());
        assert!(check_smtp_url("smtp://mail.example.com:25", true).is_ok());
        assert!(check_sms_url("https://sms.example.com/send").is_ok());
        assert!(check_sms_url("http://127.0.0.1:9000/send").is_ok());
        assert!(check_sms_url("http://sms.example.com/send").is_err());
        assert_eq!(check_smtp_url("smtp://mail.example.com/#?tls=required", false), Err(TransportError::Fragment));
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        assert_eq!(network("10.0.0.0/8").unwrap().to_string(), "10.0.0.0/8");
        assert_eq!(network("127.0.0.1").unwrap().to_string(), "127.0.0.1/32");
        assert_eq!(network("::1").unwrap().to_string(), "::1/128");
        assert!(network("proxy.example.com").is_err());
    }
}
