//! Configuration from flags and environment (see `.env.example`). Secrets are wrapped so
//! they never reach a log line.

use std::net::SocketAddr;
use std::path::PathBuf;

use secrecy::SecretString;

#[derive(clap::Parser, Debug)]
#[command(name = "orga", version, about = "Orga, the customer console of a hosting provider")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Serve the console and its API.
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug, Clone)]
pub struct ServeArgs {
    /// `sqlite://path/to/file.db` (embedded) or `postgres://user@host/db`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/orga.db", value_parser = secret)]
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
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://…` (TLS) or
    /// `smtp://host:25` (plain, local relays only); without it, email
    /// stays in the outbox for the mail viewer.
    #[arg(long, env = "SMTP_URL", value_parser = secret)]
    pub smtp_url: Option<SecretString>,
    /// Sender of every email.
    #[arg(long, env = "ORGA_MAIL_FROM", default_value = "Orga <no-reply@orga.localhost>")]
    pub mail_from: String,
    /// The client built by trunk.
    #[arg(long, env = "ORGA_DIST", default_value = "dist")]
    pub dist: PathBuf,
}

fn secret(s: &str) -> Result<SecretString, String> {
    Ok(SecretString::from(s.to_string()))
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
    pub dist: PathBuf,
}

impl Config {
    pub fn from_args(args: &ServeArgs, bound: SocketAddr) -> Config {
        let public_url =
            args.public_url.clone().unwrap_or_else(|| format!("http://{bound}")).trim_end_matches('/').to_string();
        Config {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            dev: args.dev,
            mail_from: args.mail_from.clone(),
            smtp_url: args.smtp_url.clone(),
            dist: args.dist.clone(),
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
}
