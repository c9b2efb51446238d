//! The "Security" section of the organization's settings (SEC-7): the switch that
//! requires two-factor authentication of every member, with a confirmation that says
//! how many members are not compliant yet. Greyed out with the policy's reason for
//! those who may not change it.

use domain::i18n::ActivityMsg;
use domain::{authorize, Action, Membership, Msg, Plural};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::api::{org_security_status, require_two_factor, OrgSecurity};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, Dialog, ErrorNotice, SuccessNotice};

#[component]
pub fn TwoFactorSection(org_id: String, you: Membership) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let state = RwSignal::new(None::<OrgSecurity>);
    let asking = RwSignal::new(None::<bool>);
    let manager = authorize(Some(&you), &Action::SendSecurityAlert);
    if manager.is_err() {
        // Shown, greyed out with the reason: as the session knows it.
        let id = org_id.clone();
        let on = session.me.with_untracked(|m| {
            m.as_ref().is_some_and(|m| m.organizations.iter().any(|o| o.id == id && o.requires_two_factor))
        });
        state.set(Some(OrgSecurity { requires_two_factor: on, without_two_factor: 0 }));
    } else {
        let id = org_id.clone();
        leptos::task::spawn_local(async move {
            match org_security_status(id).await {
                Ok(s) => state.set(Some(s)),
                Err(e) => error.set(Some(e)),
            }
        });
    }
    let saving = leptos::prelude::Action::new_local(move |on: &bool| require_two_factor(org_id.clone(), *on));
    on_answer(saving, error, move |s: OrgSecurity| {
        state.set(Some(s));
        asking.set(None);
        notice.set(Some(i18n.t(ActivityMsg::RequireTwoFactorSaved)().to_string()));
        leptos::task::spawn_local(async move {
            if let Ok(Some(me)) = crate::auth::api::current_user().await {
                session.set(Some(me));
            }
        });
    });
    let you = StoredValue::new(you);
    let required = move || state.with(|s| s.as_ref().is_some_and(|s| s.requires_two_factor));
    // Turning it on needs a second factor of one's own (the server checks it too).
    let verdict = move || {
        let own = session.me.with(|m| m.as_ref().is_some_and(|m| m.two_factor));
        you.with_value(|you| {
            authorize(Some(you), &Action::RequireTwoFactor { on: !required(), actor_has_two_factor: own })
        })
    };
    let reason = move || verdict().err().map(|d| i18n.t(d.msg())());
    let title = Signal::derive(move || {
        let key = if asking.get() == Some(true) {
            ActivityMsg::RequireTwoFactorConfirmTitle
        } else {
            ActivityMsg::RequireTwoFactorStopTitle
        };
        i18n.t(key)().to_string()
    });
    let consequence = move || {
        if asking.get() != Some(true) {
            return i18n.t(ActivityMsg::RequireTwoFactorStopText)().to_string();
        }
        match state.with(|s| s.as_ref().map(|s| s.without_two_factor)).unwrap_or(0) {
            0 => i18n.t(ActivityMsg::RequireTwoFactorAllCompliant)().to_string(),
            n => Plural::ActivityNonCompliant.count(i18n.lang(), n, &[]),
        }
    };
    view! {
        <section class="settings-section org-security" aria-labelledby="settings-security-heading">
            <h2 id="settings-security-heading">{i18n.t(ActivityMsg::OrgSecurityHeading)}</h2>
            <SuccessNotice message=notice/>
            <ErrorNotice error/>
            <label class="check">
                <input type="checkbox" role="switch" id="require-two-factor"
                    aria-describedby="require-two-factor-help require-two-factor-reason"
                    disabled=move || state.with(Option::is_none) || verdict().is_err()
                    prop:checked=required
                    on:change=move |ev| {
                        // The switch moves only once confirmed: until then it shows the
                        // state as saved.
                        let on = event_target_checked(&ev);
                        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
                        if let Some(input) = input {
                            input.set_checked(!on);
                        }
                        asking.set(Some(on));
                    }/>
                {i18n.t(ActivityMsg::RequireTwoFactor)}
            </label>
            <p id="require-two-factor-help" class="help">{i18n.t(ActivityMsg::RequireTwoFactorHelp)}</p>
            <p id="require-two-factor-reason" class="reason">{reason}</p>
            <Show when=move || asking.get().is_some()>
                <Dialog id="require-two-factor-dialog" title
                    on_close=Callback::new(move |()| asking.set(None)) return_to="require-two-factor">
                    <p>{consequence}</p>
                    <div class="dialog-actions">
                        <button type="button" on:click=move |_| asking.set(None)>{i18n.t(Msg::Cancel)}</button>
                        <button type="button" class="primary" disabled=move || saving.pending().get()
                            on:click=move |_| { if let Some(on) = asking.get_untracked() { saving.dispatch(on); } }>
                            {move || if asking.get() == Some(true) {
                                i18n.t(ActivityMsg::RequireTwoFactorConfirm)()
                            } else {
                                i18n.t(ActivityMsg::RequireTwoFactorStop)()
                            }}
                        </button>
                    </div>
                </Dialog>
            </Show>
        </section>
    }
}
