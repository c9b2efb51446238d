use super::*;
use crate::Lang;

const CHF: Currency = Currency::Chf;
const EUR: Currency = Currency::Eur;

fn domain(name: &str) -> ValidItem {
    let offer = DomainName::parse(name).unwrap().offer().id.to_string();
    check_item(&CartItem { offer, name: name.into(), quantity: 1 }).unwrap()
}

fn code(kind: ProductKind, discount: Discount) -> PromoFacts {
    PromoFacts { code: "WELCOME10".into(), kind, org_id: None, discount, expires_at: Some(1_000), max_uses: 2, uses: 0 }
}

#[test]
fn domain_names_are_one_label_and_a_sold_extension() {
    let d = DomainName::parse("  Example.CH. ").unwrap();
    assert_eq!(d.as_str(), "example.ch");
    assert_eq!(d.extension(), "ch");
    assert_eq!(d.offer().id, "domain_ch");
    assert_eq!(DomainName::parse("xn--bcher-kva.de").unwrap().as_str(), "xn--bcher-kva.de");
    assert_eq!(DomainName::parse("example"), Err(DomainNameError::Shape));
    assert_eq!(DomainName::parse("www.example.ch"), Err(DomainNameError::Shape));
    assert_eq!(DomainName::parse(".ch"), Err(DomainNameError::Length));
    assert_eq!(DomainName::parse(&format!("{}.ch", "a".repeat(64))), Err(DomainNameError::Length));
    assert!(DomainName::parse(&format!("{}.ch", "a".repeat(63))).is_ok());
    assert_eq!(DomainName::parse("-abc.ch"), Err(DomainNameError::Characters));
    assert_eq!(DomainName::parse("abc-.ch"), Err(DomainNameError::Characters));
    assert_eq!(DomainName::parse("ab--c.ch"), Err(DomainNameError::Characters));
    assert_eq!(DomainName::parse("büro.ch"), Err(DomainNameError::Characters));
    assert_eq!(DomainName::parse("a_b.ch"), Err(DomainNameError::Characters));
    assert_eq!(DomainName::parse("example.zz"), Err(DomainNameError::Extension));
}

#[test]
fn cart_items_are_checked_against_the_catalogue_and_capped() {
    let item = |offer: &str, name: &str, quantity| CartItem { offer: offer.into(), name: name.into(), quantity };
    assert_eq!(check_item(&item("nope", "", 1)), Err(ItemProblem::UnknownOffer));
    assert_eq!(
        check_item(&item("domain_ch", "bad name.ch", 1)),
        Err(ItemProblem::Domain { error: DomainNameError::Characters })
    );
    assert_eq!(check_item(&item("domain_fr", "example.ch", 1)), Err(ItemProblem::DomainOffer));
    assert_eq!(check_item(&item("domain_ch", "example.ch", 2)), Err(ItemProblem::Quantity));
    assert_eq!(check_item(&item("web_hosting", "", 0)), Err(ItemProblem::Quantity));
    assert_eq!(check_item(&item("web_hosting", "", MAX_QUANTITY + 1)), Err(ItemProblem::Quantity));
    assert_eq!(check_item(&item("web_hosting", &"x".repeat(NAME_MAX_CHARS + 1), 1)), Err(ItemProblem::NameTooLong));
    let hosting = check_item(&item("web_hosting", "  Site  ", 3)).unwrap();
    assert_eq!(hosting.name, "Site");
    assert_eq!(hosting.gross(CHF).minor(), 3 * 11880);
    let d = check_item(&item("domain_ch", "Shop.ch", 1)).unwrap();
    assert_eq!((d.name.as_str(), d.extension.as_deref()), ("shop.ch", Some("ch")));
}

#[test]
fn a_promo_code_gives_each_refusal_in_turn() {
    let item = domain("shop.ch");
    let ok = code(ProductKind::Domain, Discount::Percent(10));
    assert_eq!(applies(None, "org", &item, CHF, 0, false), Err(PromoRefusal::Unknown));
    assert_eq!(applies(Some(&ok), "org", &item, CHF, 0, true), Err(PromoRefusal::AlreadyApplied));
    assert_eq!(applies(Some(&ok), "org", &item, CHF, 1_000, false), Err(PromoRefusal::Expired));
    let used = PromoFacts { uses: 2, ..ok.clone() };
    assert_eq!(applies(Some(&used), "org", &item, CHF, 0, false), Err(PromoRefusal::UsedUp));
    let theirs = PromoFacts { org_id: Some("other".into()), ..ok.clone() };
    assert_eq!(applies(Some(&theirs), "org", &item, CHF, 0, false), Err(PromoRefusal::WrongOrganization));
    let ours = PromoFacts { org_id: Some("org".into()), ..ok.clone() };
    assert!(applies(Some(&ours), "org", &item, CHF, 0, false).is_ok());
    let hosting_code = code(ProductKind::WebHosting, Discount::Percent(10));
    assert_eq!(applies(Some(&hosting_code), "org", &item, CHF, 0, false), Err(PromoRefusal::NoMatchingProduct));
    let euros = code(ProductKind::Domain, Discount::Fixed(Money::new(100, EUR)));
    assert_eq!(applies(Some(&euros), "org", &item, CHF, 0, false), Err(PromoRefusal::WrongCurrency));
    // 10 % of CHF 13.00.
    assert_eq!(applies(Some(&ok), "org", &item, CHF, 999, false).unwrap().minor(), 130);
    // Each refusal has words in every language.
    for r in [PromoRefusal::Unknown, PromoRefusal::Expired, PromoRefusal::UsedUp, PromoRefusal::WrongOrganization] {
        assert_ne!(r.msg().text(Lang::En), r.msg().text(Lang::Fr));
    }
}

#[test]
fn a_discount_never_takes_an_item_below_zero() {
    let item = domain("shop.ch");
    let big = code(ProductKind::Domain, Discount::Fixed(Money::new(5_000, CHF)));
    assert_eq!(applies(Some(&big), "org", &item, CHF, 0, false).unwrap().minor(), 1300);
    let all = code(ProductKind::Domain, Discount::Percent(150));
    assert_eq!(applies(Some(&all), "org", &item, CHF, 0, false).unwrap().minor(), 1300);
    let l = line(&item, CHF, &[Money::new(1000, CHF), Money::new(1000, CHF)]);
    assert_eq!(l.discount.minor(), 1300);
    assert_eq!(l.net().unwrap().minor(), 0);
    let l = line(&item, CHF, &[Money::new(500, CHF)]);
    assert_eq!(l.net().unwrap().minor(), 800);
}

#[test]
fn a_free_offer_matches_by_offer_or_type_once() {
    let item = domain("shop.ch");
    let free = FreeOfferFacts { id: "f1".into(), offer: "domain".into(), expires_at: Some(50), used: false };
    assert_eq!(free_offer_applies(Some(&free), &item, CHF, 0, false).unwrap().minor(), 1300);
    assert!(free.matches(&item) && free.open(49) && !free.open(50));
    let by_id = FreeOfferFacts { offer: "domain_ch".into(), ..free.clone() };
    assert!(by_id.matches(&item));
    let other = FreeOfferFacts { offer: "domain_fr".into(), ..free.clone() };
    assert_eq!(free_offer_applies(Some(&other), &item, CHF, 0, false), Err(FreeOfferRefusal::NoMatchingProduct));
    let used = FreeOfferFacts { used: true, ..free.clone() };
    assert_eq!(free_offer_applies(Some(&used), &item, CHF, 0, false), Err(FreeOfferRefusal::Used));
    assert!(!used.open(0));
    assert_eq!(free_offer_applies(Some(&free), &item, CHF, 50, false), Err(FreeOfferRefusal::Expired));
    assert_eq!(free_offer_applies(Some(&free), &item, CHF, 0, true), Err(FreeOfferRefusal::AlreadyApplied));
    assert_eq!(free_offer_applies(None, &item, CHF, 0, false), Err(FreeOfferRefusal::Unknown));
    // Used on an item: it is free.
    let l = line(&item, CHF, &[free_offer_applies(Some(&free), &item, CHF, 0, false).unwrap()]);
    assert!(l.net().unwrap().is_zero());
}

#[test]
fn refusals_read_clearly_and_next_paths_stay_on_the_site() {
    let r = OrderRefusal::Promo { index: 1, code: "WELCOME10".into(), reason: PromoRefusal::Expired };
    assert!(r.message(Lang::En).contains("WELCOME10") && r.message(Lang::En).contains('2'));
    let r = OrderRefusal::InsufficientBalance { balance_minor: 500, currency: CHF };
    assert!(r.message(Lang::En).contains("CHF\u{a0}5.00"));
    assert!(is_same_site_path("/shop/cart"));
    for bad in ["//evil.test", "https://evil.test", "/\\evil.test", "shop", "/a\nb", ""] {
        assert!(!is_same_site_path(bad), "{bad:?}");
    }
}
