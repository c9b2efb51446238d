//! The five languages over HTTP: an account created in German gets its emails in
//! German; every language can be kept on the account and a made-up one is refused and
//! changes nothing; the organization's invoice language is one of its details, changed
//! by a legal representative only, recorded in the audit log and sent in the summary.

use domain::i18n::{MailMsg, SettingsMsg};
use domain::Lang;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{sign_up_body, TestApp};

#[tokio::test]
async fn an_account_keeps_its_language_and_its_emails_follow_it() {
    let app = TestApp::spawn().await;
    let mut body = sign_up_body("greta@example.de", "Greta", "Gross", None);
    body["input"]["lang"] = json!("de");
    let (status, answer) = app.call(None, "auth/sign_up", body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let mail = app.last_mail_to("greta@example.de").await;
    assert_eq!(mail["subject"], MailMsg::MailVerifySubject.text(Lang::De), "{mail}");

    let user = app.sign_up("ivo@example.it", "Ivo", "Rossi").await;
    for lang in ["de", "it", "es", "fr", "en"] {
        let (status, answer) = app.call(Some(&user.cookie), "profile/set_language", json!({ "lang": lang })).await;
        assert_eq!(status, StatusCode::OK, "{lang}: {answer}");
        let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
        assert_eq!(me["lang"], lang);
    }
    // A language the console does not speak: a clear 4xx, the account unchanged.
    let (status, _) = app.call(Some(&user.cookie), "profile/set_language", json!({ "lang": "xx" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["lang"], "en");
}

#[tokio::test]
async fn the_invoice_language_is_a_detail_of_the_organization() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lena@example.ch", "Lena", "Rep").await;
    let (_, me) = app.call(Some(&lr.cookie), "auth/me", json!({})).await;
    let org = me["current_org_id"].as_str().unwrap().to_string();
    let (_, settings) = app.call(Some(&lr.cookie), "settings/get", json!({ "org_id": org })).await;
    assert_eq!(settings["details"]["lang"], "en", "its creator's language at first");

    let details = |lang: &str| {
        json!({ "org_id": org, "details": {
            "name": "Lena Rep", "kind": "company", "country": "CH", "street": "Bahnhofstrasse 1",
            "postcode": "8001", "city": "Zürich", "phone": "", "lang": lang,
        }})
    };
    // A made-up language is refused before anything is written.
    let (status, _) = app.call(Some(&lr.cookie), "settings/update_details", details("xx")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, settings) = app.call(Some(&lr.cookie), "settings/get", json!({ "org_id": org })).await;
    assert_eq!(settings["details"]["lang"], "en");

    let (status, changed) = app.call(Some(&lr.cookie), "settings/update_details", details("de")).await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["details"]["lang"], "de");
    let mail = app.last_mail_to("lena@example.ch").await;
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains(SettingsMsg::FieldInvoiceLanguage.text(Lang::En)) && body.contains("Deutsch"), "{body}");
    let (recorded,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'organization.details_changed' \
         AND detail LIKE '%\"invoice_lang\":\"de\"%'",
    )
    .bind(&org)
    .fetch_one(app.state.pool())
    .await
    .unwrap();
    assert_eq!(recorded, 1, "the change is in the audit log");

    // Details sent without a language keep it.
    let mut without = details("de");
    without["details"].as_object_mut().unwrap().remove("lang");
    let (status, kept) = app.call(Some(&lr.cookie), "settings/update_details", without).await;
    assert_eq!(status, StatusCode::OK, "{kept}");
    assert_eq!(kept["details"]["lang"], "de");
}

/// The browser carries English only and fetches the language it shows: the table is the
/// catalogue's own text, in key order, revalidated by its ETag; a language the console
/// does not speak is not found.
#[tokio::test]
async fn each_language_table_is_the_catalogue_and_revalidates() {
    use domain::i18n::{Msg, Plural};

    let app = TestApp::spawn().await;
    let get = |path: &str| app.client.get(format!("{}{path}", app.base));
    let res = get("/i18n/de.json").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let etag = res.headers()["etag"].clone();
    let table: serde_json::Value = res.json().await.unwrap();
    let msg = table[Msg::PART].as_array().unwrap();
    assert_eq!(msg.len(), Msg::ALL.len());
    assert_eq!(msg[Msg::Cancel as usize], Msg::Cancel.text(Lang::De));
    let plural = table[Plural::PART].as_array().unwrap();
    assert_eq!(plural.len(), Plural::ALL.len() * 2);
    assert_eq!(plural[Plural::MembersCount as usize * 2 + 1], Plural::MembersCount.forms(Lang::De)[1]);

    let again = get("/i18n/de.json").header("if-none-match", etag).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    for path in ["/i18n/xx.json", "/i18n/de", "/i18n/..%2Fde.json"] {
        assert_eq!(get(path).send().await.unwrap().status(), StatusCode::NOT_FOUND, "{path}");
    }
}
