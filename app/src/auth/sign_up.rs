//! The sign-up page (ACC-1). Without an invitation it creates the account and an
//! organization of which the person is the legal representative, then asks to confirm
//! the address; from an invitation link it joins the inviting organization at once.

use domain::i18n::{AuthMsg, SettingsMsg};
use domain::org_details::Country;
use domain::password::PersonalWords;
use domain::{AccountType, Email, Msg, OrgName, Password, PersonName};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::api::{SignUpInput, SignUpOutcome};
use super::field_error::{FieldError, FormErrors};
use super::password_meter::PasswordMeter;
use crate::error::{AppError, Field, Problem};
use crate::i18n::use_i18n;
use crate::invitations::api::{preview_invitation, InvitationPreview};
use crate::session::use_session;
use crate::shell::{ErrorNotice, PublicFrame, SuccessNotice};

/// The same parsing the server does, run before sending so mistakes show at once.
fn check(input: &SignUpInput) -> Result<(), AppError> {
    let email = Email::parse(&input.email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    PersonName::parse(&input.first_name).map_err(|e| AppError::invalid(Field::FirstName, Problem::Name(e)))?;
    PersonName::parse(&input.last_name).map_err(|e| AppError::invalid(Field::LastName, Problem::Name(e)))?;
    if !input.account_type.names_organization_after_person() && input.invitation.is_none() {
        OrgName::parse(input.organization_name.as_deref().unwrap_or(""))
            .map_err(|e| AppError::invalid(Field::OrganizationName, Problem::Name(e)))?;
    }
    let personal = PersonalWords { email: Some(email.as_str()), names: vec![&input.first_name, &input.last_name] };
    Password::parse(&input.password, &personal)
        .map_err(|e| AppError::invalid(Field::Password, Problem::Password(e)))?;
    if input.invitation.is_none() {
        crate::settings::api::parse_country(input.country.as_deref().unwrap_or(""))?;
    }
    Ok(())
}

/// The country the browser's languages name (`fr-CH` → Switzerland), Switzerland
/// otherwise: the person changes it in the form.
pub(crate) fn default_country() -> Country {
    let languages: Vec<String> = window().navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    languages.iter().find_map(|l| Country::from_language_tag(l)).unwrap_or(Country::Ch)
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(AuthMsg::SignUpTitle)().to_string());
    let session = use_session();
    let navigate = use_navigate();
    crate::shop::cart::remember_next();
    let invitation = super::take_link_secret("invitation");

    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let first_name = RwSignal::new(String::new());
    let last_name = RwSignal::new(String::new());
    let account_type = RwSignal::new(AccountType::Individual);
    let organization_name = RwSignal::new(String::new());
    let country = RwSignal::new(default_country());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let preview = RwSignal::new(None::<InvitationPreview>);
    if let Some(token) = invitation.clone() {
        let lookup = Action::new_local(move |token: &String| preview_invitation(token.clone()));
        crate::shell::on_answer(lookup, error, move |p: InvitationPreview| {
            email.set(p.email.clone());
            preview.set(Some(p));
        });
        lookup.dispatch(token);
    }
    let invited = invitation.is_some();
    let sign_up = Action::new_local(|input: &SignUpInput| crate::auth::api::sign_up(input.clone()));
    crate::shell::on_answer(sign_up, error, move |outcome| match outcome {
        SignUpOutcome::SignedIn { me } => session.enter(me, i18n, navigate.clone()),
        SignUpOutcome::CheckYourEmail { email } => {
            done.set(Some(AuthMsg::SignUpCheckEmail.fill(i18n.lang(), &[("email", &email)])));
        }
    });
    let busy = sign_up.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = SignUpInput {
            email: email.get_untracked(),
            password: password.get_untracked(),
            first_name: first_name.get_untracked(),
            last_name: last_name.get_untracked(),
            account_type: account_type.get_untracked(),
            organization_name: Some(organization_name.get_untracked()).filter(|s| !s.trim().is_empty()),
            lang: i18n.lang(),
            country: Some(country.get_untracked().code().to_string()),
            invitation: invitation.clone(),
        };
        if let Err(e) = check(&input) {
            error.set(Some(e));
            return;
        }
        error.set(None);
        sign_up.dispatch(input);
    };

    let invitation_line = move || {
        preview.with(|p| {
            p.as_ref().map(|p| {
                i18n.fill(AuthMsg::SignUpInvited, &[("org", &p.org_name), ("role", p.role.label().text(i18n.lang()))])
            })
        })
    };

    view! {
        <PublicFrame>
            <h1>{i18n.t(AuthMsg::SignUpTitle)}</h1>
            {move || invitation_line().map(|l| view! { <p class="notice info">{l}</p> })}
            <SuccessNotice message=done/>
            <Show when=move || done.with(Option::is_none)>
                <form on:submit=submit.clone() novalidate>
                    <label for="signup-first">{i18n.t(Msg::FieldFirstName)}</label>
                    <input id="signup-first" autocomplete="given-name" required
                        aria-invalid=errors.invalid(Field::FirstName) aria-describedby=errors.described_by(Field::FirstName, "signup-first-error", None)
                        prop:value=first_name on:input=move |ev| first_name.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::FirstName id="signup-first-error"/>
                    <label for="signup-last">{i18n.t(Msg::FieldLastName)}</label>
                    <input id="signup-last" autocomplete="family-name" required
                        aria-invalid=errors.invalid(Field::LastName) aria-describedby=errors.described_by(Field::LastName, "signup-last-error", None)
                        prop:value=last_name on:input=move |ev| last_name.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::LastName id="signup-last-error"/>
                    <Show when=move || !invited>
                        <label for="signup-type">{i18n.t(Msg::FieldAccountType)}</label>
                        <select id="signup-type" on:change=move |ev| {
                            if let Some(t) = AccountType::parse(&event_target_value(&ev)) {
                                account_type.set(t);
                            }
                        }>
                            {AccountType::ALL.into_iter().map(|t| view! {
                                <option value=t.as_str() selected=move || account_type.get() == t>{i18n.t(t.label())}</option>
                            }).collect_view()}
                        </select>
                        <Show when=move || !account_type.get().names_organization_after_person()>
                            <label for="signup-org">{i18n.t(Msg::FieldOrganizationName)}</label>
                            <input id="signup-org" autocomplete="organization" required
                                aria-invalid=errors.invalid(Field::OrganizationName) aria-describedby=errors.described_by(Field::OrganizationName, "signup-org-error", None)
                                prop:value=organization_name on:input=move |ev| organization_name.set(event_target_value(&ev))/>
                            <FieldError errors field=Field::OrganizationName id="signup-org-error"/>
                        </Show>
                    </Show>
                    <label for="signup-country">{i18n.t(SettingsMsg::FieldCountry)}</label>
                    <select id="signup-country" autocomplete="country" aria-describedby="signup-country-help"
                        on:change=move |ev| {
                            if let Some(c) = Country::parse(&event_target_value(&ev)) {
                                country.set(c);
                            }
                        }>
                        {Country::ALL.into_iter().map(|c| view! {
                            <option value=c.code() selected=move || country.get() == c>{i18n.t(c.label())}</option>
                        }).collect_view()}
                    </select>
                    <p id="signup-country-help" class="help">{i18n.t(SettingsMsg::SettingsCurrencyExplain)}</p>
                    <label for="signup-email">{i18n.t(Msg::FieldEmail)}</label>
                    <input id="signup-email" type="email" autocomplete="username" required readonly=invited
                        aria-invalid=errors.invalid(Field::Email) aria-describedby=errors.described_by(Field::Email, "signup-email-error", None)
                        prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Email id="signup-email-error"/>
                    <label for="signup-password">{i18n.t(Msg::FieldPassword)}</label>
                    <input id="signup-password" type="password" autocomplete="new-password" required
                        aria-invalid=errors.invalid(Field::Password) aria-describedby=errors.described_by(Field::Password, "signup-password-error", Some("signup-password-help"))
                        prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Password id="signup-password-error"/>
                    <p id="signup-password-help" class="help">{i18n.t(AuthMsg::SignUpPasswordHelp)}</p>
                    <PasswordMeter password/>
                    <ErrorNotice error=errors.general/>
                    <button type="submit" class="primary" disabled=busy>
                        {move || if invited { i18n.t(AuthMsg::SignUpJoinButton)() } else { i18n.t(AuthMsg::SignUpButton)() }}
                    </button>
                </form>
            </Show>
            <p>{i18n.t(AuthMsg::SignUpHaveAccount)}" "<A href="/sign-in">{i18n.t(AuthMsg::SignInButton)}</A></p>
        </PublicFrame>
    }
}
