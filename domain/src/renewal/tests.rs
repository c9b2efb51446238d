use super::*;

const T0: i64 = 1_800_000_000_000;

fn domain(ext: &str, warranty: bool) -> Facts {
    Facts {
        kind: ProductKind::Domain,
        status: ProductStatus::Active,
        expires_at: Some(T0),
        warranty,
        extension: Some(ext.into()),
        redemption_ends_at: None,
        bill: Bill::None,
    }
}

fn days(n: i64) -> i64 {
    n * DAY_MS
}

#[test]
fn nothing_is_due_long_before_expiry() {
    assert_eq!(decide(&domain("ch", true), T0 - days(31)), None);
    assert_eq!(decide(&domain("ch", false), T0 - days(30) - 1), None);
}

#[test]
fn reminders_at_30_7_and_1_days_the_nearest_threshold_reached() {
    let f = domain("ch", false);
    assert_eq!(decide(&f, T0 - days(30)), Some(Step::Remind { days: 30, due_at: T0 - days(30) }));
    assert_eq!(decide(&f, T0 - days(8)), Some(Step::Remind { days: 30, due_at: T0 - days(30) }));
    assert_eq!(decide(&f, T0 - days(7)), Some(Step::Remind { days: 7, due_at: T0 - days(7) }));
    // A process down for a week does not send the 30-day reminder late as well.
    assert_eq!(decide(&f, T0 - days(5)), Some(Step::Remind { days: 7, due_at: T0 - days(7) }));
    assert_eq!(decide(&f, T0 - days(1)), Some(Step::Remind { days: 1, due_at: T0 - days(1) }));
    assert_eq!(decide(&f, T0 - 1), Some(Step::Remind { days: 1, due_at: T0 - days(1) }));
    // Each reminder is its own job: the three never share a name.
    let jobs: Vec<String> = [30, 7, 1].map(|d| Step::Remind { days: d, due_at: 0 }.job()).to_vec();
    assert_eq!(jobs, ["reminder_30", "reminder_7", "reminder_1"]);
}

#[test]
fn with_warranty_the_product_is_renewed_at_expiry() {
    assert_eq!(decide(&domain("com", true), T0), Some(Step::Renew { due_at: T0 }));
    assert_eq!(decide(&domain("com", true), T0 + days(3)), Some(Step::Renew { due_at: T0 }));
}

#[test]
fn without_warranty_a_domain_enters_redemption_and_anything_else_expires() {
    assert_eq!(decide(&domain("ch", false), T0), Some(Step::EnterRedemption { due_at: T0, ends_at: T0 + days(40) }));
    assert_eq!(decide(&domain("es", false), T0), Some(Step::EnterRedemption { due_at: T0, ends_at: T0 + days(10) }));
    let hosting = Facts { kind: ProductKind::WebHosting, extension: None, ..domain("", false) };
    assert_eq!(decide(&hosting, T0), Some(Step::Expire { due_at: T0 }));
}

#[test]
fn nas_warranty_never_counts() {
    let nas = Facts { kind: ProductKind::Nas, extension: None, ..domain("", true) };
    assert_eq!(decide(&nas, T0), Some(Step::Expire { due_at: T0 }));
    assert_eq!(warranty_refusal(ProductKind::Nas, ProductStatus::Active), Some(Refusal::WarrantyNotOffered));
    assert_eq!(warranty_refusal(ProductKind::Domain, ProductStatus::Active), None);
    assert_eq!(warranty_refusal(ProductKind::Domain, ProductStatus::Released), Some(Refusal::NotRenewable));
}

#[test]
fn a_failed_renewal_keeps_the_product_through_the_grace_period() {
    let unpaid = Facts { bill: Bill::Unpaid, ..domain("fr", true) };
    assert_eq!(decide(&unpaid, T0), None);
    assert_eq!(decide(&unpaid, T0 + days(GRACE_DAYS) - 1), None);
    let lapse = T0 + days(GRACE_DAYS);
    assert_eq!(decide(&unpaid, lapse), Some(Step::EnterRedemption { due_at: lapse, ends_at: lapse + days(30) }));
}

#[test]
fn a_paid_bill_extends_the_product() {
    let paid = Facts { bill: Bill::Paid, ..domain("fr", true) };
    assert_eq!(decide(&paid, T0 + days(2)), Some(Step::Extend { due_at: T0 }));
    let restored = Facts {
        status: ProductStatus::Redemption,
        redemption_ends_at: Some(T0 + days(30)),
        bill: Bill::Paid,
        ..domain("fr", false)
    };
    assert_eq!(decide(&restored, T0 + days(40)), Some(Step::Extend { due_at: T0 }));
}

#[test]
fn a_domain_is_released_when_its_redemption_ends() {
    let f = Facts { status: ProductStatus::Redemption, redemption_ends_at: Some(T0 + days(40)), ..domain("ch", false) };
    assert_eq!(decide(&f, T0 + days(40) - 1), None);
    assert_eq!(decide(&f, T0 + days(40)), Some(Step::Release { due_at: T0 + days(40) }));
    let released = Facts { status: ProductStatus::Released, ..f };
    assert_eq!(decide(&released, T0 + days(400)), None);
}

#[test]
fn redemption_periods_and_fees_by_extension() {
    let chf = |ext: &str| redemption(ext).fee(Currency::Chf).minor();
    assert_eq!(redemption("ch").days, 40);
    assert_eq!(redemption("li").days, 40);
    assert_eq!(redemption("com").days, 30);
    assert_eq!(redemption("net").days, 30);
    assert!((9_000..=12_000).contains(&chf("com")) && (9_000..=12_000).contains(&chf("net")));
    assert!((9_000..=12_000).contains(&redemption("com").fee(Currency::Eur).minor()));
    assert_eq!(redemption("fr").days, 30);
    assert_eq!(redemption("eu").days, 40);
    assert_eq!(redemption("de").days, 30);
    assert_eq!(redemption("be").days, 40);
    assert_eq!(redemption("it").days, 30);
    assert_eq!(redemption("es").days, 10);
    // Written any way, the extension is the same one.
    assert_eq!(redemption(".CH"), redemption("ch"));
    assert_eq!(redemption("example.ch"), redemption("ch"));
    assert_eq!(redemption("xyz"), DEFAULT_REDEMPTION);
    assert_eq!(redemption(""), DEFAULT_REDEMPTION);
    for (ext, rules) in REDEMPTION_TABLE {
        assert!(rules.days > 0 && rules.fee_chf_minor > 0 && rules.fee_eur_minor > 0, "{ext}");
    }
}

#[test]
fn the_next_reminder_is_the_first_threshold_ahead() {
    assert_eq!(next_reminder(ProductStatus::Active, Some(T0), T0 - days(60)), Some(T0 - days(30)));
    assert_eq!(next_reminder(ProductStatus::Active, Some(T0), T0 - days(30)), Some(T0 - days(7)));
    assert_eq!(next_reminder(ProductStatus::Active, Some(T0), T0 - days(1)), None);
    assert_eq!(next_reminder(ProductStatus::Redemption, Some(T0), T0 - days(60)), None);
}

#[test]
fn restore_only_within_redemption_and_renew_not_in_it() {
    assert_eq!(restore_refusal(ProductStatus::Redemption, Some(T0), T0 - 1), None);
    assert_eq!(restore_refusal(ProductStatus::Redemption, Some(T0), T0), Some(Refusal::NotInRedemption));
    assert_eq!(restore_refusal(ProductStatus::Active, None, T0), Some(Refusal::NotInRedemption));
    assert_eq!(renew_refusal(ProductStatus::Redemption), Some(Refusal::InRedemption));
    assert_eq!(renew_refusal(ProductStatus::Released), Some(Refusal::NotRenewable));
    assert_eq!(renew_refusal(ProductStatus::Active), None);
}

#[test]
fn a_period_is_a_twelfth_of_a_year_per_month() {
    assert_eq!(period_ms(12), days(365));
    assert_eq!(period_ms(0), period_ms(1), "never a period of nothing");
}
