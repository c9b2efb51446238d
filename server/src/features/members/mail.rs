//! The emails of the members feature that `crate::mail` does not have: blocked and
//! unblocked, permissions changed.

use app::members::api::MemberRow;
use domain::i18n::MembersMsg;
use domain::Lang;

use crate::mail::compose;
use crate::outbox::Email;

pub fn blocked(target: &MemberRow, lang: Lang, actor: &str, org: &str, blocked: bool) -> Email {
    let args = [("actor", actor), ("org", org)];
    let (subject, body) = if blocked {
        (MembersMsg::MailBlockedSubject, MembersMsg::MailBlockedBody)
    } else {
        (MembersMsg::MailUnblockedSubject, MembersMsg::MailUnblockedBody)
    };
    compose(&target.email, lang, Some(&target.first_name), subject.fill(lang, &args), body.fill(lang, &args))
}

/// The summary of a permissions change (MEM-4): each permission as it is now.
pub fn permissions_changed(target: &MemberRow, lang: Lang, actor: &str, org: &str, summary: &str) -> Email {
    let args = [("actor", actor), ("org", org), ("summary", summary)];
    compose(
        &target.email,
        lang,
        Some(&target.first_name),
        MembersMsg::MailPermissionsSubject.fill(lang, &args),
        MembersMsg::MailPermissionsBody.fill(lang, &args),
    )
}
