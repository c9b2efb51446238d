//! Server functions of an organization's settings page (ORG-3, ORG-4, ORG-5). Every one
//! names the organization; the server checks the caller's membership in it through
//! `domain::policy` (`EditOrganization` for the details and billing addresses,
//! `CustomizeOrganization` for the header square and logos).

use domain::org_details::{
    currency_for, line, Address, AddressInput, AddressPart, Country, Currency, DetailError, LogoKind, OrgColor,
    LABEL_MAX_CHARS,
};
use domain::{AccountType, Lang, Membership, OrgName};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, Field, Problem};

/// The details as stored. Address fields are empty while the address was never given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Details {
    pub name: String,
    pub kind: AccountType,
    pub country: Option<Country>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// E.164 (`+41446681800`), empty when none was given.
    pub phone: String,
    /// Follows `country` (ORG-4).
    pub currency: Currency,
    /// The language of the organization's invoices and pro forma invoices.
    pub lang: Lang,
}

/// The details as a form sends them; the country is a code (`CH`), checked like every
/// other field so a wrong one names its field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetailsInput {
    pub name: String,
    pub kind: AccountType,
    pub country: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// Optional: empty means none.
    pub phone: String,
    /// The language of invoices; absent keeps the current one.
    #[serde(default)]
    pub lang: Option<Lang>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BillingAddress {
    pub id: String,
    pub label: String,
    pub country: Country,
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BillingAddressInput {
    pub label: String,
    pub country: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// What the header square shows (ORG-5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Appearance {
    /// The initials shown: the chosen ones, or the default from the name.
    pub initials: String,
    pub color: OrgColor,
    /// Versioned URLs of the stored logos.
    pub square_logo: Option<String>,
    pub wide_logo: Option<String>,
}

/// Everything the settings page shows, with the caller's membership for
/// `domain::authorize` in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgSettings {
    pub org_id: String,
    pub details: Details,
    pub billing_addresses: Vec<BillingAddress>,
    pub appearance: Appearance,
    pub you: Membership,
}

/// A country code as a form sends it.
pub fn parse_country(code: &str) -> Result<Country, AppError> {
    Country::parse(code).ok_or(AppError::invalid(Field::Country, Problem::Detail(DetailError::UnknownCountry)))
}

fn address_error((part, e): (AddressPart, DetailError)) -> AppError {
    let field = match part {
        AddressPart::Street => Field::Street,
        AddressPart::Postcode => Field::Postcode,
        AddressPart::City => Field::City,
    };
    AppError::invalid(field, Problem::Detail(e))
}

fn parse_address(country: &str, street: &str, postcode: &str, city: &str) -> Result<Address, AppError> {
    let country = parse_country(country)?;
    let input = AddressInput { street: street.into(), postcode: postcode.into(), city: city.into() };
    Address::parse(country, &input).map_err(address_error)
}

/// The details a form sends, checked and normalized: the browser runs it before
/// sending, the server again before saving.
pub fn parse_details(input: &DetailsInput) -> Result<Details, AppError> {
    let name = OrgName::parse(&input.name).map_err(|e| AppError::invalid(Field::OrganizationName, Problem::Name(e)))?;
    let address = parse_address(&input.country, &input.street, &input.postcode, &input.city)?;
    let phone = if input.phone.trim().is_empty() {
        String::new()
    } else {
        address.country.phone(&input.phone).map_err(|e| AppError::invalid(Field::Phone, Problem::Detail(e)))?
    };
    Ok(Details {
        name: name.to_string(),
        kind: input.kind,
        country: Some(address.country),
        street: address.street,
        postcode: address.postcode,
        city: address.city,
        phone,
        currency: currency_for(address.country),
        lang: input.lang.unwrap_or_default(),
    })
}

/// A billing address a form sends, checked like the postal address.
pub fn parse_billing(id: String, input: &BillingAddressInput) -> Result<BillingAddress, AppError> {
    let label = line(&input.label, LABEL_MAX_CHARS).map_err(|e| AppError::invalid(Field::Label, Problem::Detail(e)))?;
    let a = parse_address(&input.country, &input.street, &input.postcode, &input.city)?;
    Ok(BillingAddress { id, label, country: a.country, street: a.street, postcode: a.postcode, city: a.city })
}

#[server(endpoint = "settings/get", input = Json)]
pub async fn get_settings(org_id: String) -> Result<OrgSettings, AppError> {
    crate::endpoint::serve(GetSettings { org_id }).await
}

/// Saves the details (legal representatives only); the legal representatives get a
/// summary of what changed by email.
#[server(endpoint = "settings/update_details", input = Json)]
pub async fn update_details(org_id: String, details: DetailsInput) -> Result<OrgSettings, AppError> {
    crate::endpoint::serve(UpdateDetails { org_id, details }).await
}

#[server(endpoint = "settings/add_billing_address", input = Json)]
pub async fn add_billing_address(org_id: String, address: BillingAddressInput) -> Result<BillingAddress, AppError> {
    crate::endpoint::serve(AddBillingAddress { org_id, address }).await
}

#[server(endpoint = "settings/update_billing_address", input = Json)]
pub async fn update_billing_address(
    org_id: String,
    id: String,
    address: BillingAddressInput,
) -> Result<BillingAddress, AppError> {
    crate::endpoint::serve(UpdateBillingAddress { org_id, id, address }).await
}

#[server(endpoint = "settings/remove_billing_address", input = Json)]
pub async fn remove_billing_address(org_id: String, id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveBillingAddress { org_id, id }).await
}

/// The header square's initials and colour (legal representatives and administrators).
#[server(endpoint = "settings/customize", input = Json)]
pub async fn customize(org_id: String, initials: String, color: OrgColor) -> Result<Appearance, AppError> {
    crate::endpoint::serve(Customize { org_id, initials, color }).await
}

/// A logo, base64 in JSON (the one endpoint with a body limit above 64 KiB: 1.5 MB).
/// Checked by its content, decoded, scaled down and re-encoded to PNG before storage.
#[server(endpoint = "settings/upload_logo", input = Json)]
pub async fn upload_logo(org_id: String, kind: LogoKind, data_base64: String) -> Result<Appearance, AppError> {
    crate::endpoint::serve(UploadLogo { org_id, kind, data_base64 }).await
}

#[server(endpoint = "settings/remove_logo", input = Json)]
pub async fn remove_logo(org_id: String, kind: LogoKind) -> Result<Appearance, AppError> {
    crate::endpoint::serve(RemoveLogo { org_id, kind }).await
}
