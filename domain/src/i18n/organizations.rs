//! "My organizations" (ORG-1), creating an organization (ORG-2), leaving one (ORG-6) and
//! deleting one (ORG-7), with their emails. Sentences about a count come in a "one" and
//! an "other" form (`…One` / `…Other`), chosen by [`super::Lang::is_one`].

use super::Lang;

catalogue! {
    OrgMsg;
    MyOrgsTitle { en: "My organizations", fr: "Mes Organisations" }
    MyOrgsIntro { en: "Every organization you belong to. Open one to work in it.", fr: "Toutes les Organisations dont vous faites partie. Ouvrez-en une pour y travailler." }
    MyOrgsEmpty { en: "You do not belong to any organization yet. Create one below, or accept an invitation.", fr: "Vous ne faites encore partie d'aucune Organisation. Créez-en une ci-dessous, ou acceptez une invitation." }
    MyOrgsYourRole { en: "Your role: {role}", fr: "Votre rôle : {role}" }
    MyOrgsBlocked { en: "Blocked", fr: "Bloqué" }
    MyOrgsLegalRepresentatives { en: "Legal representatives: {names}", fr: "Responsables légaux : {names}" }
    MyOrgsCurrent { en: "Current", fr: "Actuelle" }
    MyOrgsOpen { en: "Open", fr: "Ouvrir" }
    MyOrgsOpenFor { en: "Open {org}", fr: "Ouvrir {org}" }
    MyOrgsLeave { en: "Leave", fr: "Quitter" }
    MyOrgsLeaveFor { en: "Leave {org}", fr: "Quitter {org}" }
    MyOrgsDelete { en: "Delete", fr: "Supprimer" }
    MyOrgsDeleteFor { en: "Delete {org}", fr: "Supprimer {org}" }
    MyOrgsCannotLeave { en: "You cannot leave {org} yet:", fr: "Vous ne pouvez pas encore quitter {org} :" }
    LeaveTitle { en: "Leave {org}?", fr: "Quitter {org} ?" }
    LeaveExplain { en: "You will no longer see {org} nor manage any of its products. Its legal representatives will be told by email. To come back, you will need a new invitation.", fr: "Vous ne verrez plus {org} et ne gérerez plus aucun de ses produits. Ses responsables légaux en seront informés par e-mail. Pour y revenir, il vous faudra une nouvelle invitation." }
    LeaveConfirm { en: "Leave the organization", fr: "Quitter l'Organisation" }
    LeaveDone { en: "You left {org}.", fr: "Vous avez quitté {org}." }
    CreateTitle { en: "Create an organization", fr: "Créer une Organisation" }
    CreateIntro { en: "You will be its legal representative. You can invite other users afterwards.", fr: "Vous en serez le responsable légal. Vous pourrez inviter d'autres utilisateurs ensuite." }
    CreateType { en: "Type of organization", fr: "Type d'Organisation" }
    CreateCountry { en: "Country", fr: "Pays" }
    CreateCurrency { en: "Invoices will be in {currency}: it follows from the country.", fr: "Les factures seront en {currency} : la devise découle du pays." }
    CreateSubmit { en: "Create the organization", fr: "Créer l'Organisation" }
    ProblemNotAChoice { en: "choose one of the options offered.", fr: "choisissez l'une des options proposées." }
    ProblemWrongPassword { en: "this is not your password.", fr: "ce n'est pas votre mot de passe." }
    DeleteTitle { en: "Delete {org}", fr: "Supprimer {org}" }
    DeleteIntro { en: "Deleting the organization removes it for all its members and revokes its pending invitations. Your own account stays; you will continue in another of your organizations.", fr: "La suppression de l'Organisation la retire à tous ses membres et révoque ses invitations en attente. Votre propre compte est conservé ; vous continuerez dans une autre de vos Organisations." }
    DeleteUnmet { en: "Before {org} can be deleted:", fr: "Avant de pouvoir supprimer {org} :" }
    DeleteProductsOne { en: "{count} product is not terminated: terminate it first.", fr: "{count} produit n'est pas résilié : résiliez-le d'abord." }
    DeleteProductsOther { en: "{count} products are not terminated: terminate them first.", fr: "{count} produits ne sont pas résiliés : résiliez-les d'abord." }
    DeleteMembersOne { en: "{count} other member still belongs to the organization: remove them on the Users page.", fr: "{count} autre membre fait encore partie de l'Organisation : retirez-le depuis la page Utilisateurs." }
    DeleteMembersOther { en: "{count} other members still belong to the organization: remove them on the Users page.", fr: "{count} autres membres font encore partie de l'Organisation : retirez-les depuis la page Utilisateurs." }
    DeleteInvoicesOne { en: "{count} invoice is unpaid: pay it first.", fr: "{count} facture est impayée : réglez-la d'abord." }
    DeleteInvoicesOther { en: "{count} invoices are unpaid: pay them first.", fr: "{count} factures sont impayées : réglez-les d'abord." }
    DeleteBalance { en: "A prepaid balance of {amount} remains: use it up or ask support to refund it.", fr: "Il reste un solde prépayé de {amount} : utilisez-le ou demandez son remboursement au support." }
    DeleteGoToMembers { en: "Go to the users", fr: "Voir les utilisateurs" }
    DeleteReady { en: "Every condition is met. This cannot be undone.", fr: "Toutes les conditions sont remplies. Cette action est irréversible." }
    DeleteEmailInvoices { en: "Email me the list of paid invoices", fr: "M'envoyer par e-mail la liste des factures payées" }
    DeletePasswordHelp { en: "Enter your password to confirm.", fr: "Saisissez votre mot de passe pour confirmer." }
    DeleteConfirm { en: "Delete the organization", fr: "Supprimer l'Organisation" }
    DeleteDone { en: "{org} is deleted.", fr: "{org} est supprimée." }
    MailLeftSubject { en: "{name} left {org}", fr: "{name} a quitté {org}" }
    MailLeftBody { en: "{name} ({email}) left the organization {org}. They no longer see it nor its products.\n\nYou can see the members in the console: {link}", fr: "{name} ({email}) a quitté l'Organisation {org}. Cette personne ne la voit plus, ni ses produits.\n\nVous retrouvez les membres dans la console : {link}" }
    MailInvoicesSubject { en: "The paid invoices of {org}", fr: "Les factures payées de {org}" }
    MailInvoicesBody { en: "As you asked when deleting the organization {org}, here are its paid invoices:\n\n{list}", fr: "Comme vous l'avez demandé en supprimant l'Organisation {org}, voici ses factures payées :\n\n{list}" }
    MailInvoicesNone { en: "As you asked when deleting the organization {org}: it had no paid invoices.", fr: "Comme vous l'avez demandé en supprimant l'Organisation {org} : elle n'avait aucune facture payée." }
    MailInvoiceLine { en: "{number}, {date}, {amount}", fr: "{number}, {date}, {amount}" }
}

/// The "one" or "other" form of a sentence about `n`, `{count}` filled.
pub fn counted(lang: Lang, n: u64, one: OrgMsg, other: OrgMsg) -> String {
    let form = if lang.is_one(n) { one } else { other };
    form.fill(lang, &[("count", &n.to_string())])
}
