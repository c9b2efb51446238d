//! A user's place in one organization: a role and the permissions that go with it (MEM-1).

use serde::{Deserialize, Serialize};

use crate::role::Role;

/// Which administrative emails a member receives (MEM-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AdminEmails {
    pub billing: bool,
    pub technical: bool,
    pub security: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub role: Role,
    /// See and pay invoices. Always true for legal representatives and administrators.
    pub billing_rights: bool,
    pub admin_emails: AdminEmails,
    /// Access suspended after a security incident (SEC-9).
    pub blocked: bool,
}

impl Membership {
    /// The permissions a new member with this role starts with.
    pub fn new(role: Role, billing_rights: bool) -> Membership {
        Membership {
            role,
            billing_rights: role.is_manager() || billing_rights,
            admin_emails: AdminEmails {
                billing: role.is_manager(),
                technical: role.is_manager(),
                security: role.is_manager(),
            },
            blocked: false,
        }
    }

    pub fn sees_billing(&self) -> bool {
        self.role.is_manager() || self.billing_rights
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn managers_always_see_billing() {
        assert!(Membership::new(Role::Administrator, false).sees_billing());
        assert!(Membership::new(Role::LegalRepresentative, false).sees_billing());
        assert!(!Membership::new(Role::Collaborator, false).sees_billing());
        assert!(Membership::new(Role::External, true).sees_billing());
    }
}
