//! The root component: contexts every page uses, and the routes.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;
use leptos_router::Lazy;

use crate::activity::ActivityArea;
use crate::audit::AuditArea;
use crate::auth::{SignInPage, SignUpPage, VerifyEmailArea};
use crate::devmail::DevMailArea;
use crate::home::HomePage;
use crate::i18n::I18n;
use crate::invoices::{InvoiceDetailArea, InvoicesArea};
use crate::members::MembersArea;
use crate::organizations::{DeleteOrganizationArea, MyOrganizationsArea, OrgFrame, ToCurrentOrg};
use crate::payments::BillingArea;
use crate::products::{ConfirmTerminationArea, ProductDashboardArea, ProductListArea};
use crate::profile::{ConfirmProfileEmailArea, ProfileArea};
use crate::recovery::{ConfirmLoginArea, ForgotLoginArea, ForgotPasswordArea, IdentityCheckArea, ResetPasswordArea};
use crate::renewals::RenewalsArea;
use crate::security::SecurityArea;
use crate::session::Session;
use crate::settings::SettingsArea;
use crate::shell::{NotFoundPage, Shell};
use crate::shop::{CartArea, ShopArea};
use crate::support::{HelpArea, SupportArea};

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::detect();
    i18n.set(i18n.lang());
    provide_context(i18n);
    let session = Session::new();
    provide_context(session);
    crate::shop::cart::Cart::provide();

    // Who is signed in, asked once. An error (server down) leaves the user signed out;
    // pages say so on use.
    let who = LocalResource::new(crate::auth::api::current_user);
    Effect::new(move |_| {
        let Some(answer) = who.get() else { return };
        let me = answer.ok().flatten();
        if let Some(me) = &me {
            i18n.set(me.lang);
        }
        session.set(me);
    });

    // While a navigation waits (an area's part being fetched the first time), say so.
    let routing = RwSignal::new(false);
    view! {
        <Show when=move || routing.get()>
            <div class="routing" role="status">{i18n.t(domain::Msg::Loading)}</div>
        </Show>
        <Router set_is_routing=routing>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/sign-in") view=SignInPage/>
                <Route path=path!("/sign-up") view=SignUpPage/>
                <Route path=path!("/verify-email") view={Lazy::<VerifyEmailArea>::new()}/>
                <Route path=path!("/dev/mail") view={Lazy::<DevMailArea>::new()}/>
                <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordArea>::new()}/>
                <Route path=path!("/reset-password") view={Lazy::<ResetPasswordArea>::new()}/>
                <Route path=path!("/forgot-login") view={Lazy::<ForgotLoginArea>::new()}/>
                <Route path=path!("/identity-check") view={Lazy::<IdentityCheckArea>::new()}/>
                <Route path=path!("/confirm-login") view={Lazy::<ConfirmLoginArea>::new()}/>
                // The shop is open to signed-out visitors (BIL-1).
                <Route path=path!("/shop") view={Lazy::<ShopArea>::new()}/>
                <Route path=path!("/shop/cart") view={Lazy::<CartArea>::new()}/>
                <Route path=path!("/confirm-login-email") view={Lazy::<ConfirmProfileEmailArea>::new()}/>
                <Route path=path!("/confirm-recovery-email") view={Lazy::<ConfirmProfileEmailArea>::new()}/>
                <Route path=path!("/confirm-termination") view={Lazy::<ConfirmTerminationArea>::new()}/>
                // Signed-in pages share one shell that stays mounted between them.
                // Signed-in pages share one shell that stays mounted between them; the
                // pages of an organization name it in their address (`/o/<id>/…`).
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("/") view=|| view! { <ToCurrentOrg rest=""/> }/>
                    <Route path=path!("/members") view=|| view! { <ToCurrentOrg rest="/members"/> }/>
                    <Route path=path!("/profile") view={Lazy::<ProfileArea>::new()}/>
                    <Route path=path!("/security") view={Lazy::<SecurityArea>::new()}/>
                    <Route path=path!("/activity") view={Lazy::<ActivityArea>::new()}/>
                    <Route path=path!("/organizations") view={Lazy::<MyOrganizationsArea>::new()}/>
                    <Route path=path!("/help") view={Lazy::<HelpArea>::new()}/>
                    <ParentRoute path=path!("/o/:org") view=OrgFrame>
                        <Route path=path!("") view=HomePage/>
                        <Route path=path!("/members") view={Lazy::<MembersArea>::new()}/>
                        <Route path=path!("/delete") view={Lazy::<DeleteOrganizationArea>::new()}/>
                        <Route path=path!("/audit") view={Lazy::<AuditArea>::new()}/>
                        <Route path=path!("/settings") view={Lazy::<SettingsArea>::new()}/>
                        <Route path=path!("/invoices") view={Lazy::<InvoicesArea>::new()}/>
                        <Route path=path!("/invoices/:id") view={Lazy::<InvoiceDetailArea>::new()}/>
                        <Route path=path!("/support") view={Lazy::<SupportArea>::new()}/>
                        <Route path=path!("/billing") view={Lazy::<BillingArea>::new()}/>
                        <Route path=path!("/products/:kind") view={Lazy::<ProductListArea>::new()}/>
                        <Route path=path!("/products/:kind/:id") view={Lazy::<ProductDashboardArea>::new()}/>
                        <Route path=path!("/renewals") view={Lazy::<RenewalsArea>::new()}/>
                    </ParentRoute>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
