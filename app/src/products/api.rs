//! Server functions on an organization's products (PRD-1…5, PRD-8, MEM-1): the lists per
//! type, the counts per type (navigation, home tiles, the products menu), a product's
//! dashboard, blocking its management, mail maintenance, termination through an emailed
//! link and the office suite's upgrade.

use domain::{Action, Currency, ProductKind, ProductStatus, Role};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The most products one batch names.
pub const MAX_BATCH: usize = 200;

/// The office suite a bundled product comes with (PRD-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleParent {
    pub id: String,
    pub name: String,
}

/// One product as the lists show it, with what the caller may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductRow {
    pub id: String,
    pub kind: ProductKind,
    pub name: String,
    pub status: ProductStatus,
    /// Unix milliseconds.
    pub expires_at: Option<i64>,
    pub renewal_warranty: bool,
    /// PRD-4, mail services only.
    pub maintenance: bool,
    /// PRD-3: its management is blocked.
    pub blocked: bool,
    pub bundle_parent: Option<BundleParent>,
    /// MEM-1: the product is in the caller's access list (always `true` for managers).
    pub granted: bool,
    /// The catalogue offer it was bought as.
    pub offer: Option<String>,
}

impl ProductRow {
    /// The policy's action for managing this product (PRD-2, PRD-3, MEM-1).
    pub fn manage(&self) -> Action {
        Action::ManageProduct { granted: self.granted, blocked: self.blocked }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductList {
    pub org_id: String,
    pub products: Vec<ProductRow>,
}

/// How many live products of a type the organization has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCount {
    pub kind: ProductKind,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductSummary {
    pub org_id: String,
    /// Types present, in catalogue order.
    pub kinds: Vec<KindCount>,
}

/// A member who manages the product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPerson {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub role: Role,
}

/// A product's dashboard (PRD-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductDashboard {
    pub product: ProductRow,
    /// Managers (always) and limited members granted the product (MEM-1).
    pub access: Vec<AccessPerson>,
    /// The products that come with it (an office suite's drive…).
    pub bundled: Vec<ProductRow>,
    /// A termination waits for its emailed confirmation.
    pub termination_pending: bool,
    /// Office suites: what the current offer includes.
    pub users_quota: Option<u32>,
    pub storage_gb: Option<u32>,
    pub currency: Currency,
}

/// What an upgrade did: the invoice of the price difference, paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upgraded {
    pub product: ProductRow,
    pub invoice_number: String,
}

/// The organization's live products, of one type or all, each with the caller's verdict.
#[server(endpoint = "products/list", input = Json)]
pub async fn list_products(org_id: String, kind: Option<ProductKind>) -> Result<ProductList, AppError> {
    crate::endpoint::serve(ListProducts { org_id, kind }).await
}

/// The types of live products the organization has, with their counts.
#[server(endpoint = "products/summary", input = Json)]
pub async fn summarize_products(org_id: String) -> Result<ProductSummary, AppError> {
    crate::endpoint::serve(SummarizeProducts { org_id }).await
}

#[server(endpoint = "products/get", input = Json)]
pub async fn get_product(org_id: String, product_id: String) -> Result<ProductDashboard, AppError> {
    crate::endpoint::serve(GetProduct { org_id, product_id }).await
}

/// PRD-3: blocks the management of these products; every member is emailed.
#[server(endpoint = "products/block", input = Json)]
pub async fn block_products(org_id: String, product_ids: Vec<String>) -> Result<Vec<ProductRow>, AppError> {
    crate::endpoint::serve(BlockProducts { org_id, product_ids }).await
}

/// PRD-3: unblocks the management of these products; every member is emailed.
#[server(endpoint = "products/unblock", input = Json)]
pub async fn unblock_products(org_id: String, product_ids: Vec<String>) -> Result<Vec<ProductRow>, AppError> {
    crate::endpoint::serve(UnblockProducts { org_id, product_ids }).await
}

/// PRD-4: a mail service's maintenance mode.
#[server(endpoint = "products/set_maintenance", input = Json)]
pub async fn set_maintenance(org_id: String, product_id: String, on: bool) -> Result<ProductRow, AppError> {
    crate::endpoint::serve(SetMaintenance { org_id, product_id, on }).await
}

/// PRD-5: emails the caller a confirmation link; nothing changes until it is followed.
#[server(endpoint = "products/request_termination", input = Json)]
pub async fn request_termination(org_id: String, product_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RequestTermination { org_id, product_id }).await
}

/// PRD-5: the emailed link's page; answers the terminated product's name.
#[server(endpoint = "products/confirm_termination", input = Json)]
pub async fn confirm_termination(token: String) -> Result<String, AppError> {
    crate::endpoint::serve(ConfirmTermination { token }).await
}

/// PRD-8: moves an office suite to a bigger offer; the price difference is invoiced and
/// paid from the prepaid balance.
#[server(endpoint = "products/upgrade_office_suite", input = Json)]
pub async fn upgrade_office_suite(org_id: String, product_id: String, offer: String) -> Result<Upgraded, AppError> {
    crate::endpoint::serve(UpgradeOfficeSuite { org_id, product_id, offer }).await
}
