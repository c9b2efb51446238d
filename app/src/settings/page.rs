//! The settings page of an organization (`/o/<id>/settings`): details and postal
//! address with the currency it decides (ORG-3, ORG-4; legal representatives edit,
//! others read with the reason), extra billing addresses, and the header square and
//! logos (ORG-5; legal representatives and administrators). A link to delete the
//! organization closes the page for those who may.

use base64::Engine;
use domain::i18n::SettingsMsg;
use domain::org_details::{
    Country, LogoError, LogoKind, OrgColor, CITY_MAX_CHARS, LABEL_MAX_CHARS, LOGO_MAX_BYTES, PHONE_MAX_CHARS,
    POSTCODE_MAX_CHARS, STREET_MAX_CHARS,
};
use domain::{authorize, AccountType, Action, Lang, Msg, OrgName};
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use super::api::{
    add_billing_address, customize, get_settings, parse_billing, parse_details, remove_billing_address, remove_logo,
    update_billing_address, update_details, upload_logo, BillingAddress, BillingAddressInput, DetailsInput,
    OrgSettings,
};
use super::square::square_view;
use crate::error::{AppError, Field, Problem};
use crate::i18n::{use_i18n, I18n};
use crate::organizations::{org_path, use_org};
use crate::session::use_session;
use crate::shell::{use_title, SuccessNotice};

/// Asks the server for the session again, so the header shows a new name or square.
fn refresh_session() {
    let session = use_session();
    leptos::task::spawn_local(async move {
        if let Ok(Some(me)) = crate::auth::api::current_user().await {
            session.set(Some(me));
        }
    });
}

/// Moves the focus to the field an error names, if it is on the page.
fn focus_field(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The error of one field, if the error names it.
fn problem_of(error: RwSignal<Option<AppError>>, field: Field, i18n: I18n) -> Option<String> {
    error.with(|e| match e {
        Some(AppError::Invalid { field: f, problem }) if *f == field => Some(problem.text(i18n.lang()).to_string()),
        _ => None,
    })
}

/// An error that names none of `fields` (a refusal, a network failure): shown above the
/// form's button.
#[component]
fn FormError(error: RwSignal<Option<AppError>>, fields: &'static [Field]) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.with(|e| match e {
            Some(AppError::Invalid { field, .. }) if fields.contains(field) => None,
            Some(e) => Some(view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }),
            None => None,
        })
    }
}

/// A labelled text input whose error, if any, is named next to it.
#[component]
fn TextField(
    id: String,
    label: Signal<String>,
    value: RwSignal<String>,
    field: Field,
    error: RwSignal<Option<AppError>>,
    maxlength: usize,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] help: Option<SettingsMsg>,
    #[prop(optional)] input_type: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let problem = move || problem_of(error, field, i18n);
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let described = {
        let (error_id, help_id) = (error_id.clone(), help_id.clone());
        move || {
            let mut ids = Vec::new();
            if help.is_some() {
                ids.push(help_id.clone());
            }
            if problem().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <label for=id.clone()>{label}</label>
        <input id=id type=input_type.unwrap_or("text") maxlength=maxlength autocomplete=autocomplete
            aria-invalid=move || problem().is_some().then_some("true")
            aria-describedby=described
            prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
        {help.map(|h| view! { <p id=help_id class="help">{i18n.t(h)}</p> })}
        {move || problem().map(|p| view! { <p id=error_id.clone() class="field-error">{p}</p> })}
    }
}

/// The country select of an address form.
#[component]
fn CountrySelect(id: String, value: RwSignal<String>, error: RwSignal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let problem = move || problem_of(error, Field::Country, i18n);
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || problem().is_some().then(|| error_id.clone())
    };
    view! {
        <label for=id.clone()>{i18n.t(SettingsMsg::FieldCountry)}</label>
        <select id=id autocomplete="country"
            aria-invalid=move || problem().is_some().then_some("true")
            aria-describedby=described
            on:change=move |ev| value.set(event_target_value(&ev))>
            <option value="" disabled=true selected=move || value.get().is_empty()>{i18n.t(SettingsMsg::SettingsNotSet)}</option>
            {Country::ALL.into_iter().map(|c| view! {
                <option value=c.code() selected=move || value.get() == c.code()>{i18n.t(c.label())}</option>
            }).collect_view()}
        </select>
        {move || problem().map(|p| view! { <p id=error_id.clone() class="field-error">{p}</p> })}
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    let data = RwSignal::new(None::<OrgSettings>);
    let error = RwSignal::new(None::<AppError>);
    let details_notice = RwSignal::new(None::<String>);
    let billing_notice = RwSignal::new(None::<String>);
    let appearance_notice = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let id = org.id.get();
        data.set(None);
        leptos::task::spawn_local(async move {
            match get_settings(id).await {
                Ok(s) => {
                    error.set(None);
                    data.set(Some(s));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let org_name = move || data.with(|d| d.as_ref().map(|d| d.details.name.clone()).unwrap_or_default());
    use_title(move || i18n.fill(SettingsMsg::SettingsTitle, &[("org", &org_name())]));

    view! {
        <div class="settings-page">
            <h1>{move || i18n.fill(SettingsMsg::SettingsTitle, &[("org", &org_name())])}</h1>
            <FormError error fields=&[]/>
            {move || data.get().map(|s| {
                let may_delete = authorize(Some(&s.you), &Action::DeleteOrganization).is_ok();
                let delete = org_path(&s.org_id, "/delete");
                view! {
                    <DetailsSection settings=s.clone() data notice=details_notice/>
                    <BillingSection settings=s.clone() data notice=billing_notice/>
                    <crate::org_security::TwoFactorSection org_id=s.org_id.clone() you=s.you.clone()/>
                    <crate::integrations::section::IntegrationsSection org_id=s.org_id.clone() you=s.you.clone()/>
                    <AppearanceSection settings=s data notice=appearance_notice/>
                    <Show when=move || may_delete>
                        <p class="settings-delete"><A href=delete.clone() attr:class="danger-link">{i18n.t(SettingsMsg::DeleteLink)}</A></p>
                    </Show>
                }
            })}
        </div>
    }
}

const DETAIL_FIELDS: &[Field] =
    &[Field::OrganizationName, Field::Country, Field::Street, Field::Postcode, Field::City, Field::Phone];

fn field_id(field: Field) -> &'static str {
    match field {
        Field::OrganizationName => "settings-name",
        Field::Country => "settings-country",
        Field::Street => "settings-street",
        Field::Postcode => "settings-postcode",
        Field::City => "settings-city",
        Field::Phone => "settings-phone",
        _ => "settings-name",
    }
}

#[component]
fn DetailsSection(
    settings: OrgSettings,
    data: RwSignal<Option<OrgSettings>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let d = settings.details.clone();
    let currency_now = d.currency;
    let org_id = settings.org_id.clone();
    let verdict = authorize(Some(&settings.you), &Action::EditOrganization);
    let not_set =
        move |s: &str| if s.is_empty() { i18n.t(SettingsMsg::SettingsNotSet)().to_string() } else { s.to_string() };

    let body = match verdict {
        Err(reason) => {
            let country = d.country.map(|c| i18n.t(c.label())().to_string()).unwrap_or_else(|| not_set(""));
            view! {
                <p id="details-reason" class="reason">{i18n.t(reason.msg())}</p>
                <dl class="facts" aria-describedby="details-reason">
                    <dt>{i18n.t(Msg::FieldOrganizationName)}</dt><dd>{d.name.clone()}</dd>
                    <dt>{i18n.t(SettingsMsg::FieldKind)}</dt><dd>{i18n.t(d.kind.label())}</dd>
                    <dt>{i18n.t(SettingsMsg::SettingsPostalAddress)}</dt>
                    <dd class="address">
                        {not_set(&d.street)}<br/>{format!("{} {}", d.postcode, d.city)}<br/>{country}
                    </dd>
                    <dt>{i18n.t(SettingsMsg::FieldPhone)}</dt><dd>{not_set(&d.phone)}</dd>
                    <dt>{i18n.t(SettingsMsg::SettingsCurrency)}</dt><dd id="settings-currency">{currency_now.code()}</dd>
                    <dt>{i18n.t(SettingsMsg::FieldInvoiceLanguage)}</dt><dd lang=d.lang.code()>{d.lang.native_name()}</dd>
                </dl>
            }
            .into_any()
        }
        Ok(()) => {
            let name = RwSignal::new(d.name.clone());
            let kind = RwSignal::new(d.kind);
            let country = RwSignal::new(d.country.map(|c| c.code().to_string()).unwrap_or_default());
            let street = RwSignal::new(d.street.clone());
            let postcode = RwSignal::new(d.postcode.clone());
            let city = RwSignal::new(d.city.clone());
            let phone = RwSignal::new(d.phone.clone());
            let invoice_lang = RwSignal::new(d.lang);
            let error = RwSignal::new(None::<AppError>);
            let save = leptos::prelude::Action::new_local(move |input: &(String, DetailsInput)| {
                let (org_id, input) = input.clone();
                async move { update_details(org_id, input).await }
            });
            Effect::new(move |_| match save.value().get() {
                Some(Ok(s)) => {
                    error.set(None);
                    notice.set(Some(i18n.t(SettingsMsg::SettingsSaved)().to_string()));
                    data.set(Some(s));
                    refresh_session();
                }
                Some(Err(e)) => {
                    if let AppError::Invalid { field, .. } = &e {
                        focus_field(field_id(*field));
                    }
                    error.set(Some(e));
                }
                None => {}
            });
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                notice.set(None);
                let input = DetailsInput {
                    name: name.get_untracked(),
                    kind: kind.get_untracked(),
                    country: country.get_untracked(),
                    street: street.get_untracked(),
                    postcode: postcode.get_untracked(),
                    city: city.get_untracked(),
                    phone: phone.get_untracked(),
                    lang: Some(invoice_lang.get_untracked()),
                };
                if let Err(e) = parse_details(&input) {
                    if let AppError::Invalid { field, .. } = &e {
                        focus_field(field_id(*field));
                    }
                    error.set(Some(e));
                    return;
                }
                error.set(None);
                save.dispatch((org_id.clone(), input));
            };
            let currency = move || Country::parse(&country.get()).map(|c| c.currency()).unwrap_or(currency_now).code();
            let label = |m: SettingsMsg| Signal::derive(move || i18n.t(m)().to_string());
            view! {
                <form on:submit=submit novalidate>
                    <TextField id="settings-name".into() label=Signal::derive(move || i18n.t(Msg::FieldOrganizationName)().to_string())
                        value=name field=Field::OrganizationName error maxlength=OrgName::MAX_LEN autocomplete="organization"/>
                    <label for="settings-kind">{i18n.t(SettingsMsg::FieldKind)}</label>
                    <select id="settings-kind" on:change=move |ev| {
                        if let Some(t) = AccountType::parse(&event_target_value(&ev)) {
                            kind.set(t);
                        }
                    }>
                        {AccountType::ALL.into_iter().map(|t| view! {
                            <option value=t.as_str() selected=move || kind.get() == t>{i18n.t(t.label())}</option>
                        }).collect_view()}
                    </select>
                    <fieldset class="address-fields">
                        <legend>{i18n.t(SettingsMsg::SettingsPostalAddress)}</legend>
                        <CountrySelect id="settings-country".into() value=country error/>
                        <TextField id="settings-street".into() label=label(SettingsMsg::FieldStreet) value=street
                            field=Field::Street error maxlength=STREET_MAX_CHARS autocomplete="street-address"/>
                        <div class="postcode-city">
                            <div>
                                <TextField id="settings-postcode".into() label=label(SettingsMsg::FieldPostcode) value=postcode
                                    field=Field::Postcode error maxlength=POSTCODE_MAX_CHARS autocomplete="postal-code"/>
                            </div>
                            <div>
                                <TextField id="settings-city".into() label=label(SettingsMsg::FieldCity) value=city
                                    field=Field::City error maxlength=CITY_MAX_CHARS autocomplete="address-level2"/>
                            </div>
                        </div>
                    </fieldset>
                    <p class="currency" aria-live="polite">
                        <span>{i18n.t(SettingsMsg::SettingsCurrency)}": "</span>
                        <strong id="settings-currency">{currency}</strong>
                        <small class="help">{i18n.t(SettingsMsg::SettingsCurrencyExplain)}</small>
                    </p>
                    <TextField id="settings-phone".into() label=label(SettingsMsg::FieldPhone) value=phone
                        field=Field::Phone error maxlength=PHONE_MAX_CHARS autocomplete="tel" input_type="tel"
                        help=SettingsMsg::SettingsPhoneHelp/>
                    <div>
                        <label for="settings-invoice-lang">{i18n.t(SettingsMsg::FieldInvoiceLanguage)}</label>
                        <select id="settings-invoice-lang" aria-describedby="settings-invoice-lang-help"
                            on:change=move |ev| {
                                if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                                    invoice_lang.set(l);
                                }
                            }>
                            {Lang::ALL
                                .into_iter()
                                .map(|l| view! {
                                    <option value=l.code() lang=l.code() selected=move || invoice_lang.get() == l>
                                        {l.native_name()}
                                    </option>
                                })
                                .collect_view()}
                        </select>
                        <small id="settings-invoice-lang-help" class="help">{i18n.t(SettingsMsg::InvoiceLanguageHelp)}</small>
                    </div>
                    <FormError error fields=DETAIL_FIELDS/>
                    <button type="submit" class="primary" disabled=move || save.pending().get()>
                        {i18n.t(SettingsMsg::SettingsSave)}
                    </button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section class="settings-section" aria-labelledby="settings-details-heading">
            <h2 id="settings-details-heading">{i18n.t(SettingsMsg::SettingsDetails)}</h2>
            <SuccessNotice message=notice/>
            {body}
        </section>
    }
}

const BILLING_FIELDS: &[Field] = &[Field::Label, Field::Country, Field::Street, Field::Postcode, Field::City];

/// Adds (`id` None) or edits a billing address.
#[component]
fn BillingForm(
    org_id: String,
    id: Option<String>,
    initial: BillingAddressInput,
    on_saved: Callback<BillingAddress>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let prefix = format!("billing-{}", id.clone().unwrap_or_else(|| "new".into()));
    let label = RwSignal::new(initial.label);
    let country = RwSignal::new(initial.country);
    let street = RwSignal::new(initial.street);
    let postcode = RwSignal::new(initial.postcode);
    let city = RwSignal::new(initial.city);
    let error = RwSignal::new(None::<AppError>);
    let save = leptos::prelude::Action::new_local(
        move |(org_id, id, input): &(String, Option<String>, BillingAddressInput)| {
            let (org_id, id, input) = (org_id.clone(), id.clone(), input.clone());
            async move {
                match id {
                    Some(id) => update_billing_address(org_id, id, input).await,
                    None => add_billing_address(org_id, input).await,
                }
            }
        },
    );
    let focus = {
        let prefix = prefix.clone();
        move |field: Field| {
            let suffix = match field {
                Field::Label => "label",
                Field::Country => "country",
                Field::Street => "street",
                Field::Postcode => "postcode",
                _ => "city",
            };
            focus_field(&format!("{prefix}-{suffix}"));
        }
    };
    let focus_after = focus.clone();
    Effect::new(move |_| match save.value().get() {
        Some(Ok(a)) => on_saved.run(a),
        Some(Err(e)) => {
            if let AppError::Invalid { field, .. } = &e {
                focus_after(*field);
            }
            error.set(Some(e));
        }
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = BillingAddressInput {
            label: label.get_untracked(),
            country: country.get_untracked(),
            street: street.get_untracked(),
            postcode: postcode.get_untracked(),
            city: city.get_untracked(),
        };
        if let Err(e) = parse_billing(String::new(), &input) {
            if let AppError::Invalid { field, .. } = &e {
                focus(*field);
            }
            error.set(Some(e));
            return;
        }
        error.set(None);
        save.dispatch((org_id.clone(), id.clone(), input));
    };
    let text = |m: SettingsMsg| Signal::derive(move || i18n.t(m)().to_string());
    view! {
        <form class="billing-form" on:submit=submit novalidate>
            <TextField id=format!("{prefix}-label") label=text(SettingsMsg::FieldLabel) value=label
                field=Field::Label error maxlength=LABEL_MAX_CHARS/>
            <CountrySelect id=format!("{prefix}-country") value=country error/>
            <TextField id=format!("{prefix}-street") label=text(SettingsMsg::FieldStreet) value=street
                field=Field::Street error maxlength=STREET_MAX_CHARS/>
            <TextField id=format!("{prefix}-postcode") label=text(SettingsMsg::FieldPostcode) value=postcode
                field=Field::Postcode error maxlength=POSTCODE_MAX_CHARS/>
            <TextField id=format!("{prefix}-city") label=text(SettingsMsg::FieldCity) value=city
                field=Field::City error maxlength=CITY_MAX_CHARS/>
            <FormError error fields=BILLING_FIELDS/>
            <div class="form-actions">
                <button type="button" on:click=move |_| on_cancel.run(())>{i18n.t(Msg::Cancel)}</button>
                <button type="submit" class="primary" disabled=move || save.pending().get()>{i18n.t(SettingsMsg::BillingSave)}</button>
            </div>
        </form>
    }
}

#[component]
fn BillingSection(
    settings: OrgSettings,
    data: RwSignal<Option<OrgSettings>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = authorize(Some(&settings.you), &Action::EditOrganization);
    let may = verdict.is_ok();
    let org_id = settings.org_id.clone();
    let addresses = settings.billing_addresses.clone();
    // The address being edited ("" for a new one).
    let editing = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<AppError>);
    let saved = Callback::new(move |a: BillingAddress| {
        notice.set(Some(i18n.fill(SettingsMsg::BillingSaved, &[("label", &a.label)])));
        editing.set(None);
        data.update(|d| {
            if let Some(d) = d {
                match d.billing_addresses.iter_mut().find(|b| b.id == a.id) {
                    Some(b) => *b = a,
                    None => d.billing_addresses.push(a),
                }
            }
        });
    });
    let cancel = Callback::new(move |()| editing.set(None));
    let remove = leptos::prelude::Action::new_local(move |(org_id, a): &(String, BillingAddress)| {
        let (org_id, a) = (org_id.clone(), a.clone());
        async move { remove_billing_address(org_id, a.id.clone()).await.map(|()| a) }
    });
    Effect::new(move |_| match remove.value().get() {
        Some(Ok(a)) => {
            notice.set(Some(i18n.fill(SettingsMsg::BillingRemoved, &[("label", &a.label)])));
            data.update(|d| {
                if let Some(d) = d {
                    d.billing_addresses.retain(|b| b.id != a.id);
                }
            });
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let empty = addresses.is_empty();
    let items = addresses
        .into_iter()
        .map(|a| {
            let id = a.id.clone();
            let is_editing = {
                let id = id.clone();
                move || editing.get().as_deref() == Some(id.as_str())
            };
            let initial = BillingAddressInput {
                label: a.label.clone(),
                country: a.country.code().into(),
                street: a.street.clone(),
                postcode: a.postcode.clone(),
                city: a.city.clone(),
            };
            let edit_name = i18n.fill(SettingsMsg::BillingEditFor, &[("label", &a.label)]);
            let remove_name = i18n.fill(SettingsMsg::BillingRemoveFor, &[("label", &a.label)]);
            let (org_for_form, org_for_remove, id_for_edit) = (org_id.clone(), org_id.clone(), id.clone());
            let shown = a.clone();
            view! {
                <li class="billing-item">
                    <Show when=is_editing.clone() fallback=move || {
                        let a = shown.clone();
                        let (org, edit_id) = (org_for_remove.clone(), id_for_edit.clone());
                        let (edit_name, remove_name) = (edit_name.clone(), remove_name.clone());
                        view! {
                            <div class="billing-text">
                                <strong>{a.label.clone()}</strong>
                                <span>{a.street.clone()}</span>
                                <span>{format!("{} {}", a.postcode, a.city)}</span>
                                <span>{i18n.t(a.country.label())}</span>
                            </div>
                            <Show when=move || may>
                                <div class="billing-actions">
                                    <button type="button" aria-label=edit_name.clone()
                                        on:click={let edit_id = edit_id.clone(); move |_| editing.set(Some(edit_id.clone()))}>
                                        {i18n.t(SettingsMsg::BillingEdit)}
                                    </button>
                                    <button type="button" class="danger" aria-label=remove_name.clone()
                                        disabled=move || remove.pending().get()
                                        on:click={let (org, a) = (org.clone(), a.clone()); move |_| {
                                            notice.set(None);
                                            error.set(None);
                                            remove.dispatch((org.clone(), a.clone()));
                                        }}>
                                        {i18n.t(SettingsMsg::BillingRemove)}
                                    </button>
                                </div>
                            </Show>
                        }
                    }>
                        <BillingForm org_id=org_for_form.clone() id=Some(id.clone()) initial=initial.clone()
                            on_saved=saved on_cancel=cancel/>
                    </Show>
                </li>
            }
        })
        .collect_view();
    let new_initial = BillingAddressInput {
        label: String::new(),
        country: settings.details.country.map(|c| c.code().to_string()).unwrap_or_default(),
        street: String::new(),
        postcode: String::new(),
        city: String::new(),
    };
    view! {
        <section class="settings-section" aria-labelledby="settings-billing-heading">
            <h2 id="settings-billing-heading">{i18n.t(SettingsMsg::BillingTitle)}</h2>
            <p class="help">{i18n.t(SettingsMsg::BillingExplain)}</p>
            <SuccessNotice message=notice/>
            <FormError error fields=&[]/>
            {empty.then(|| view! { <p>{i18n.t(SettingsMsg::BillingNone)}</p> })}
            <ul class="billing-list">{items}</ul>
            {match verdict {
                Ok(()) => view! {
                    <Show when=move || editing.get().as_deref() == Some("")
                        fallback=move || view! {
                            <button type="button" on:click=move |_| { notice.set(None); editing.set(Some(String::new())) }>
                                {i18n.t(SettingsMsg::BillingAdd)}
                            </button>
                        }>
                        <BillingForm org_id=org_id.clone() id=None initial=new_initial.clone() on_saved=saved on_cancel=cancel/>
                    </Show>
                }.into_any(),
                Err(reason) => view! { <p class="reason">{i18n.t(reason.msg())}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AppearanceSection(
    settings: OrgSettings,
    data: RwSignal<Option<OrgSettings>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = authorize(Some(&settings.you), &Action::CustomizeOrganization);
    let may = verdict.is_ok();
    let a = settings.appearance.clone();
    let org_id = settings.org_id.clone();
    let org_name = settings.details.name.clone();
    let initials = RwSignal::new(a.initials.clone());
    let color = RwSignal::new(a.color);
    let error = RwSignal::new(None::<AppError>);
    let busy = RwSignal::new(false);
    let square_logo = a.square_logo.clone();
    let preview = move || square_view(initials.get().to_uppercase(), color.get(), square_logo.clone(), false);

    let apply = move |appearance: super::api::Appearance, message: SettingsMsg| {
        notice.set(Some(i18n.t(message)().to_string()));
        data.update(|d| {
            if let Some(d) = d {
                d.appearance = appearance;
            }
        });
        refresh_session();
    };
    let save = leptos::prelude::Action::new_local(move |(org_id, initials, color): &(String, String, OrgColor)| {
        let (org_id, initials, color) = (org_id.clone(), initials.clone(), *color);
        async move { customize(org_id, initials, color).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(a)) => {
            error.set(None);
            apply(a, SettingsMsg::CustomizeSaved);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let submit = {
        let org_id = org_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            notice.set(None);
            let wanted = initials.get_untracked();
            if let Err(e) = domain::org_details::initials(&wanted) {
                error.set(Some(AppError::invalid(Field::Initials, Problem::Detail(e))));
                focus_field("settings-initials");
                return;
            }
            error.set(None);
            save.dispatch((org_id.clone(), wanted, color.get_untracked()));
        }
    };

    let logo_row = move |kind: LogoKind, url: Option<String>| {
        let org_id = org_id.clone();
        let name = match kind {
            LogoKind::Square => i18n.t(SettingsMsg::LogoSquare)().to_string(),
            LogoKind::Wide => i18n.t(SettingsMsg::LogoWide)().to_string(),
        };
        let input_id = format!("logo-{}", kind.as_str());
        let alt = i18n.fill(SettingsMsg::LogoAlt, &[("org", &org_name)]);
        let choose = i18n.fill(SettingsMsg::LogoChoose, &[("logo", &i18n.lang().mid_sentence(&name))]);
        let remove_label = i18n.fill(SettingsMsg::LogoRemove, &[("logo", &i18n.lang().mid_sentence(&name))]);
        let has_logo = url.is_some();
        let org_for_upload = org_id.clone();
        let on_file = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            notice.set(None);
            if file.size() > LOGO_MAX_BYTES as f64 {
                let e = LogoError::TooLarge { max_bytes: LOGO_MAX_BYTES };
                error.set(Some(AppError::invalid(Field::Logo, Problem::Logo(e))));
                return;
            }
            let org_id = org_for_upload.clone();
            busy.set(true);
            leptos::task::spawn_local(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                let answer = match read {
                    Ok(buffer) => {
                        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
                        upload_logo(org_id, kind, data).await
                    }
                    Err(_) => Err(AppError::invalid(Field::Logo, Problem::Logo(LogoError::NotAnImage))),
                };
                busy.set(false);
                match answer {
                    Ok(a) => {
                        error.set(None);
                        apply(a, SettingsMsg::LogoUploaded);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        };
        let org_for_remove = org_id.clone();
        let on_remove = move |_| {
            let org_id = org_for_remove.clone();
            notice.set(None);
            busy.set(true);
            leptos::task::spawn_local(async move {
                let answer = remove_logo(org_id, kind).await;
                busy.set(false);
                match answer {
                    Ok(a) => {
                        error.set(None);
                        apply(a, SettingsMsg::LogoRemoved);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        };
        view! {
            <div class=format!("logo-row logo-{}", kind.as_str())>
                <h3>{name}</h3>
                {match url {
                    Some(url) => view! { <img class="logo-preview" src=url alt=alt/> }.into_any(),
                    None => view! { <p>{i18n.t(SettingsMsg::LogoNone)}</p> }.into_any(),
                }}
                {may.then(|| view! {
                    <label for=input_id.clone() class="file-label">{choose}</label>
                    <input id=input_id type="file" accept="image/png,image/jpeg,image/webp"
                        aria-describedby="logo-help" disabled=move || busy.get() on:change=on_file/>
                    {has_logo.then(|| view! {
                        <button type="button" class="danger" disabled=move || busy.get() on:click=on_remove>
                            {remove_label}
                        </button>
                    })}
                })}
            </div>
        }
    };
    let logos = view! {
        {logo_row(LogoKind::Square, a.square_logo.clone())}
        {logo_row(LogoKind::Wide, a.wide_logo.clone())}
    };
    let initials_problem = move || problem_of(error, Field::Initials, i18n);
    view! {
        <section class="settings-section" aria-labelledby="settings-appearance-heading">
            <h2 id="settings-appearance-heading">{i18n.t(SettingsMsg::CustomizeTitle)}</h2>
            <p class="help">{i18n.t(SettingsMsg::CustomizeExplain)}</p>
            <SuccessNotice message=notice/>
            <div class="square-preview">
                <span>{i18n.t(SettingsMsg::CustomizePreview)}</span>
                {preview}
            </div>
            {match verdict {
                Err(reason) => view! { <p class="reason">{i18n.t(reason.msg())}</p> }.into_any(),
                Ok(()) => view! {
                    <form on:submit=submit novalidate>
                        <label for="settings-initials">{i18n.t(SettingsMsg::FieldInitials)}</label>
                        <input id="settings-initials" class="initials-input" maxlength="2" autocomplete="off"
                            aria-describedby=move || if initials_problem().is_some() { "settings-initials-help settings-initials-error" } else { "settings-initials-help" }
                            aria-invalid=move || initials_problem().is_some().then_some("true")
                            prop:value=initials on:input=move |ev| initials.set(event_target_value(&ev))/>
                        <p id="settings-initials-help" class="help">{i18n.t(SettingsMsg::CustomizeInitialsHelp)}</p>
                        {move || initials_problem().map(|p| view! { <p id="settings-initials-error" class="field-error">{p}</p> })}
                        <fieldset class="color-choice">
                            <legend>{i18n.t(SettingsMsg::FieldColor)}</legend>
                            {OrgColor::ALL.into_iter().map(|c| view! {
                                <label class="check color-option">
                                    <input type="radio" name="org-color" value=c.as_str()
                                        prop:checked=move || color.get() == c on:change=move |_| color.set(c)/>
                                    <span class=format!("swatch color-{}", c.as_str()) aria-hidden="true"></span>
                                    {i18n.t(c.label())}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <FormError error fields=&[Field::Initials, Field::Logo]/>
                        <button type="submit" class="primary" disabled=move || save.pending().get()>
                            {i18n.t(SettingsMsg::CustomizeSave)}
                        </button>
                    </form>
                }.into_any(),
            }}
            <p id="logo-help" class="help">{i18n.t(SettingsMsg::LogoHelp)}</p>
            {move || problem_of(error, Field::Logo, i18n).map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
            {logos}
        </section>
    }
}
