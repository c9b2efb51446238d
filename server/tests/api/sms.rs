//! The SMS outbox: a queued text message keeps its code sealed apart, is shown by
//! the development viewer as its recipient reads it, is delivered once through the
//! provider, retried after a provider error, and loses its code once delivered.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use server::sms::{run_worker_with, SmsSender};

use crate::helpers::TestApp;

/// The provider at the edge of the world: records what it is asked to send and fails the
/// first `failures` requests.
#[derive(Clone, Default)]
struct RecordingProvider {
    sent: Arc<Mutex<Vec<(String, String)>>>,
    failures: Arc<Mutex<u32>>,
}

impl SmsSender for RecordingProvider {
    async fn send(&self, to: &str, text: &str) -> Result<(), String> {
        let mut failures = self.failures.lock().unwrap();
        if *failures > 0 {
            *failures -= 1;
            return Err("gateway unavailable".into());
        }
        self.sent.lock().unwrap().push((to.to_string(), text.to_string()));
        Ok(())
    }
}

async fn queue(app: &TestApp, to: &str, code: &str) {
    let sealed = app.state.config().secret_key.seal(code);
    let now = app.clock.now_ms();
    app.sql(
        &format!(
            "INSERT INTO sms_outbox (id, to_number, body_text, secret_sealed, created_at, next_attempt_at) \
             VALUES ('sms-1', $1, $2, $3, {now}, {now})"
        ),
        &[to, &format!("Your Orga code: {}", server::sms::SECRET), &sealed],
    )
    .await;
}

async fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test]
async fn a_queued_code_is_delivered_once_after_a_provider_error_and_then_forgotten() {
    let app = TestApp::spawn().await;
    queue(&app, "+41791234567", "482913").await;
    // The stored row never holds the code in clear.
    let (text, sealed): (String, Option<String>) =
        sqlx::query_as("SELECT body_text, secret_sealed FROM sms_outbox WHERE id = 'sms-1'")
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert!(!text.contains("482913") && !sealed.as_deref().unwrap_or_default().contains("482913"));
    // The development viewer shows it as the recipient will read it.
    assert_eq!(app.last_sms_to("+41791234567").await.as_deref(), Some("Your Orga code: 482913"));
    assert_eq!(app.last_sms_to("+41790000000").await, None);

    let provider = RecordingProvider { failures: Arc::new(Mutex::new(1)), ..Default::default() };
    let worker = tokio::spawn(run_worker_with(app.state.clone(), provider.clone()));
    // The first try fails: the message waits for its retry, nothing was sent.
    let error = || async {
        let (error,): (Option<String>,) = sqlx::query_as("SELECT last_error FROM sms_outbox WHERE id = 'sms-1'")
            .fetch_one(app.state.pool())
            .await
            .unwrap();
        error
    };
    for _ in 0..100 {
        if error().await.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(error().await.as_deref(), Some("gateway unavailable"));
    assert!(provider.sent.lock().unwrap().is_empty());
    // A minute later it goes, once.
    app.clock.advance(2 * 60_000);
    wait_for("the retry", || !provider.sent.lock().unwrap().is_empty()).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    worker.abort();
    assert_eq!(
        *provider.sent.lock().unwrap(),
        vec![("+41791234567".to_string(), "Your Orga code: 482913".to_string())]
    );
    let (sent_at, sealed): (Option<i64>, Option<String>) =
        sqlx::query_as("SELECT sent_at, secret_sealed FROM sms_outbox WHERE id = 'sms-1'")
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert!(sent_at.is_some(), "marked delivered");
    assert_eq!(sealed, None, "the code is erased once delivered");
}
