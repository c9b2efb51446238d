//! A choice of role as radio buttons: the roles the actor may not choose are disabled,
//! each with the reason `domain::authorize` gave, so nobody wonders why.

use domain::i18n::MembersMsg;
use domain::{Denied, Msg, Role};
use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn RoleChoice(
    /// A name unique in the page, for the radio group.
    name: &'static str,
    selected: RwSignal<Role>,
    /// The policy's answer for each role.
    allowed: Callback<Role, Result<(), Denied>>,
    /// The member's role now, marked as such (changing a role only).
    #[prop(optional)]
    current: Option<Role>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="role-choice">
            <legend>{i18n.t(Msg::FieldRole)}</legend>
            {Role::ALL
                .into_iter()
                .map(|role| {
                    let verdict = allowed.run(role);
                    let disabled = verdict.is_err();
                    let id = format!("{name}-{}", role.as_str());
                    let reason_id = format!("{id}-reason");
                    let described = format!("{id}-help {reason_id}");
                    let help_id = format!("{id}-help");
                    view! {
                        <div class="role-option" class:disabled=disabled>
                            <input
                                type="radio"
                                id=id.clone()
                                name=name
                                value=role.as_str()
                                disabled=disabled
                                aria-describedby=described
                                prop:checked=move || selected.get() == role
                                on:change=move |_| selected.set(role)
                            />
                            <label for=id>
                                <span class="role-name">{i18n.t(role.label())}</span>
                                {(current == Some(role)).then(|| view! { <span class="tag">{i18n.t(MembersMsg::ChangeRoleCurrent)}</span> })}
                                <small id=help_id class="help">{i18n.t(role.description())}</small>
                                {verdict.err().map(|d| view! { <small id=reason_id class="reason">{i18n.t(d.msg())}</small> })}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
