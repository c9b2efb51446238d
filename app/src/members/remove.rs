//! The confirmation before removing a member (MEM-5): what it means for them, then the
//! server's verdict. Offered only when `domain::authorize` allows it.

use domain::i18n::MembersMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api::{remove_member, MemberRow};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{on_answer, Dialog, ErrorNotice};

#[component]
pub fn RemoveDialog(
    org_id: String,
    org_name: String,
    member: MemberRow,
    /// Called with the removed member's name once it is done.
    on_removed: Callback<String>,
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<AppError>);
    let name = member.full_name();
    let user_id = member.user_id.clone();
    let removing = Action::new_local(move |_: &()| remove_member(org_id.clone(), user_id.clone()));
    let done_name = name.clone();
    on_answer(removing, error, move |()| on_removed.run(done_name.clone()));
    let title_name = name.clone();
    let title = Signal::derive(move || i18n.fill(MembersMsg::MembersRemoveTitle, &[("name", &title_name)]));
    let explain = move || i18n.fill(MembersMsg::MembersRemoveExplain, &[("name", &name), ("org", &org_name)]);
    let return_to = format!("kebab-{}", member.user_id);
    view! {
        <Dialog id="remove-member" title on_close return_to>
            <p>{explain}</p>
            <ErrorNotice error/>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                <button type="button" class="danger" disabled=move || removing.pending().get()
                    on:click=move |_| { removing.dispatch(()); }>
                    {i18n.t(MembersMsg::MembersRemoveConfirm)}
                </button>
            </div>
        </Dialog>
    }
}
