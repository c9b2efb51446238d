//! Sign-up (ACC-1). Without an invitation: the person, an organization they legally
//! represent, and a confirmation link — with one answer whatever the address, so
//! sign-up reveals no account. From an invitation link: a confirmed account that joins
//! the inviting organization at once.

use app::auth::api::{SignUp, SignUpInput, SignUpOutcome};
use app::error::{Field, Problem};
use app::AppError;
use domain::org_details::{Country, DetailError};
use domain::password::PersonalWords;
use domain::{Email, Lang, Membership, OrgName, Password, PersonName, Role};
use serde_json::json;

use super::{confirmation, store};
use crate::audit::{self, Entry};
use crate::context::Ctx;
use crate::error::Result;
use crate::features::invitations;
use crate::features::organizations::store::{create_organization, insert_membership, load_me};
use crate::ids::new_id;
use crate::org_access::lock_members;
use crate::throttles::{self, rate_limited, Bucket};
use crate::{mail, outbox, sessions};

/// The sign-up form, parsed by the same `domain` types the browser used.
struct NewAccount {
    email: Email,
    first: PersonName,
    last: PersonName,
    password: Password,
    /// Required without an invitation: the new organization is invoiced from it (ORG-4).
    country: Option<Country>,
}

impl NewAccount {
    /// The `users` row of this account.
    fn row<'a>(
        &'a self,
        id: &'a str,
        input: &'a SignUpInput,
        password_hash: &'a str,
        verified_at: Option<i64>,
        now: i64,
    ) -> store::NewUser<'a> {
        store::NewUser {
            id,
            email: self.email.as_str(),
            verified_at,
            password_hash,
            first_name: self.first.as_str(),
            last_name: self.last.as_str(),
            account_type: input.account_type.as_str(),
            lang: input.lang.code(),
            country: self.country.map(Country::code),
            now,
        }
    }
}

fn parse(input: &SignUpInput) -> Result<NewAccount, AppError> {
    let email = Email::parse(&input.email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let first =
        PersonName::parse(&input.first_name).map_err(|e| AppError::invalid(Field::FirstName, Problem::Name(e)))?;
    let last = PersonName::parse(&input.last_name).map_err(|e| AppError::invalid(Field::LastName, Problem::Name(e)))?;
    let personal = PersonalWords { email: Some(email.as_str()), names: vec![first.as_str(), last.as_str()] };
    let password = Password::parse_checked(&input.password, &personal)
        .map_err(|e| AppError::invalid(Field::Password, Problem::Password(e)))?;
    let country = match (input.country.as_deref().map(str::trim).filter(|c| !c.is_empty()), &input.invitation) {
        (Some(code), _) => Some(app::settings::api::parse_country(code)?),
        (None, Some(_)) => None,
        (None, None) => return Err(AppError::invalid(Field::Country, Problem::Detail(DetailError::Empty))),
    };
    Ok(NewAccount { email, first, last, password, country })
}

pub async fn sign_up(cx: Ctx, SignUp { input }: SignUp) -> Result<SignUpOutcome> {
    let now = cx.now();
    let address = cx.request.address_key();
    let mut tx = cx.write().await?;
    throttles::check(&mut tx, Bucket::SignUp, &address, now).await?.map_err(rate_limited)?;
    tx.rollback().await?;
    let account = parse(&input)?;
    let org_name = match (&input.invitation, input.account_type.names_organization_after_person()) {
        (Some(_), _) => None,
        (None, true) => Some(OrgName::for_person(&account.first, &account.last)),
        (None, false) => Some(
            OrgName::parse(input.organization_name.as_deref().unwrap_or(""))
                .map_err(|e| AppError::invalid(Field::OrganizationName, Problem::Name(e)))?,
        ),
    };
    // A place in the hashing queue before the sign-up is counted.
    let ticket = cx.state.hashing().admit()?;
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::SignUp, &address, now).await?;
    tx.commit().await?;
    let hash = ticket.hash(account.password.expose().to_string()).await?;
    match (&input.invitation, org_name) {
        (Some(token), _) => join_by_invitation(&cx, &input, &account, &hash, token).await,
        (None, Some(org_name)) => {
            create_account(&cx, &input, &account, &hash, &org_name).await?;
            Ok(SignUpOutcome::CheckYourEmail { email: account.email.to_string() })
        }
        (None, None) => Err(anyhow::anyhow!("sign-up without organization nor invitation").into()),
    }
}

async fn create_account(
    cx: &Ctx,
    input: &SignUpInput,
    account: &NewAccount,
    hash: &str,
    org_name: &OrgName,
) -> Result<()> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let existing = store::by_email(&mut tx, account.email.as_str()).await?;
    // Never confirmed: whoever signed up with this address before could not prove it.
    // The newest sign-up replaces that account, and its link is the only valid one —
    // unless it got confirmed meanwhile (the discard says so), then it is an account.
    let confirmed = match &existing {
        Some((_, _, _, Some(_))) => true,
        Some((stale_id, _, _, None)) => !store::discard_unconfirmed(&mut tx, stale_id).await?,
        None => false,
    };
    if let (true, Some((_, name, lang, _))) = (confirmed, &existing) {
        // The owner of the address learns of the attempt; the visitor learns nothing.
        let lang = Lang::from_tag(lang).unwrap_or_default();
        let link = cx.config().link("/sign-in");
        outbox::enqueue(&mut tx, cx, mail::already_registered(account.email.as_str(), lang, name, &link)).await?;
        tx.commit().await?;
        cx.state.outbox_bell().notify_one();
        return Ok(());
    }
    let user_id = new_id();
    let org_id = new_id();
    let user = account.row(&user_id, input, hash, None, now);
    match store::insert_user(&mut tx, user).await {
        // Two sign-ups with one address at the same instant: the second gets the same
        // answer as any other, and the first one's link goes out.
        Err(e) if e.is_unique_violation() => return Ok(()),
        other => other?,
    }
    create_organization(&mut tx, &org_id, org_name.as_str(), input.account_type.as_str(), input.lang, now).await?;
    if let Some(country) = account.country {
        crate::features::settings::store::set_country(&mut tx, &org_id, country).await?;
    }
    insert_membership(&mut tx, &org_id, &user_id, &Membership::new(Role::LegalRepresentative, true), now).await?;
    confirmation::issue(&mut tx, cx, &user_id, account.email.as_str(), input.lang, account.first.as_str()).await?;
    let detail = json!({
        "name": org_name.as_str(),
        "kind": input.account_type.as_str(),
        "country": account.country.map(Country::code),
    });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&user_id),
        action: "organization.created",
        target: Some(&org_id),
        detail,
    };
    audit::record(&mut tx, cx, entry).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

/// Sign-up from an invitation link: the link proved the address, so the account is
/// confirmed and joins the inviting organization instead of creating one.
async fn join_by_invitation(
    cx: &Ctx,
    input: &SignUpInput,
    account: &NewAccount,
    hash: &str,
    token: &str,
) -> Result<SignUpOutcome> {
    let now = cx.now();
    let invitation = invitations::store::by_token(cx.pool(), token, now).await?.ok_or(AppError::InvitationInvalid)?;
    if invitation.email != account.email.as_str() {
        return Err(AppError::InvitationOtherEmail.into());
    }
    let mut tx = cx.write().await?;
    if !lock_members(&mut tx, &invitation.org_id).await? {
        return Err(AppError::InvitationInvalid.into());
    }
    // Read again under the lock: it may have been used or revoked meanwhile.
    let invitation = invitations::store::by_token(&mut *tx, token, now).await?.ok_or(AppError::InvitationInvalid)?;
    let account_exists = match store::by_email(&mut tx, account.email.as_str()).await? {
        Some((_, _, _, Some(_))) => true,
        // Confirmed meanwhile when the discard finds it so.
        Some((stale_id, _, _, None)) => !store::discard_unconfirmed(&mut tx, &stale_id).await?,
        None => false,
    };
    if account_exists {
        return Err(AppError::AccountExists.into());
    }
    let user_id = new_id();
    let user = account.row(&user_id, input, hash, Some(now), now);
    match store::insert_user(&mut tx, user).await {
        Err(e) if e.is_unique_violation() => return Err(AppError::AccountExists.into()),
        other => other?,
    }
    invitations::join(&mut tx, cx, &invitation, &user_id).await?;
    sessions::open(&mut tx, cx, &user_id, Some(&invitation.org_id), true).await?;
    tx.commit().await?;
    let me = load_me(cx, &user_id, Some(&invitation.org_id)).await?;
    Ok(SignUpOutcome::SignedIn { me })
}
