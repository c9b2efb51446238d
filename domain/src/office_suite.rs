//! PRD-8: an office suite's offer only moves up — more users *and* more storage — never
//! down, never sideways; its bundled products (a drive…) end with it, never alone.
//! The dashboard greys out the offers this refuses with the reason; the server applies
//! it again under the organization's lock.

use crate::billing::{Offer, CATALOGUE};
use crate::policy::Denied;
use crate::product::ProductKind;

/// May an office suite on offer `from` move to offer `to`? Only to an office suite
/// offer with strictly more users and strictly more storage.
pub fn upgrade_allowed(from: &Offer, to: &Offer) -> Result<(), Denied> {
    let suite = |o: &Offer| o.kind == ProductKind::OfficeSuite;
    if !suite(from) || !suite(to) {
        return Err(Denied::UpgradeOnly);
    }
    match (from.users, from.storage_gb, to.users, to.storage_gb) {
        (Some(fu), Some(fs), Some(tu), Some(ts)) if tu > fu && ts > fs => Ok(()),
        _ => Err(Denied::UpgradeOnly),
    }
}

/// Every office suite offer with the verdict of moving there from `from`, smallest first.
pub fn choices(from: &Offer) -> Vec<(&'static Offer, Result<(), Denied>)> {
    CATALOGUE.iter().filter(|o| o.kind == ProductKind::OfficeSuite).map(|o| (o, upgrade_allowed(from, o))).collect()
}

/// PRD-8: a product bundled with an office suite (`bundle_parent` set) is terminated
/// with the suite, never on its own.
pub fn terminate_separately(bundled: bool) -> Result<(), Denied> {
    if bundled {
        Err(Denied::BundledWithSuite)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::billing::offer_by_id;

    fn o(id: &str) -> &'static Offer {
        offer_by_id(id).unwrap()
    }

    #[test]
    fn only_up_in_users_and_storage() {
        assert_eq!(upgrade_allowed(o("office_suite_s"), o("office_suite_m")), Ok(()));
        assert_eq!(upgrade_allowed(o("office_suite_s"), o("office_suite_l")), Ok(()));
        assert_eq!(upgrade_allowed(o("office_suite_m"), o("office_suite_l")), Ok(()));
        // never down, never sideways (the same offer)
        assert_eq!(upgrade_allowed(o("office_suite_l"), o("office_suite_m")), Err(Denied::UpgradeOnly));
        assert_eq!(upgrade_allowed(o("office_suite_m"), o("office_suite_s")), Err(Denied::UpgradeOnly));
        assert_eq!(upgrade_allowed(o("office_suite_m"), o("office_suite_m")), Err(Denied::UpgradeOnly));
        // never to another kind
        assert_eq!(upgrade_allowed(o("office_suite_s"), o("drive")), Err(Denied::UpgradeOnly));
        assert_eq!(upgrade_allowed(o("drive"), o("office_suite_l")), Err(Denied::UpgradeOnly));
    }

    #[test]
    fn more_users_without_more_storage_is_sideways() {
        let from = Offer { users: Some(10), storage_gb: Some(100), ..*o("office_suite_s") };
        let more_users = Offer { users: Some(20), storage_gb: Some(100), ..*o("office_suite_m") };
        let more_storage = Offer { users: Some(10), storage_gb: Some(500), ..*o("office_suite_m") };
        let both = Offer { users: Some(11), storage_gb: Some(101), ..*o("office_suite_m") };
        assert_eq!(upgrade_allowed(&from, &more_users), Err(Denied::UpgradeOnly));
        assert_eq!(upgrade_allowed(&from, &more_storage), Err(Denied::UpgradeOnly));
        assert_eq!(upgrade_allowed(&from, &both), Ok(()));
    }

    #[test]
    fn choices_list_every_suite_offer_with_its_verdict() {
        let list = choices(o("office_suite_m"));
        assert_eq!(list.len(), 3);
        let allowed: Vec<&str> = list.iter().filter(|(_, v)| v.is_ok()).map(|(o, _)| o.id).collect();
        assert_eq!(allowed, vec!["office_suite_l"]);
    }

    #[test]
    fn bundled_products_are_not_terminated_alone() {
        assert_eq!(terminate_separately(true), Err(Denied::BundledWithSuite));
        assert_eq!(terminate_separately(false), Ok(()));
    }
}
