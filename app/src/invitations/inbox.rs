//! Invitations addressed to the signed-in user: accept joins the organization and
//! switches to it; decline drops the invitation (MEM-2).

use domain::i18n::HomeMsg;
use leptos::prelude::*;

use super::api::{accept_invitation, decline_invitation, my_invitations};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::ErrorNotice;

#[component]
pub fn InvitationInbox() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let version = RwSignal::new(0u32);
    let error = RwSignal::new(None::<AppError>);
    let mine = LocalResource::new(move || {
        version.track();
        my_invitations()
    });
    let invitations = Signal::derive(move || mine.get().and_then(Result::ok).unwrap_or_default());
    Effect::new(move |_| {
        if let Some(Err(e)) = mine.get() {
            error.set(Some(e));
        }
    });
    let reload = move || version.update(|v| *v += 1);

    let accepting = Action::new_local(|id: &String| accept_invitation(id.clone()));
    crate::shell::on_answer(accepting, error, move |me| {
        session.set(Some(me));
        reload();
    });
    let declining = Action::new_local(|id: &String| decline_invitation(id.clone()));
    crate::shell::on_answer(declining, error, move |()| reload());
    let accept = move |id: String| {
        accepting.dispatch(id);
    };
    let decline = move |id: String| {
        declining.dispatch(id);
    };

    view! {
        <ErrorNotice error/>
        <Show when=move || invitations.with(|l| !l.is_empty())>
            <section class="panel" aria-labelledby="invitations-title">
                <h2 id="invitations-title">{i18n.t(HomeMsg::HomeInvitations)}</h2>
                <ul class="invitation-list">
                    <For each=move || invitations.get() key=|i| i.id.clone() let:inv>
                        {
                            let (a, d) = (inv.id.clone(), inv.id.clone());
                            let line = move || {
                                i18n.fill(
                                    HomeMsg::HomeInvitationLine,
                                    &[("org", &inv.org_name), ("role", inv.role.label().text(i18n.lang()))],
                                )
                            };
                            view! {
                                <li>
                                    <span>{line}</span>
                                    <span class="actions">
                                        <button class="primary" on:click=move |_| accept(a.clone())>{i18n.t(HomeMsg::HomeAccept)}</button>
                                        <button on:click=move |_| decline(d.clone())>{i18n.t(HomeMsg::HomeDecline)}</button>
                                    </span>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
