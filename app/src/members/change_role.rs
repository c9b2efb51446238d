//! The change-role dialog (MEM-3, MEM-4): every role with the policy's verdict; the
//! member is told by email once it is done.

use domain::i18n::MembersMsg;
use domain::{authorize, Action, Membership, Msg, Role};
use leptos::prelude::*;

use super::api::{change_role, MemberRow};
use super::role_choice::RoleChoice;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{Dialog, ErrorNotice};

#[component]
pub fn ChangeRoleDialog(
    org_id: String,
    you: Membership,
    member: MemberRow,
    legal_representatives: u32,
    on_changed: Callback<MemberRow>,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let from = member.membership.role;
    let role = RwSignal::new(from);
    let error = RwSignal::new(None::<AppError>);
    let lrs = legal_representatives as usize;
    let target_blocked = member.membership.blocked;
    let action = move |to: Role| Action::ChangeRole { from, to, target_blocked, legal_representatives: lrs };
    let you_for_check = you.clone();
    let allowed = Callback::new(move |to: Role| authorize(Some(&you_for_check), &action(to)));
    let name = member.full_name();
    let user_id = member.user_id.clone();

    let save = leptos::prelude::Action::new_local(move |to: &Role| {
        let (org_id, user_id, to) = (org_id.clone(), user_id.clone(), *to);
        async move { change_role(org_id, user_id, to).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(row)) => on_changed.run(row),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    // The legal representative role is legally significant: granting it is confirmed.
    let confirm_lr = RwSignal::new(false);
    let granting_lr = move || role.get() == Role::LegalRepresentative && from != Role::LegalRepresentative;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let to = role.get_untracked();
        if to == Role::LegalRepresentative && from != to && !confirm_lr.get_untracked() {
            error.set(None);
            return;
        }
        if let Err(reason) = authorize(Some(&you), &action(to)) {
            error.set(Some(AppError::Denied { reason }));
            return;
        }
        error.set(None);
        save.dispatch(to);
    };
    // What the role change does to the other permissions, as the server will apply it.
    let before = member.membership.clone();
    let consequence = move || {
        let after = before.with_role(role.get());
        if before.billing_rights && !after.billing_rights {
            Some(MembersMsg::ChangeRoleLosesPermissions)
        } else if !before.billing_rights && after.billing_rights {
            Some(MembersMsg::ChangeRoleGainsPermissions)
        } else {
            None
        }
    };
    let return_to = format!("kebab-{}", member.user_id);

    let title = Signal::derive(move || i18n.fill(MembersMsg::ChangeRoleTitle, &[("name", &name)]));
    view! {
        <Dialog id="change-role" title on_close return_to>
            <form on:submit=submit novalidate>
                <RoleChoice name="change-role" selected=role allowed current=from/>
                {move || consequence().map(|m| view! { <p class="notice info" role="status">{i18n.t(m)}</p> })}
                <Show when=granting_lr>
                    <div class="notice warning">
                        <p>{i18n.t(MembersMsg::ChangeRoleLrWarning)}</p>
                        <label class="check">
                            <input type="checkbox" prop:checked=confirm_lr on:change=move |ev| confirm_lr.set(event_target_checked(&ev))/>
                            {i18n.t(MembersMsg::ChangeRoleLrConfirm)}
                        </label>
                    </div>
                </Show>
                <ErrorNotice error/>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                    <button type="submit" class="primary" disabled=move || save.pending().get() || role.get() == from || (granting_lr() && !confirm_lr.get())>
                        {i18n.t(Msg::Save)}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
