//! The database: one pool over SQLite or PostgreSQL (sqlx's `Any` driver) and the
//! migrations, which are written once for both.

use std::str::FromStr;

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

pub fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres:") || url.starts_with("postgresql:")
}

/// Connects, creating the SQLite file and its folder when missing, and migrates.
pub async fn connect(url: &str) -> anyhow::Result<AnyPool> {
    let pool = open(url).await?;
    migrate(&pool, is_postgres(url)).await?;
    Ok(pool)
}

/// Brings the schema up to date (on PostgreSQL under sqlx's advisory lock, so processes
/// starting together migrate once), then the indexes only one dialect can say.
pub async fn migrate(pool: &AnyPool, postgres: bool) -> anyhow::Result<()> {
    sqlx::migrate!("./migrations").run(pool).await?;
    if postgres {
        for statement in POSTGRES_INDEXES {
            sqlx::raw_sql(statement).execute(pool).await?;
        }
    }
    Ok(())
}

/// The member search compares words in byte order (`COLLATE "C"`, as SQLite does) so
/// a prefix is one index range whatever the database's collation; this index serves
/// that comparison when the database's own collation is not `C` (a `C.UTF-8` or
/// `en_US` database). Measured at 100,000 members (bench/scale.sh): a name search
/// went from 340 ms to a few milliseconds. SQLite's indexes already compare bytes.
const POSTGRES_INDEXES: &[&str] = &[
    r#"CREATE INDEX IF NOT EXISTS member_search_words_bytes ON member_search_words (org_id, word COLLATE "C", user_id)"#,
];

/// Connects, creating the SQLite file and its folder when missing; no migration.
pub async fn open(url: &str) -> anyhow::Result<AnyPool> {
    sqlx::any::install_default_drivers();
    let sqlite = url.starts_with("sqlite:");
    let url = if sqlite { prepare_sqlite(url)? } else { url.to_string() };
    let pool = AnyPoolOptions::new()
        .max_connections(if sqlite { 8 } else { 16 })
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if sqlite {
                    // WAL lets readers work while one writer commits; the busy timeout
                    // makes concurrent writers wait their turn instead of failing.
                    conn.execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
                        .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

fn prepare_sqlite(url: &str) -> anyhow::Result<String> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let file = path.split('?').next().unwrap_or(path);
    if file != ":memory:" {
        if let Some(parent) = std::path::Path::new(file).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)?;
            }
        }
    }
    let _ = sqlx::sqlite::SqliteConnectOptions::from_str(url)?;
    Ok(if url.contains('?') { url.to_string() } else { format!("{url}?mode=rwc") })
}

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), so it never has to upgrade a stale read snapshot and concurrent
/// writers queue up behind the busy timeout; PostgreSQL locks rows as they are written.
pub async fn begin_write(pool: &AnyPool, postgres: bool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    if postgres {
        pool.begin().await
    } else {
        pool.begin_with("BEGIN IMMEDIATE").await
    }
}

/// Makes changes to one account's own credentials (app passwords, security keys) happen
/// one at a time, so a limit counted before an insert holds: the first write of such a
/// transaction. PostgreSQL holds the row lock until commit; SQLite's write transactions
/// are serialized already.
pub async fn lock_account(tx: &mut sqlx::Transaction<'static, sqlx::Any>, user_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET must_change_login = must_change_login WHERE id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
