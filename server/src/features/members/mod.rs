//! An organization's members (MEM-1…MEM-4, MEM-7): the list and role changes here, the
//! invitations managers send in `invitations`. Every body names the organization
//! explicitly and goes through `org_access`.

mod batch;
mod invitations;
mod mail;
mod ops;
mod permissions;
mod remove;
pub mod store;

use store::Direction;

use app::error::{Field, Problem};
use app::members::api::{
    BlockMember, ChangeRole, ListMembers, MemberOp, MemberPage, MemberRow, MemberStatus, PageAt, UnblockMember,
};
use app::AppError;
use domain::Action;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::{LockedOrg, OrgMember};

const PER_PAGE: u32 = 50;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(change_role);
    api.signed_in(block);
    api.signed_in(unblock);
    batch::endpoints(api);
    permissions::endpoints(api);
    invitations::endpoints(api);
    remove::endpoints(api);
}

async fn list(cx: Ctx, caller: Caller, args: ListMembers) -> Result<MemberPage> {
    let ListMembers { org_id, search, role, status, at } = args;
    let search = domain::text::search(&search).map_err(|e| AppError::invalid(Field::Search, Problem::Text(e)))?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewMembers)?;
    // Who has no second factor is for those who manage the organization's security.
    let sees_two_factor = member.authorize(&Action::SendSecurityAlert).is_ok();
    if status == MemberStatus::WithoutTwoFactor {
        member.authorize(&Action::SendSecurityAlert)?;
    }
    let terms = domain::text::search_terms(search);
    let (cursor, direction) = match &at {
        PageAt::First => (None, Direction::Forward),
        PageAt::Last => (None, Direction::Backward),
        PageAt::After(id) | PageAt::Before(id) => {
            let direction = if matches!(at, PageAt::After(_)) { Direction::Forward } else { Direction::Backward };
            // A member who left meanwhile: start from the beginning.
            match store::sort_key(cx.pool(), &org_id, id).await? {
                Some(key) => (Some(key), direction),
                None => (None, Direction::Forward),
            }
        }
    };
    let mut query = store::PageQuery {
        org_id: &org_id,
        terms: &terms,
        role,
        blocked_only: status == MemberStatus::Blocked,
        without_two_factor: status == MemberStatus::WithoutTwoFactor,
        without_external: !member.you.sees_external_users(),
        cursor,
        direction,
        per_page: PER_PAGE,
        postgres: cx.state.is_postgres(),
        few_matches: false,
    };
    let (org_name, legal_representatives, version) = store::org_facts(cx.pool(), &org_id).await?;
    let ((rows, more), total) = if status == MemberStatus::Invited {
        ((Vec::new(), false), 0)
    } else {
        // The count first: it says which way the page is found fastest.
        let total = count(&cx, &query, version).await?;
        query.few_matches = total <= store::FEW_MATCHES;
        (store::page(cx.pool(), &query).await?, total)
    };
    let (has_previous, has_next) = match (query.cursor.is_some(), direction) {
        (false, Direction::Forward) => (false, more),
        (false, Direction::Backward) => (more, false),
        (true, Direction::Forward) => (true, more),
        (true, Direction::Backward) => (more, true),
    };
    let pending = if member.you.role.is_manager()
        && matches!(status, MemberStatus::Any | MemberStatus::Invited)
        && at == PageAt::First
    {
        store::pending(cx.pool(), &org_id, cx.now(), &terms, role).await?
    } else {
        Vec::new()
    };
    Ok(MemberPage {
        members: rows
            .into_iter()
            .map(|r| {
                let mut row = r.into_member()?;
                if !sees_two_factor {
                    row.two_factor = None;
                }
                Ok(row)
            })
            .collect::<Result<_>>()?,
        org_id,
        org_name,
        total,
        has_previous,
        has_next,
        per_page: PER_PAGE,
        legal_representatives: legal_representatives as u32,
        you: member.you,
        your_user_id: caller.user_id,
        pending,
    })
}

/// How many members match. Counting the whole organization reads every one of its index
/// entries (10,000 for a large one); without a search the count only changes with the
/// membership set, so it is kept per version of that set (`organizations.member_version`,
/// bumped by every change of members under their lock).
async fn count(cx: &Ctx, query: &store::PageQuery<'_>, version: i64) -> Result<u64> {
    // Second factors change without the membership set: that count is never kept.
    if !query.terms.is_empty() || query.without_two_factor {
        return store::count(cx.pool(), query).await;
    }
    let key = format!(
        "members:{}:{}:{}:{}",
        query.org_id,
        query.role.map_or("", |r| r.as_str()),
        query.blocked_only,
        query.without_external
    );
    if let Some(n) = cx.state.counts().get(&key, version) {
        return Ok(n);
    }
    let n = store::count(cx.pool(), query).await?;
    cx.state.counts().put(key, version, n);
    Ok(n)
}

async fn change_role(cx: Ctx, caller: Caller, ChangeRole { org_id, user_id, role }: ChangeRole) -> Result<MemberRow> {
    single(cx, caller, &org_id, &user_id, MemberOp::ChangeRole { role }).await
}

async fn block(cx: Ctx, caller: Caller, BlockMember { org_id, user_id }: BlockMember) -> Result<MemberRow> {
    single(cx, caller, &org_id, &user_id, MemberOp::Block).await
}

async fn unblock(cx: Ctx, caller: Caller, UnblockMember { org_id, user_id }: UnblockMember) -> Result<MemberRow> {
    single(cx, caller, &org_id, &user_id, MemberOp::Unblock).await
}

/// One member changed: everything is read under the organization's lock, so two
/// concurrent changes cannot both see "two legal representatives" and both demote.
async fn single(cx: Ctx, caller: Caller, org_id: &str, user_id: &str, op: MemberOp) -> Result<MemberRow> {
    let mut locked = LockedOrg::lock(&cx, &caller, org_id).await?;
    let target =
        store::member(&mut **locked.reader(), org_id, user_id).await?.ok_or(AppError::NotFound)?.into_member()?;
    let legal_representatives = crate::org_access::legal_representatives(&mut **locked.reader(), org_id).await?;
    let mut write = locked.authorize(&ops::action_for(op, &target, &caller, legal_representatives))?;
    let after = ops::apply(&mut write, &cx, &caller, user_id, op).await?;
    write.commit(&cx).await?;
    after.ok_or_else(|| AppError::NotFound.into())
}
