//! The pending invitations of the organization, for its managers: resend (a fresh link)
//! or revoke, each refused with the reason when the policy says so (MEM-2, MEM-3).

use domain::{authorize, Action, Membership, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::api::{resend_invitation, revoke_invitation, PendingInvitation};
use crate::error::AppError;
use crate::i18n::use_i18n;

#[component]
pub fn PendingInvitations(
    org_id: String,
    you: Membership,
    pending: Vec<PendingInvitation>,
    /// Called with a confirmation to show once an invitation changed.
    on_changed: Callback<String>,
    on_error: Callback<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items = pending
        .into_iter()
        .map(|p| {
            let verdict = authorize(Some(&you), &Action::ManageInvitation { role: p.role });
            let reason = verdict.err().map(|d| i18n.t(d.msg()));
            let disabled = reason.is_some();
            let reason_id = format!("invitation-{}-reason", p.id);
            let (org_a, org_b) = (org_id.clone(), org_id.clone());
            let (id_a, id_b) = (p.id.clone(), p.id.clone());
            let (email_a, email_b) = (p.email.clone(), p.email.clone());
            let resend = move |_| {
                let (org, id, email) = (org_a.clone(), id_a.clone(), email_a.clone());
                spawn_local(async move {
                    match resend_invitation(org, id).await {
                        Ok(_) => on_changed.run(Msg::InvitationResent.fill(i18n.lang(), &[("email", &email)])),
                        Err(e) => on_error.run(e),
                    }
                });
            };
            let revoke = move |_| {
                let (org, id, email) = (org_b.clone(), id_b.clone(), email_b.clone());
                spawn_local(async move {
                    match revoke_invitation(org, id).await {
                        Ok(()) => on_changed.run(Msg::InvitationRevoked.fill(i18n.lang(), &[("email", &email)])),
                        Err(e) => on_error.run(e),
                    }
                });
            };
            let role = p.role;
            let (resend_label, revoke_label) = (
                Msg::MembersResendFor.fill(i18n.lang(), &[("email", &p.email)]),
                Msg::MembersRevokeFor.fill(i18n.lang(), &[("email", &p.email)]),
            );
            let described = reason.is_some().then(|| reason_id.clone());
            view! {
                <li>
                    <span class="pending-who">
                        <span>{p.email.clone()}</span>
                        <small>{move || i18n.fill(Msg::MembersInvitedAs, &[("role", role.label().text(i18n.lang()))])}</small>
                        {reason.map(|r| view! { <small id=reason_id class="reason">{r}</small> })}
                    </span>
                    <span class="actions">
                        <button disabled=disabled aria-describedby=described.clone() on:click=resend
                            aria-label=resend_label>
                            {i18n.t(Msg::MembersResend)}
                        </button>
                        <button disabled=disabled aria-describedby=described on:click=revoke
                            aria-label=revoke_label>
                            {i18n.t(Msg::MembersRevoke)}
                        </button>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="pending-title">
            <h2 id="pending-title">{i18n.t(Msg::MembersPending)}</h2>
            <ul class="pending-list">{items}</ul>
        </section>
    }
}
