//! The pending invitations of the organization, for its managers: resend (a fresh link)
//! or revoke, each refused with the reason when the policy says so (MEM-2, MEM-3).

use domain::i18n::MembersMsg;
use domain::{authorize, Action, Membership};
use leptos::prelude::*;

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
    let dates = crate::dates::use_dates();
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
            let resending = leptos::prelude::Action::new_local(move |_: &()| resend_invitation(org_a.clone(), id_a.clone()));
            let revoking = leptos::prelude::Action::new_local(move |_: &()| revoke_invitation(org_b.clone(), id_b.clone()));
            Effect::new(move |_| match resending.value().get() {
                Some(Ok(_)) => on_changed.run(MembersMsg::InvitationResent.fill(i18n.lang(), &[("email", &email_a)])),
                Some(Err(e)) => on_error.run(e),
                None => {}
            });
            Effect::new(move |_| match revoking.value().get() {
                Some(Ok(())) => on_changed.run(MembersMsg::InvitationRevoked.fill(i18n.lang(), &[("email", &email_b)])),
                Some(Err(e)) => on_error.run(e),
                None => {}
            });
            let resend = move |_| {
                resending.dispatch(());
            };
            let revoke = move |_| {
                revoking.dispatch(());
            };
            let role = p.role;
            let expires_at = p.expires_at;
            let (resend_label, revoke_label) = (
                MembersMsg::MembersResendFor.fill(i18n.lang(), &[("email", &p.email)]),
                MembersMsg::MembersRevokeFor.fill(i18n.lang(), &[("email", &p.email)]),
            );
            let described = reason.is_some().then(|| reason_id.clone());
            view! {
                <li>
                    <span class="pending-who">
                        <span>{p.email.clone()}</span>
                        <small>{move || i18n.fill(MembersMsg::MembersInvitedAs, &[("role", role.label().text(i18n.lang()))])}</small>
                        <small>{move || i18n.fill(MembersMsg::MembersInvitationExpires, &[("date", &dates(expires_at, crate::dates::Shown::Date))])}</small>
                        {reason.map(|r| view! { <small id=reason_id class="reason">{r}</small> })}
                    </span>
                    <span class="actions">
                        <button disabled=disabled aria-describedby=described.clone() on:click=resend
                            aria-label=resend_label>
                            {i18n.t(MembersMsg::MembersResend)}
                        </button>
                        <button disabled=disabled aria-describedby=described on:click=revoke
                            aria-label=revoke_label>
                            {i18n.t(MembersMsg::MembersRevoke)}
                        </button>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="pending-title">
            <h2 id="pending-title">{i18n.t(MembersMsg::MembersPending)}</h2>
            <ul class="pending-list">{items}</ul>
        </section>
    }
}
