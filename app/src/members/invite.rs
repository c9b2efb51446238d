//! The invite dialog (MEM-2, MEM-3): an email and a role; roles the actor may not grant
//! are shown disabled with the reason.

use domain::i18n::MembersMsg;
use domain::{authorize, Action, Email, Membership, Msg, Role};
use leptos::prelude::*;

use super::api::invite_member;
use super::products::ProductChecklist;
use super::role_choice::RoleChoice;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field, Problem};
use crate::i18n::use_i18n;
use crate::shell::{Dialog, ErrorNotice};

#[component]
pub fn InviteDialog(
    org_id: String,
    you: Membership,
    /// Called with the invited address once the invitation is sent.
    on_sent: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Collaborator);
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let billing = RwSignal::new(false);
    let granted = RwSignal::new(Vec::<String>::new());
    let products = LocalResource::new({
        let org_id = org_id.clone();
        move || super::api::organization_products(org_id.clone())
    });
    let invite = leptos::prelude::Action::new_local(move |(address, role, billing): &(String, Role, bool)| {
        // Product access is for limited members; managers manage every product.
        let products = if role.is_manager() { Vec::new() } else { granted.get_untracked() };
        invite_member(org_id.clone(), address.clone(), *role, *billing, products)
    });
    crate::shell::on_answer(invite, error, move |inv: super::api::PendingInvitation| on_sent.run(inv.email));
    let busy = invite.pending();
    let you_for_check = you.clone();
    let allowed = Callback::new(move |r: Role| authorize(Some(&you_for_check), &Action::InviteMember { role: r }));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let address = email.get_untracked();
        if let Err(e) = Email::parse(&address) {
            error.set(Some(AppError::invalid(Field::Email, Problem::Email(e))));
            return;
        }
        if let Err(reason) = authorize(Some(&you), &Action::InviteMember { role: role.get_untracked() }) {
            error.set(Some(AppError::Denied { reason }));
            return;
        }
        invite.dispatch((address, role.get_untracked(), billing.get_untracked()));
    };

    view! {
        <Dialog id="invite" title=Signal::derive(move || i18n.t(MembersMsg::InviteTitle)().to_string()) on_close>
            <form on:submit=submit novalidate>
                <label for="invite-email">{i18n.t(Msg::FieldEmail)}</label>
                <input id="invite-email" type="email" required
                    aria-invalid=errors.invalid(Field::Email)
                    aria-describedby=errors.described_by(Field::Email, "invite-email-error", None)
                    prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Email id="invite-email-error"/>
                <RoleChoice name="invite-role" selected=role allowed/>
                // Managers always have billing rights: the choice is for limited members.
                <Show when=move || !role.get().is_manager()>
                    <label class="check">
                        <input type="checkbox" prop:checked=billing on:change=move |ev| billing.set(event_target_checked(&ev))/>
                        {i18n.t(MembersMsg::PermissionBilling)}
                    </label>
                </Show>
                <Show when=move || !role.get().is_manager()>
                    <fieldset>
                        <legend>{i18n.t(MembersMsg::PermissionProducts)}</legend>
                        {move || products.get().map(|answer| {
                            view! { <ProductChecklist products=answer.unwrap_or_default() granted/> }
                        })}
                    </fieldset>
                </Show>
                <p class="muted">{i18n.t(MembersMsg::InviteExpiry)}</p>
                <ErrorNotice error=errors.general/>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                    <button type="submit" class="primary" disabled=busy>{i18n.t(MembersMsg::InviteSend)}</button>
                </div>
            </form>
        </Dialog>
    }
}
