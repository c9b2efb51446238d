//! The strength meter under a new password (ACC-5): the policy decides, the meter
//! encourages longer pass-phrases.

use domain::{Msg, Password};
use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn PasswordMeter(password: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let score = move || password.with(|p| Password::strength(p));
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
    view! {
        <div class="meter" aria-live="polite">
            <meter min="0" max="4" low="2" high="3" optimum="4" value=move || score().to_string() aria-hidden="true"></meter>
            <span>{move || i18n.fill(Msg::StrengthLabel, &[("level", label())])}</span>
        </div>
    }
}
