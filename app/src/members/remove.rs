//! The confirmation before removing a member (MEM-5): what it means for them and for the
//! products they manage, the password typed again, a confirmation box, a red button;
//! then the server's verdict. Offered only when `domain::authorize` allows it.

use domain::i18n::MembersMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api::{remove_member, MemberRow};
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
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
    let errors = FormErrors::new(error);
    let name = member.full_name();
    let user_id = member.user_id.clone();
    let password = RwSignal::new(String::new());
    let confirmed = RwSignal::new(false);
    let removing =
        Action::new_local(move |password: &String| remove_member(org_id.clone(), user_id.clone(), password.clone()));
    let done_name = name.clone();
    on_answer(removing, error, move |()| on_removed.run(done_name.clone()));
    let title_name = name.clone();
    let title = Signal::derive(move || i18n.fill(MembersMsg::MembersRemoveTitle, &[("name", &title_name)]));
    let explain = move || i18n.fill(MembersMsg::MembersRemoveExplain, &[("name", &name), ("org", &org_name)]);
    let return_to = format!("kebab-{}", member.user_id);
    let products = member.product_access;
    let products_note =
        (products > 0).then(|| domain::Plural::MembersProductAccessEnds.count(i18n.lang(), u64::from(products), &[]));
    view! {
        <Dialog id="remove-member" title on_close return_to>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if confirmed.get_untracked() {
                    removing.dispatch(password.get_untracked());
                }
            }>
                <p>{explain}</p>
                {products_note.map(|note| view! { <p class="notice info">{note}</p> })}
                <label for="remove-password">{i18n.t(MembersMsg::MembersRemovePassword)}</label>
                <input id="remove-password" type="password" autocomplete="current-password" required
                    aria-invalid=errors.invalid(Field::Password)
                    aria-describedby=errors.described_by(Field::Password, "remove-password-error", None)
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Password id="remove-password-error"/>
                <label class="check">
                    <input type="checkbox" prop:checked=confirmed on:change=move |ev| confirmed.set(event_target_checked(&ev))/>
                    {i18n.t(MembersMsg::MembersRemoveTick)}
                </label>
                <ErrorNotice error=errors.general/>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                    <button type="submit" class="danger"
                        disabled=move || removing.pending().get() || !confirmed.get() || password.with(String::is_empty)>
                        {i18n.t(MembersMsg::MembersRemoveConfirm)}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
