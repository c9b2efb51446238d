//! The strength meter under a new password (ACC-5). It answers at once from the cheap
//! rules of `domain::Password` (length, a short common list), then, once typing pauses,
//! from the server's full policy (`auth/check_password`: zxcvbn's dictionaries of common
//! and leaked passwords, names and words, which the browser does not download). An
//! answer about a password no longer in the field is dropped.

use std::time::Duration;

use domain::{Msg, Password, PasswordVerdict};
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// How long typing must pause before the server is asked.
const PAUSE: Duration = Duration::from_millis(350);

#[component]
pub fn PasswordMeter(
    password: RwSignal<String>,
    /// The account's email and names, when the form knows them: a password built on
    /// them is refused.
    #[prop(optional, into)]
    personal: Option<Signal<(String, String, String)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = RwSignal::new(None::<(String, PasswordVerdict)>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let typed = password.get();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        if typed.chars().count() < Password::MIN_LEN {
            return;
        }
        let handle = set_timeout_with_handle(
            move || {
                let (email, first, last) = personal.map(|p| p.get_untracked()).unwrap_or_default();
                let some = |s: String| Some(s).filter(|s| !s.trim().is_empty());
                leptos::task::spawn_local(async move {
                    let asked = typed.clone();
                    let answer = crate::auth::api::check_password(typed, some(email), some(first), some(last)).await;
                    if let Ok(v) = answer {
                        if password.get_untracked() == asked {
                            verdict.set(Some((asked, v)));
                        }
                    }
                });
            },
            PAUSE,
        );
        timer.set_value(handle.ok());
    });
    // The server's answer, while it is about what the field holds.
    let current = move || {
        let typed = password.get();
        verdict.with(|v| v.as_ref().filter(|(p, _)| *p == typed).map(|(_, v)| *v))
    };
    let score = move || match current() {
        Some(v) => v.strength,
        None => password.with(|p| Password::strength(p)),
    };
    let label = move || {
        let m = match score() {
            0 => Msg::Strength0,
            1 => Msg::Strength1,
            2 => Msg::Strength2,
            3 => Msg::Strength3,
            _ => Msg::Strength4,
        };
        m.text(i18n.lang())
    };
    let refusal = move || current().and_then(|v| v.refusal).map(|e| e.msg().text(i18n.lang()));
    view! {
        <div class="meter" aria-live="polite">
            <meter min="0" max="4" low="2" high="3" optimum="4" value=move || score().to_string() aria-hidden="true"></meter>
            <span>{move || i18n.fill(Msg::StrengthLabel, &[("level", label())])}</span>
            {move || refusal().map(|r| view! { <small class="reason">{r}</small> })}
        </div>
    }
}
