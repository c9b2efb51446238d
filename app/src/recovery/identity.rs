//! The identity-verification request (the last resort of recovery): who, how to reach
//! them, what was lost, and an identity document read in the browser and sent base64.
//! Its reference is shown; every later step comes by email.

use base64::Engine;
use domain::i18n::RecoveryMsg;
use domain::recovery::{Lost, RecoveryError, DETAILS_MAX_CHARS, DOCUMENT_MAX_BYTES};
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{request_identity_check, IdentityCheckInput};
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field, Problem};
use crate::i18n::use_i18n;
use crate::shell::{ErrorNotice, PublicFrame};

#[component]
pub fn IdentityCheckPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::IdentityTitle)().to_string());
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let account = RwSignal::new(String::new());
    let lost = RwSignal::new(Lost::Password);
    let details = RwSignal::new(String::new());
    let file = RwSignal::new(None::<send_wrapper::SendWrapper<web_sys::File>>);
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let busy = RwSignal::new(false);
    let reference = RwSignal::new(None::<String>);
    let document_error = move |e: RecoveryError| Some(AppError::invalid(Field::Document, Problem::Recovery(e)));

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let chosen = input.files().and_then(|f| f.get(0));
        error.set(None);
        if chosen.as_ref().is_some_and(|f| f.size() > DOCUMENT_MAX_BYTES as f64) {
            error.set(document_error(RecoveryError::DocumentTooLarge { max_bytes: DOCUMENT_MAX_BYTES }));
        }
        file.set(chosen.map(send_wrapper::SendWrapper::new));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = file.get_untracked().map(|f| (*f).clone()) else {
            error.set(document_error(RecoveryError::DocumentMissing));
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(chosen.array_buffer()).await;
            let answer = match read {
                Ok(buffer) => {
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    let input = IdentityCheckInput {
                        first_name: first_name.get_untracked(),
                        last_name: last_name.get_untracked(),
                        contact_email: contact.get_untracked(),
                        account_email: Some(account.get_untracked()).filter(|a| !a.trim().is_empty()),
                        lost: lost.get_untracked(),
                        details: details.get_untracked(),
                        document_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
                        lang: i18n.lang(),
                    };
                    request_identity_check(input).await
                }
                Err(_) => Err(AppError::invalid(Field::Document, Problem::Recovery(RecoveryError::DocumentType))),
            };
            busy.set(false);
            match answer {
                Ok(done) => {
                    error.set(None);
                    reference.set(Some(done.reference));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <PublicFrame>
            <h1>{i18n.t(RecoveryMsg::IdentityTitle)}</h1>
            {move || match reference.get() {
                Some(reference) => view! {
                    <p class="notice success" role="status">
                        {i18n.fill(RecoveryMsg::IdentityReceived, &[("reference", &reference)])}
                    </p>
                }.into_any(),
                None => view! {
                    <p>{i18n.t(RecoveryMsg::IdentityIntro)}</p>
                    <form on:submit=submit novalidate>
                        <label for="identity-first">{i18n.t(Msg::FieldFirstName)}</label>
                        <input id="identity-first" type="text" autocomplete="given-name" maxlength="100"
                            aria-invalid=errors.invalid(Field::FirstName)
                            aria-describedby=errors.described_by(Field::FirstName, "identity-first-error", None)
                            prop:value=first_name on:input=move |ev| first_name.set(event_target_value(&ev))/>
                        <FieldError errors field=Field::FirstName id="identity-first-error"/>
                        <label for="identity-last">{i18n.t(Msg::FieldLastName)}</label>
                        <input id="identity-last" type="text" autocomplete="family-name" maxlength="100"
                            aria-invalid=errors.invalid(Field::LastName)
                            aria-describedby=errors.described_by(Field::LastName, "identity-last-error", None)
                            prop:value=last_name on:input=move |ev| last_name.set(event_target_value(&ev))/>
                        <FieldError errors field=Field::LastName id="identity-last-error"/>
                        <label for="identity-contact">{i18n.t(RecoveryMsg::FieldContactEmail)}</label>
                        <input id="identity-contact" type="email" autocomplete="email" maxlength="254"
                            aria-invalid=errors.invalid(Field::Email)
                            aria-describedby=errors.described_by(Field::Email, "identity-contact-error", None)
                            prop:value=contact on:input=move |ev| contact.set(event_target_value(&ev))/>
                        <FieldError errors field=Field::Email id="identity-contact-error"/>
                        <label for="identity-account">{i18n.t(RecoveryMsg::FieldAccountEmail)}</label>
                        <input id="identity-account" type="email" maxlength="254"
                            prop:value=account on:input=move |ev| account.set(event_target_value(&ev))/>
                        <label for="identity-lost">{i18n.t(RecoveryMsg::FieldLost)}</label>
                        <select id="identity-lost" on:change=move |ev| {
                            if let Some(l) = Lost::parse(&event_target_value(&ev)) { lost.set(l) }
                        }>
                            {Lost::ALL.into_iter().map(|l| view! {
                                <option value=l.as_str() selected=move || lost.get() == l>{i18n.t(l.label())}</option>
                            }).collect_view()}
                        </select>
                        <Show when=move || lost.get() == Lost::SecondFactor>
                            <p class="help">{i18n.t(RecoveryMsg::SecondFactorNote)}</p>
                        </Show>
                        <label for="identity-details">{i18n.t(RecoveryMsg::FieldDetails)}</label>
                        <textarea id="identity-details" rows="4" maxlength=DETAILS_MAX_CHARS.to_string()
                            aria-invalid=errors.invalid(Field::Details)
                            aria-describedby=errors.described_by(Field::Details, "identity-details-error", None)
                            prop:value=details on:input=move |ev| details.set(event_target_value(&ev))></textarea>
                        <FieldError errors field=Field::Details id="identity-details-error"/>
                        <label for="identity-document">{i18n.t(RecoveryMsg::FieldDocument)}</label>
                        <input id="identity-document" type="file" accept="image/png,image/jpeg,application/pdf"
                            aria-invalid=errors.invalid(Field::Document)
                            aria-describedby=errors.described_by(Field::Document, "identity-document-error", None)
                            on:change=on_file/>
                        <FieldError errors field=Field::Document id="identity-document-error"/>
                        <ErrorNotice error=errors.general/>
                        <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::IdentitySubmit)}</button>
                    </form>
                }.into_any(),
            }}
            <p><A href="/sign-in">{i18n.t(RecoveryMsg::BackToSignIn)}</A></p>
        </PublicFrame>
    }
}
