//! A member's permissions (MEM-1): billing rights, the administrative emails, and for
//! collaborators and external users the products they may manage. Loaded from the
//! server, saved in one request; the member gets a summary email.

use domain::i18n::MembersMsg;
use domain::membership::AdminEmails;
use domain::Msg;
use leptos::prelude::*;

use super::api::{member_permissions_of, set_permissions, MemberRow};
use super::products::ProductChecklist;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{on_answer, Dialog, ErrorNotice};

#[component]
pub fn PermissionsDialog(
    org_id: String,
    member: MemberRow,
    on_saved: Callback<MemberRow>,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<AppError>);
    let m = member.membership.clone();
    let manager = m.role.is_manager();
    let billing = RwSignal::new(m.billing_rights);
    let mail_billing = RwSignal::new(m.admin_emails.billing);
    let mail_technical = RwSignal::new(m.admin_emails.technical);
    let mail_security = RwSignal::new(m.admin_emails.security);
    let products = RwSignal::new(Vec::new());
    let granted = RwSignal::new(Vec::<String>::new());
    let loaded = LocalResource::new({
        let (org_id, user_id) = (org_id.clone(), member.user_id.clone());
        move || member_permissions_of(org_id.clone(), user_id.clone())
    });
    Effect::new(move |_| match loaded.get() {
        Some(Ok(p)) => {
            granted.set(p.products.iter().filter(|c| c.granted).map(|c| c.id.clone()).collect());
            products.set(p.products);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let user_id = member.user_id.clone();
    let saving = leptos::prelude::Action::new_local(move |_: &()| {
        let emails = AdminEmails {
            billing: mail_billing.get_untracked(),
            technical: mail_technical.get_untracked(),
            security: mail_security.get_untracked(),
        };
        set_permissions(org_id.clone(), user_id.clone(), billing.get_untracked(), emails, granted.get_untracked())
    });
    on_answer(saving, error, move |row| on_saved.run(row));
    let name = member.full_name();
    let title = Signal::derive(move || i18n.fill(MembersMsg::PermissionsTitle, &[("name", &name)]));
    let check = move |label: MembersMsg, value: RwSignal<bool>, locked: bool| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=value disabled=locked
                    on:change=move |ev| value.set(event_target_checked(&ev))/>
                {i18n.t(label)}
            </label>
        }
    };
    view! {
        <Dialog id="permissions" title on_close return_to=format!("kebab-{}", member.user_id)>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); saving.dispatch(()); }>
                <fieldset>
                    <legend>{i18n.t(MembersMsg::PermissionsBilling)}</legend>
                    {check(MembersMsg::PermissionBilling, billing, manager)}
                    {manager.then(|| view! { <small class="reason">{i18n.t(MembersMsg::PermissionsManagersBill)}</small> })}
                </fieldset>
                <fieldset>
                    <legend>{i18n.t(MembersMsg::PermissionsEmails)}</legend>
                    {check(MembersMsg::PermissionMailBilling, mail_billing, false)}
                    {check(MembersMsg::PermissionMailTechnical, mail_technical, false)}
                    {check(MembersMsg::PermissionMailSecurity, mail_security, false)}
                </fieldset>
                <fieldset>
                    <legend>{i18n.t(MembersMsg::PermissionProducts)}</legend>
                    {move || if manager {
                        view! { <p class="muted">{i18n.t(MembersMsg::PermissionsManagersAll)}</p> }.into_any()
                    } else {
                        view! { <ProductChecklist products=products.get() granted/> }.into_any()
                    }}
                </fieldset>
                <ErrorNotice error/>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                    <button type="submit" class="primary" disabled=move || saving.pending().get()>{i18n.t(Msg::Save)}</button>
                </div>
            </form>
        </Dialog>
    }
}
