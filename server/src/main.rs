//! `orga serve`: starts the console.

use clap::Parser;
use secrecy::ExposeSecret;
use server::config::{Cli, Command, Config};
use server::{db, demo, http, outbox, AppState};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")))
        .init();
    let Cli { command: Command::Serve(args) } = Cli::parse();
    let listener = tokio::net::TcpListener::bind(args.bind).await?;
    let config = Config::from_args(&args, listener.local_addr()?);
    let url = args.database_url.expose_secret();
    let pool = db::connect(url).await?;
    let state = AppState::new(pool, config.clone(), db::is_postgres(url));
    let seeded = args.seed_demo && demo::seed_if_empty(&state).await?;
    tokio::spawn(outbox::run_worker(state.clone()));
    if !config.dist.join("index.html").exists() {
        tracing::warn!(dist = %config.dist.display(), "no built client here: only the API is served");
    }
    println!("\nOrga is running at {}/", config.public_url);
    if args.seed_demo {
        if seeded {
            println!("Demo data created.");
        }
        println!("Sign in with any of these (password: {}):", demo::DEMO_PASSWORD);
        for (email, first, last, role) in demo::DEMO_USERS {
            println!("  {email:<24} {first} {last}, {}", role.as_str().replace('_', " "));
        }
    }
    if config.dev {
        println!("Sent email is shown at {}/dev/mail", config.public_url);
    }
    println!("Press Ctrl-C to stop.\n");
    http::serve(listener, http::router(state), async {
        let _ = tokio::signal::ctrl_c().await;
        println!("\nStopping Orga.");
    })
    .await?;
    Ok(())
}
