//! Invitations addressed to the signed-in user: accept joins the organization and
//! switches to it; decline drops the invitation (MEM-2).

use domain::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::api::{accept_invitation, decline_invitation, my_invitations, InvitationForMe};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::ErrorNotice;

#[component]
pub fn InvitationInbox() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let invitations = RwSignal::new(Vec::<InvitationForMe>::new());
    let error = RwSignal::new(None::<AppError>);
    let reload = move || {
        spawn_local(async move {
            match my_invitations().await {
                Ok(list) => invitations.set(list),
                Err(e) => error.set(Some(e)),
            }
        })
    };
    reload();

    let accept = move |id: String| {
        spawn_local(async move {
            match accept_invitation(id).await {
                Ok(me) => {
                    session.set(Some(me));
                    reload();
                }
                Err(e) => error.set(Some(e)),
            }
        })
    };
    let decline = move |id: String| {
        spawn_local(async move {
            match decline_invitation(id).await {
                Ok(()) => reload(),
                Err(e) => error.set(Some(e)),
            }
        })
    };

    view! {
        <ErrorNotice error/>
        <Show when=move || invitations.with(|l| !l.is_empty())>
            <section class="panel" aria-labelledby="invitations-title">
                <h2 id="invitations-title">{i18n.t(Msg::HomeInvitations)}</h2>
                <ul class="invitation-list">
                    <For each=move || invitations.get() key=|i| i.id.clone() let:inv>
                        {
                            let (a, d) = (inv.id.clone(), inv.id.clone());
                            let line = move || {
                                i18n.fill(
                                    Msg::HomeInvitationLine,
                                    &[("org", &inv.org_name), ("role", inv.role.label().text(i18n.lang()))],
                                )
                            };
                            view! {
                                <li>
                                    <span>{line}</span>
                                    <span class="actions">
                                        <button class="primary" on:click=move |_| accept(a.clone())>{i18n.t(Msg::HomeAccept)}</button>
                                        <button on:click=move |_| decline(d.clone())>{i18n.t(Msg::HomeDecline)}</button>
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
