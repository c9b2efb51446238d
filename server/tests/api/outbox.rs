//! Email delivery: queued in the database with the change, delivered over SMTP by
//! the worker, and not lost when the server stops before sending. The SMTP server here
//! is a test double at the edge of the world: it records what it receives.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::{sign_up_body, Options, TestApp};

/// A minimal SMTP server that accepts every message and keeps its raw text.
pub async fn smtp_sink() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else { return };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(std::mem::take(body));
                            data = None;
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (url, received)
}

pub async fn wait_for(received: &Arc<Mutex<Vec<String>>>, count: usize) -> Vec<String> {
    for _ in 0..100 {
        if received.lock().unwrap().len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    received.lock().unwrap().clone()
}

#[tokio::test]
async fn queued_email_is_delivered_over_smtp_and_marked_delivered() {
    let (smtp, received) = smtp_sink().await;
    let app = TestApp::spawn_with(Options { smtp_url: Some(smtp), ..Options::default() }).await;
    app.call(None, "auth/sign_up", sign_up_body("smtp@example.ch", "Sam", "Smtp", None)).await;
    let mails = wait_for(&received, 1).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: smtp@example.ch"), "{}", mails[0]);
    assert!(mails[0].contains("verify-email#token="), "{}", mails[0]);
    for _ in 0..50 {
        if app.last_mail_to("smtp@example.ch").await["delivered"] == true {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox never marked the email delivered");
}

#[tokio::test]
async fn email_queued_before_a_stop_is_delivered_after_the_restart() {
    // First run: no SMTP (as if the process died before delivering).
    let first = TestApp::spawn().await;
    first.call(None, "auth/sign_up", sign_up_body("durable@example.ch", "Dora", "Durable", None)).await;
    assert_eq!(first.last_mail_to("durable@example.ch").await["delivered"], false);
    let db_url = first.db_url.clone();

    // Second run on the same database, with SMTP: the email goes out.
    let (smtp, received) = smtp_sink().await;
    let second =
        TestApp::spawn_with(Options { smtp_url: Some(smtp), db_url: Some(db_url), ..Options::default() }).await;
    let mails = wait_for(&received, 1).await;
    assert_eq!(mails.len(), 1, "the queued email survived the stop");
    assert!(mails[0].contains("To: durable@example.ch"));
    drop(second);
    drop(first);
}
