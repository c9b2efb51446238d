//! `orga serve` starts the console; `orga account …` are the operator's tasks.

use clap::Parser;
use secrecy::ExposeSecret;
use server::config::{
    self, AccountArgs, AccountTask, BillingArgs, Cli, Command, Config, ServeArgs, SupportArgs, SupportTask,
};
use server::sealing::SealingKey;
use server::{db, demo, housekeeping, http, operator, outbox, scheduler, sms, AppState};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    config::read_secret_files()?;
    let cli = Cli::parse();
    let json = matches!(&cli.command, Command::Serve(args) if args.log_json);
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    if json {
        tracing_subscriber::fmt().json().with_current_span(true).with_env_filter(filter).init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Account(args) => account(args).await,
        Command::Support(args) => support(args).await,
        Command::Billing(args) => billing(args).await,
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    if args.dev && !args.bind.ip().is_loopback() {
        anyhow::bail!("--dev shows every emailed link to anyone (the mail viewer): it listens on the loopback only");
    }
    // Refuse links in clear over a network before opening anything.
    let url = config::secure_database_url(args.database_url.expose_secret(), args.allow_insecure_database)?;
    if let Some(smtp) = &args.smtp_url {
        config::check_smtp_url(smtp.expose_secret(), args.allow_insecure_smtp)?;
    }
    if let Some(sms) = &args.sms_url {
        config::check_sms_url(sms)?;
    }
    let key = match &args.secret_key {
        Some(key) => SealingKey::from_base64(key.expose_secret())?,
        None => SealingKey::load_or_create(&args.secret_key_file)?,
    };
    let listener = tokio::net::TcpListener::bind(args.bind).await?;
    let config = Config::from_args(&args, listener.local_addr()?, key);
    let pool = db::open(&url).await?;
    let state = AppState::new(pool, config.clone(), db::is_postgres(&url));
    // Listening at once: `/healthz` and `/readyz` (503 "starting") answer while the
    // migrations run; everything else waits for them (503 with Retry-After).
    state.set_ready(false);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(http::serve(listener, http::router(state.clone()), async {
        let _ = stop_rx.await;
    }));
    db::migrate(state.pool(), db::is_postgres(&url)).await?;
    state.set_ready(true);
    let seeded = args.seed_demo && demo::seed_if_empty(&state).await?;
    tokio::spawn(outbox::run_worker(state.clone()));
    tokio::spawn(sms::run_worker(state.clone()));
    tokio::spawn(housekeeping::run(state.clone()));
    tokio::spawn(scheduler::run(state.clone()));
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
    if let Some(address) = args.partner_demo {
        anyhow::ensure!(args.dev && args.seed_demo, "--partner-demo needs --dev and --seed-demo");
        let origin = format!("http://localhost:{}", address.port());
        let portal = server::partner_demo::prepare(&state, &origin).await?;
        tokio::spawn(async move {
            if let Err(e) = server::partner_demo::serve(portal, address).await {
                tracing::error!(error = %e, "the partner portal demo stopped");
            }
        });
        println!("A partner portal embedding Orga's widgets (another site) is at {origin}/");
    }
    println!("Press Ctrl-C to stop.\n");
    let mut server = server;
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {
            println!("\nStopping Orga.");
            let _ = stop_tx.send(());
            server.await??;
        }
        stopped = &mut server => stopped??,
    }
    Ok(())
}

async fn account(args: AccountArgs) -> anyhow::Result<()> {
    let url = args.database_url.expose_secret().to_string();
    let pool = db::connect(&config::secure_database_url(&url, false)?).await?;
    let bound = "127.0.0.1:0".parse()?;
    let serve_defaults = ServeArgs::parse_from_defaults();
    let state =
        AppState::new(pool, Config::from_args(&serve_defaults, bound, SealingKey::random()), db::is_postgres(&url));
    match args.task {
        AccountTask::RevokeSessions { email } => {
            let n = operator::revoke_sessions(&state, &email).await?;
            println!("Ended {n} session(s) of {email}.");
        }
        AccountTask::Block { email } => {
            let n = operator::block(&state, &email).await?;
            println!("Blocked {email}; ended {n} session(s).");
        }
        AccountTask::Unblock { email } => {
            operator::unblock(&state, &email).await?;
            println!("Unblocked {email}. Ended sessions stay ended.");
        }
    }
    Ok(())
}

async fn billing(args: BillingArgs) -> anyhow::Result<()> {
    let url = args.database_url.expose_secret().to_string();
    let pool = db::connect(&config::secure_database_url(&url, false)?).await?;
    let serve_defaults = ServeArgs::parse_from_defaults();
    let state = AppState::new(
        pool,
        Config::from_args(&serve_defaults, "127.0.0.1:0".parse()?, SealingKey::random()),
        db::is_postgres(&url),
    );
    println!("{}", operator::billing::run(&state, args.task).await?);
    Ok(())
}

async fn support(args: SupportArgs) -> anyhow::Result<()> {
    let url = args.database_url.expose_secret().to_string();
    let pool = db::connect(&config::secure_database_url(&url, false)?).await?;
    // The serving process's key: the links queued here are opened by its worker.
    let key = match &args.secret_key {
        Some(key) => SealingKey::from_base64(key.expose_secret())?,
        None => SealingKey::load_or_create(&args.secret_key_file)?,
    };
    let mut serve_defaults = ServeArgs::parse_from_defaults();
    serve_defaults.public_url = args.public_url.clone();
    let state =
        AppState::new(pool, Config::from_args(&serve_defaults, "127.0.0.1:0".parse()?, key), db::is_postgres(&url));
    use operator::support;
    match args.task {
        SupportTask::List => support::list(&state).await?.iter().for_each(|l| println!("{l}")),
        SupportTask::Show { id } => support::show(&state, &id).await?.iter().for_each(|l| println!("{l}")),
        SupportTask::Document { id, file } => {
            let kind = support::document(&state, &id, &file).await?;
            println!("Wrote the {kind} document of {id} to {}.", file.display());
        }
        SupportTask::Decide { id, decision, note } => {
            println!("{}", support::decide(&state, &id, &decision, note.as_deref()).await?)
        }
        SupportTask::TemporaryUsername { email } => {
            let username = support::temporary_username(&state, &email).await?;
            println!("{email} now signs in as {username} until a new login email is chosen (sent by SMS and email).");
        }
    }
    Ok(())
}
