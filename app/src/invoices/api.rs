//! Server functions on an organization's invoices (BIL-4, BIL-5): the history, one
//! invoice, the unpaid ones, paying one, a pro forma from a selection, and a PDF. Legal
//! representatives, administrators and members with billing rights only
//! (`Action::ViewBilling`, `Action::Pay`).

use domain::invoice::{InvoiceKind, InvoiceStatus};
use domain::Currency;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Invoices per page of the history.
pub const INVOICES_PER_PAGE: u32 = 50;

/// Where the next page starts: the last invoice shown (newest first, then by id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceCursor {
    pub issued_at: i64,
    pub id: String,
}

/// One invoice in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceSummary {
    pub id: String,
    pub number: String,
    pub kind: InvoiceKind,
    pub status: InvoiceStatus,
    /// Unix milliseconds.
    pub issued_at: i64,
    pub due_at: Option<i64>,
    pub paid_at: Option<i64>,
    pub currency: Currency,
    pub total_minor: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicePage {
    pub org_name: String,
    pub invoices: Vec<InvoiceSummary>,
    /// The cursor of the next (older) page; `None` on the last one.
    pub next: Option<InvoiceCursor>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: i64,
    pub unit_minor: i64,
    pub discount_minor: i64,
    /// Quantity × unit − discount, VAT excluded.
    pub amount_minor: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceDetail {
    pub summary: InvoiceSummary,
    pub billing_name: String,
    pub billing_address: String,
    pub lines: Vec<InvoiceLine>,
    pub subtotal_minor: i64,
    pub vat_minor: i64,
    /// Basis points: 810 = 8.1 %.
    pub vat_rate_bp: i64,
    /// A pro forma: the numbers of the unpaid invoices it was made from.
    pub gathers: Vec<String>,
}

/// How to pay an invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PayMeans {
    /// The prepaid balance (the default).
    Balance,
    /// A payment profile of the organization.
    Profile { profile_id: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayOutcome {
    Paid,
    /// The provider confirms later (its webhook).
    Pending,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayAnswer {
    pub outcome: PayOutcome,
    pub invoice: InvoiceSummary,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProFormaAnswer {
    pub id: String,
    pub number: String,
}

/// A PDF: its file name and bytes (base64).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoicePdf {
    pub filename: String,
    pub pdf_base64: String,
}

/// The history, newest first; `status` narrows it (`unpaid`, `paid`, `pro_forma`…).
#[server(endpoint = "invoices/list", input = Json)]
pub async fn list_invoices(
    org_id: String,
    status: Option<InvoiceStatus>,
    after: Option<InvoiceCursor>,
) -> Result<InvoicePage, AppError> {
    crate::endpoint::serve(ListInvoices { org_id, status, after }).await
}

#[server(endpoint = "invoices/get", input = Json)]
pub async fn get_invoice(org_id: String, invoice_id: String) -> Result<InvoiceDetail, AppError> {
    crate::endpoint::serve(GetInvoice { org_id, invoice_id }).await
}

/// The unpaid final invoices, oldest first.
#[server(endpoint = "invoices/to_pay", input = Json)]
pub async fn invoices_to_pay(org_id: String) -> Result<Vec<InvoiceSummary>, AppError> {
    crate::endpoint::serve(InvoicesToPay { org_id }).await
}

#[server(endpoint = "invoices/pay", input = Json)]
pub async fn pay_invoice(org_id: String, invoice_id: String, means: PayMeans) -> Result<PayAnswer, AppError> {
    crate::endpoint::serve(PayInvoice { org_id, invoice_id, means }).await
}

/// A pro forma gathering unpaid final invoices of the organization.
#[server(endpoint = "invoices/pro_forma", input = Json)]
pub async fn make_pro_forma(org_id: String, invoice_ids: Vec<String>) -> Result<ProFormaAnswer, AppError> {
    crate::endpoint::serve(MakeProForma { org_id, invoice_ids }).await
}

/// The PDF of a paid final invoice or of a pro forma.
#[server(endpoint = "invoices/pdf", input = Json)]
pub async fn download_invoice_pdf(org_id: String, invoice_id: String) -> Result<InvoicePdf, AppError> {
    crate::endpoint::serve(DownloadInvoicePdf { org_id, invoice_id }).await
}
