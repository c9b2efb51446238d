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

    /// The membership after a role change (MEM-4): what the new role implies for the
    /// other permissions. Becoming a manager grants billing rights and the
    /// administrative emails; leaving the managers takes them away (they were the role's,
    /// not the person's); a change within either group keeps them. Product access is
    /// kept as it was. The change-role dialog previews this, the server applies it.
    pub fn with_role(&self, to: Role) -> Membership {
        let mut next = self.clone();
        next.role = to;
        match (self.role.is_manager(), to.is_manager()) {
            (false, true) => {
                next.billing_rights = true;
                next.admin_emails = AdminEmails { billing: true, technical: true, security: true };
            }
            (true, false) => {
                next.billing_rights = false;
                next.admin_emails = AdminEmails::default();
            }
            _ => {}
        }
        next
    }

    /// The membership with these permissions (MEM-1, MEM-4): managers keep their billing
    /// rights whatever is asked (they are the role's).
    pub fn with_permissions(&self, billing_rights: bool, admin_emails: AdminEmails) -> Membership {
        Membership { billing_rights: self.role.is_manager() || billing_rights, admin_emails, ..self.clone() }
    }

    /// Product access is given product by product to limited members only; managers
    /// manage every product.
    pub fn has_product_access_list(&self) -> bool {
        !self.role.is_manager()
    }

    /// External users are left out of the directory everyone else sees (MEM-6);
    /// managers, who manage them, see them.
    pub fn sees_external_users(&self) -> bool {
        self.role.is_manager()
    }

    pub fn sees_billing(&self) -> bool {
        self.role.is_manager() || self.billing_rights
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn managers_keep_their_billing_rights() {
        let admin = Membership::new(Role::Administrator, false);
        let asked = admin.with_permissions(false, AdminEmails::default());
        assert!(asked.billing_rights);
        assert_eq!(asked.admin_emails, AdminEmails::default());
        let collaborator = Membership::new(Role::Collaborator, false).with_permissions(true, AdminEmails::default());
        assert!(collaborator.billing_rights && collaborator.has_product_access_list());
    }

    #[test]
    fn managers_always_see_billing() {
        assert!(Membership::new(Role::Administrator, false).sees_billing());
        assert!(Membership::new(Role::LegalRepresentative, false).sees_billing());
        assert!(!Membership::new(Role::Collaborator, false).sees_billing());
        assert!(Membership::new(Role::External, true).sees_billing());
    }

    #[test]
    fn demoting_a_manager_takes_the_role_s_permissions_away() {
        let admin = Membership::new(Role::Administrator, false);
        let collaborator = admin.with_role(Role::Collaborator);
        assert_eq!(collaborator.role, Role::Collaborator);
        assert!(!collaborator.billing_rights);
        assert_eq!(collaborator.admin_emails, AdminEmails::default());
        assert!(!collaborator.sees_billing());
    }

    #[test]
    fn promoting_to_manager_grants_billing_and_emails() {
        let external = Membership::new(Role::External, false);
        let admin = external.with_role(Role::Administrator);
        assert!(admin.billing_rights);
        assert_eq!(admin.admin_emails, AdminEmails { billing: true, technical: true, security: true });
    }

    #[test]
    fn a_change_within_a_group_keeps_the_permissions() {
        let mut collaborator = Membership::new(Role::Collaborator, true);
        collaborator.admin_emails.technical = true;
        let external = collaborator.with_role(Role::External);
        assert!(external.billing_rights);
        assert!(external.admin_emails.technical);
        let mut lr = Membership::new(Role::LegalRepresentative, false);
        lr.admin_emails.billing = false;
        assert!(!lr.with_role(Role::Administrator).admin_emails.billing);
    }
}
