//! The billing overview (`/o/<id>/billing`, BIL-3, BIL-5): the prepaid balance with top
//! up and withdraw, the payment methods with the default marked, adding (the test
//! provider's cards in development), removing and choosing the default, the balance's
//! history, and links to the other billing pages. Only those who may `ViewBilling` see
//! it; everyone else sees the policy's reason. Actions others may not take show theirs.

use domain::i18n::PaymentsMsg;
use domain::payments::{parse_amount, TEST_CARDS, TOP_UP_MAX_MINOR, TOP_UP_MIN_MINOR};
use domain::{Action as Rule, Currency, Denied, Money, Plural};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{
    add_profile, billing_overview, billing_profiles, movements, remove_profile, set_default, top_up, withdraw,
    Movement, MovementCursor, Overview, Profile, TopUpAnswer, TopUpOutcome,
};
use crate::error::{AppError, Field, Problem};
use crate::i18n::use_i18n;
use crate::organizations::org_path;
use crate::session::use_session;
use crate::shell::{on_answer, use_title, ErrorNotice, SuccessNotice};

/// The policy's verdict on `rule` in the organization shown.
fn verdict(rule: Rule) -> impl Fn() -> Result<(), Denied> + Copy + Send + Sync + 'static {
    let session = use_session();
    let rule = StoredValue::new(rule);
    move || {
        session.me.with(|m| {
            let membership = m.as_ref().and_then(|m| m.current_org()).map(|o| o.membership.clone());
            rule.with_value(|r| domain::authorize(membership.as_ref(), r))
        })
    }
}

fn money(minor: i64, currency: Currency, lang: domain::Lang) -> String {
    Money::new(minor, currency).format(lang)
}

#[component]
pub fn BillingPage() -> impl IntoView {
    let i18n = use_i18n();
    let may_view = verdict(Rule::ViewBilling);
    use_title(move || i18n.t(PaymentsMsg::NavBilling)().to_string());
    view! {
        <div class="settings-page billing-page">
            {move || match may_view() {
                Ok(()) => view! { <BillingHome/> }.into_any(),
                Err(reason) => view! {
                    <h1>{i18n.t(PaymentsMsg::NavBilling)}</h1>
                    <p class="notice" role="status">{i18n.t(PaymentsMsg::NotAllowed)}</p>
                    <p class="reason billing-reason">{i18n.t(reason.msg())}</p>
                }.into_any(),
            }}
        </div>
    }
}

#[component]
fn BillingHome() -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    // Bumped after every change: the overview and the profiles load again.
    let version = RwSignal::new(0u32);
    let overview = RwSignal::new(None::<Overview>);
    let profiles = RwSignal::new(Vec::<Profile>::new());
    let history = RwSignal::new(Vec::<Movement>::new());
    let older = RwSignal::new(None::<MovementCursor>);
    let history_loaded = RwSignal::new(false);

    Effect::new(move |_| {
        version.track();
        let id = org.id.get();
        leptos::task::spawn_local(async move {
            match billing_overview(id.clone()).await {
                Ok(o) => overview.set(Some(o)),
                Err(e) => error.set(Some(e)),
            }
            match billing_profiles(id.clone()).await {
                Ok(p) => profiles.set(p),
                Err(e) => error.set(Some(e)),
            }
            match movements(id, None).await {
                Ok(page) => {
                    history.set(page.movements);
                    older.set(page.next);
                    history_loaded.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let refresh = move || version.update(|v| *v += 1);
    let more = move |_| {
        let (id, after) = (org.id.get_untracked(), older.get_untracked());
        leptos::task::spawn_local(async move {
            match movements(id, after).await {
                Ok(page) => {
                    history.update(|h| h.extend(page.movements));
                    older.set(page.next);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };

    let currency = move || overview.with(|o| o.as_ref().map(|o| o.currency)).unwrap_or(Currency::Eur);
    let org_name = move || overview.with(|o| o.as_ref().map(|o| o.org_name.clone())).unwrap_or_default();
    let balance = move || {
        overview.with(|o| o.as_ref().map(|o| money(o.balance_minor, o.currency, i18n.lang()))).unwrap_or_default()
    };
    let default_means = move || {
        let means = profiles
            .with(|p| p.iter().find(|p| p.is_default).map(|p| p.label.clone()))
            .unwrap_or_else(|| i18n.t(PaymentsMsg::MeansBalance)().to_string());
        i18n.fill(PaymentsMsg::DefaultMeans, &[("means", &means)])
    };
    let to_pay = move || {
        overview.with(|o| {
            o.as_ref().map(|o| {
                let lang = i18n.lang();
                if o.unpaid_invoices == 0 {
                    PaymentsMsg::NothingToPay.text(lang).to_string()
                } else {
                    let amount = money(o.unpaid_minor, o.currency, lang);
                    Plural::PaymentsInvoicesToPay.count(lang, o.unpaid_invoices, &[("amount", &amount)])
                }
            })
        })
    };
    let pending = move || {
        overview.with(|o| {
            o.as_ref()
                .filter(|o| o.pending_payments > 0)
                .map(|o| Plural::PaymentsPending.count(i18n.lang(), o.pending_payments, &[]))
        })
    };
    let link = move |rest: &'static str| move || org_path(&org.id.get(), rest);

    view! {
        <h1>{move || i18n.fill(PaymentsMsg::BillingTitle, &[("org", &org_name())])}</h1>
        <p class="muted">{i18n.t(PaymentsMsg::BillingIntro)}</p>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        <section class="settings-section" aria-labelledby="billing-balance-heading">
            <h2 id="billing-balance-heading">{i18n.t(PaymentsMsg::BalanceHeading)}</h2>
            <p class="billing-balance"><strong data-testid="balance">{balance}</strong></p>
            <p>{default_means}</p>
            <p>{to_pay}</p>
            {move || pending().map(|p| view! { <p class="muted">{p}</p> })}
        </section>
        <TopUpSection overview profiles error notice on_done=refresh/>
        <WithdrawSection overview error notice on_done=refresh/>
        <ProfilesSection overview profiles error notice on_done=refresh/>
        <section class="settings-section" aria-labelledby="billing-history-heading">
            <h2 id="billing-history-heading">{i18n.t(PaymentsMsg::MovementsHeading)}</h2>
            <ul class="billing-list" aria-labelledby="billing-history-heading">
                {move || (history_loaded.get() && history.with(Vec::is_empty)).then(|| view! {
                    <li class="billing-item">{i18n.t(PaymentsMsg::MovementsNone)}</li>
                })}
                <For each=move || history.get() key=|m: &Movement| m.id.clone() let:m>
                    <MovementItem m currency=Signal::derive(currency)/>
                </For>
            </ul>
            <Show when=move || older.with(Option::is_some)>
                <button type="button" on:click=more>{i18n.t(PaymentsMsg::MovementsMore)}</button>
            </Show>
        </section>
        <nav class="settings-section" aria-labelledby="billing-links-heading">
            <h2 id="billing-links-heading">{i18n.t(PaymentsMsg::LinksHeading)}</h2>
            <ul class="billing-links">
                <li><A href=link("/invoices")>{i18n.t(PaymentsMsg::LinkInvoices)}</A></li>
                <li><A href=link("/renewals")>{i18n.t(PaymentsMsg::LinkRenewals)}</A></li>
                <li><A href=link("/support")>{i18n.t(PaymentsMsg::LinkSupport)}</A></li>
            </ul>
        </nav>
    }
}

#[component]
fn MovementItem(m: Movement, currency: Signal<Currency>) -> impl IntoView {
    let i18n = use_i18n();
    let dates = crate::dates::use_dates();
    let kind = match m.kind.as_str() {
        "top_up" => PaymentsMsg::KindTopUp,
        "withdrawal" => PaymentsMsg::KindWithdrawal,
        "refund" => PaymentsMsg::KindRefund,
        _ => PaymentsMsg::KindPayment,
    };
    let amount = m.amount_minor;
    let at = m.created_at;
    let shown = move || {
        let text = money(amount, currency.get(), i18n.lang());
        if amount > 0 {
            format!("+{text}")
        } else {
            text
        }
    };
    view! {
        <li class="billing-item movement" data-kind=m.kind.clone()>
            <div class="billing-text">
                <strong>{i18n.t(kind)}</strong>
                <time datetime=crate::dates::iso(at)>{move || dates(at, crate::dates::Shown::DateTime)}</time>
            </div>
            <span class="movement-amount">{shown}</span>
        </li>
    }
}

/// An amount field: the text typed, read by `domain::payments::parse_amount`.
#[component]
fn AmountField(
    id: &'static str,
    value: RwSignal<String>,
    currency: Signal<Currency>,
    hint: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    view! {
        <label for=id>{move || i18n.fill(PaymentsMsg::AmountIn, &[("currency", currency.get().code())])}</label>
        <input id=id type="text" inputmode="decimal" autocomplete="off" maxlength="16" aria-describedby=hint_id.clone()
            prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
        <p class="help muted" id=hint_id>{hint}</p>
    }
}

#[component]
fn TopUpSection(
    overview: RwSignal<Option<Overview>>,
    profiles: RwSignal<Vec<Profile>>,
    error: RwSignal<Option<AppError>>,
    notice: RwSignal<Option<String>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let may_pay = verdict(Rule::Pay);
    let amount = RwSignal::new(String::new());
    let chosen = RwSignal::new(String::new());
    let currency = Signal::derive(move || overview.with(|o| o.as_ref().map(|o| o.currency)).unwrap_or(Currency::Eur));
    let bounds = Signal::derive(move || {
        let (c, lang) = (currency.get(), i18n.lang());
        i18n.fill(
            PaymentsMsg::AmountBounds,
            &[("min", &money(TOP_UP_MIN_MINOR, c, lang)), ("max", &money(TOP_UP_MAX_MINOR, c, lang))],
        )
    });
    // The amount of the last top-up sent (the action forgets its input once answered).
    let sent = StoredValue::new(0i64);
    let paying = Action::new_local(move |(minor, profile): &(i64, String)| {
        top_up(org.id.get_untracked(), *minor, profile.clone())
    });
    on_answer(paying, error, move |answer: TopUpAnswer| {
        let lang = i18n.lang();
        let text = match answer.outcome {
            TopUpOutcome::Credited => {
                let minor = sent.get_value();
                PaymentsMsg::TopUpCredited.fill(lang, &[("amount", &money(minor, currency.get_untracked(), lang))])
            }
            TopUpOutcome::Declined => PaymentsMsg::TopUpDeclined.text(lang).to_string(),
            TopUpOutcome::Pending => PaymentsMsg::TopUpPending.text(lang).to_string(),
        };
        if answer.outcome == TopUpOutcome::Credited {
            amount.set(String::new());
        }
        notice.set(Some(text));
        on_done();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let profile = if chosen.get_untracked().is_empty() {
            profiles.with_untracked(|p| p.iter().find(|p| p.is_default).or(p.first()).map(|p| p.id.clone()))
        } else {
            Some(chosen.get_untracked())
        };
        let Some(profile) = profile else { return };
        match parse_amount(&amount.get_untracked()).and_then(domain::payments::check_top_up) {
            Ok(minor) => {
                sent.set_value(minor);
                paying.dispatch((minor, profile));
            }
            Err(p) => error.set(Some(AppError::invalid(Field::Amount, Problem::Payment(p)))),
        }
    };
    view! {
        <section class="settings-section" aria-labelledby="billing-topup-heading">
            <h2 id="billing-topup-heading">{i18n.t(PaymentsMsg::TopUpHeading)}</h2>
            {move || match may_pay() {
                Err(reason) => view! { <p class="reason">{i18n.t(reason.msg())}</p> }.into_any(),
                Ok(()) if profiles.with(Vec::is_empty) => view! { <p>{i18n.t(PaymentsMsg::TopUpNeedsProfile)}</p> }.into_any(),
                Ok(()) => view! {
                    <form on:submit=submit>
                        <AmountField id="billing-topup-amount" value=amount currency hint=bounds/>
                        <label for="billing-topup-profile">{i18n.t(PaymentsMsg::PayWith)}</label>
                        <select id="billing-topup-profile" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            {profiles.get().into_iter().map(|p| {
                                let selected = if chosen.get_untracked().is_empty() { p.is_default } else { chosen.get_untracked() == p.id };
                                view! { <option value=p.id.clone() selected=selected>{p.label.clone()}</option> }
                            }).collect_view()}
                        </select>
                        <div class="form-actions">
                            <button type="submit" class="primary" disabled=move || paying.pending().get()>
                                {move || if paying.pending().get() { i18n.t(PaymentsMsg::TopUpWorking)() } else { i18n.t(PaymentsMsg::TopUpButton)() }}
                            </button>
                        </div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn WithdrawSection(
    overview: RwSignal<Option<Overview>>,
    error: RwSignal<Option<AppError>>,
    notice: RwSignal<Option<String>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let may = verdict(Rule::ManageBillingSettings);
    let amount = RwSignal::new(String::new());
    let currency = Signal::derive(move || overview.with(|o| o.as_ref().map(|o| o.currency)).unwrap_or(Currency::Eur));
    let hint = Signal::derive(move || i18n.t(PaymentsMsg::WithdrawHint)().to_string());
    let sent = StoredValue::new(0i64);
    let withdrawing = Action::new_local(move |minor: &i64| withdraw(org.id.get_untracked(), *minor));
    on_answer(withdrawing, error, move |_balance: i64| {
        let lang = i18n.lang();
        let minor = sent.get_value();
        notice.set(Some(
            PaymentsMsg::WithdrawDone.fill(lang, &[("amount", &money(minor, currency.get_untracked(), lang))]),
        ));
        amount.set(String::new());
        on_done();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        let balance = overview.with_untracked(|o| o.as_ref().map(|o| o.balance_minor)).unwrap_or_default();
        match parse_amount(&amount.get_untracked()).and_then(|m| domain::payments::check_withdrawal(m, balance)) {
            Ok(minor) => {
                sent.set_value(minor);
                withdrawing.dispatch(minor);
            }
            Err(p) => error.set(Some(AppError::invalid(Field::Amount, Problem::Payment(p)))),
        }
    };
    view! {
        <section class="settings-section" aria-labelledby="billing-withdraw-heading">
            <h2 id="billing-withdraw-heading">{i18n.t(PaymentsMsg::WithdrawHeading)}</h2>
            {move || match may() {
                Err(reason) => view! { <p class="reason">{i18n.t(reason.msg())}</p> }.into_any(),
                Ok(()) => view! {
                    <form on:submit=submit>
                        <AmountField id="billing-withdraw-amount" value=amount currency hint/>
                        <div class="form-actions">
                            <button type="submit" disabled=move || withdrawing.pending().get()>
                                {i18n.t(PaymentsMsg::WithdrawButton)}
                            </button>
                        </div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ProfilesSection(
    overview: RwSignal<Option<Overview>>,
    profiles: RwSignal<Vec<Profile>>,
    error: RwSignal<Option<AppError>>,
    notice: RwSignal<Option<String>>,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let may = verdict(Rule::ManageBillingSettings);
    let choosing = Action::new_local(move |id: &Option<String>| set_default(org.id.get_untracked(), id.clone()));
    on_answer(choosing, error, move |list: Vec<Profile>| {
        profiles.set(list);
        notice.set(Some(i18n.t(PaymentsMsg::DefaultChanged)().to_string()));
        on_done();
    });
    let removing = Action::new_local(move |id: &String| remove_profile(org.id.get_untracked(), id.clone()));
    on_answer(removing, error, move |list: Vec<Profile>| {
        profiles.set(list);
        notice.set(Some(i18n.t(PaymentsMsg::ProfileRemoved)().to_string()));
        on_done();
    });
    let label = RwSignal::new(String::new());
    let card = RwSignal::new(TEST_CARDS[0].to_string());
    let adding = Action::new_local(move |(label, card): &(String, String)| {
        add_profile(org.id.get_untracked(), "test".into(), label.clone(), card.clone())
    });
    on_answer(adding, error, move |_p: Profile| {
        label.set(String::new());
        notice.set(Some(i18n.t(PaymentsMsg::ProfileAdded)().to_string()));
        on_done();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        notice.set(None);
        match domain::payments::check_label(&label.get_untracked()) {
            Ok(l) => {
                adding.dispatch((l, card.get_untracked()));
            }
            Err(p) => error.set(Some(AppError::invalid(Field::Label, Problem::Payment(p)))),
        }
    };
    let has_test = move || overview.with(|o| o.as_ref().is_some_and(|o| o.providers.iter().any(|p| p == "test")));
    let card_text = |c: &str| match c {
        "test_decline" => PaymentsMsg::CardDecline,
        "test_delayed" => PaymentsMsg::CardDelayed,
        _ => PaymentsMsg::CardOk,
    };
    let busy = move || choosing.pending().get() || removing.pending().get();
    view! {
        <section class="settings-section" aria-labelledby="billing-profiles-heading">
            <h2 id="billing-profiles-heading">{i18n.t(PaymentsMsg::ProfilesHeading)}</h2>
            {move || profiles.with(Vec::is_empty).then(|| view! { <p>{i18n.t(PaymentsMsg::ProfilesNone)}</p> })}
            {move || (!profiles.with(Vec::is_empty) && !profiles.with(|p| p.iter().any(|p| p.is_default))).then(|| view! {
                <p>{i18n.t(PaymentsMsg::BalanceIsDefault)}</p>
            })}
            <ul class="billing-list">
                <For each=move || profiles.get() key=|p: &Profile| (p.id.clone(), p.is_default) let:p>
                    {
                        let (id_default, id_remove) = (p.id.clone(), p.id.clone());
                        let (l1, l2) = (p.label.clone(), p.label.clone());
                        let is_default = p.is_default;
                        view! {
                            <li class="billing-item profile" data-default=is_default.to_string()>
                                <div class="billing-text">
                                    <strong>{p.label.clone()}
                                        {is_default.then(|| view! { <span class="tag">{i18n.t(PaymentsMsg::ProfileDefault)}</span> })}
                                    </strong>
                                    <span class="muted">{i18n.t(PaymentsMsg::ProviderTest)}</span>
                                </div>
                                <Show when=move || may().is_ok()>
                                    <div class="billing-actions">
                                        {(!is_default).then(|| {
                                            let (id, l) = (id_default.clone(), l1.clone());
                                            view! {
                                                <button type="button" disabled=busy on:click=move |_| { choosing.dispatch(Some(id.clone())); }>
                                                    {move || i18n.fill(PaymentsMsg::MakeDefault, &[("label", &l)])}
                                                </button>
                                            }
                                        })}
                                        {
                                            let (id, l) = (id_remove.clone(), l2.clone());
                                            view! {
                                                <button type="button" disabled=busy on:click=move |_| { removing.dispatch(id.clone()); }>
                                                    {move || i18n.fill(PaymentsMsg::RemoveProfile, &[("label", &l)])}
                                                </button>
                                            }
                                        }
                                    </div>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
            {move || match may() {
                Err(reason) => view! { <p class="reason">{i18n.t(reason.msg())}</p> }.into_any(),
                Ok(()) => view! {
                    <Show when=move || profiles.with(|p| p.iter().any(|p| p.is_default))>
                        <div class="form-actions">
                            <button type="button" disabled=busy on:click=move |_| { choosing.dispatch(None); }>
                                {i18n.t(PaymentsMsg::UseBalance)}
                            </button>
                        </div>
                    </Show>
                    <h3>{i18n.t(PaymentsMsg::AddHeading)}</h3>
                    <Show when=has_test fallback=move || view! { <p class="muted">{i18n.t(PaymentsMsg::NoProvider)}</p> }>
                        <form on:submit=submit>
                            <label for="billing-profile-label">{i18n.t(PaymentsMsg::FieldLabel)}</label>
                            <input id="billing-profile-label" type="text" maxlength="60" autocomplete="off"
                                prop:value=label on:input=move |ev| label.set(event_target_value(&ev))/>
                            <label for="billing-profile-card">{i18n.t(PaymentsMsg::FieldCard)}</label>
                            <select id="billing-profile-card" on:change=move |ev| card.set(event_target_value(&ev))>
                                {TEST_CARDS.iter().map(|c| view! {
                                    <option value=*c selected=move || card.get() == *c>{i18n.t(card_text(c))}</option>
                                }).collect_view()}
                            </select>
                            <div class="form-actions">
                                <button type="submit" disabled=move || adding.pending().get()>{i18n.t(PaymentsMsg::AddButton)}</button>
                            </div>
                        </form>
                    </Show>
                }.into_any(),
            }}
        </section>
    }
}
