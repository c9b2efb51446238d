//! The organization's settings page (ORG-3, ORG-4, ORG-5): details, postal and billing
//! addresses, currency, header square and logos, and the summary email of a change.

use super::Lang;

catalogue! {
    SettingsMsg;
    SettingsTitle { en: "Settings of {org}", fr: "Paramètres de {org}" }
    SettingsDetails { en: "Details", fr: "Coordonnées" }
    SettingsPostalAddress { en: "Postal address", fr: "Adresse postale" }
    SettingsSave { en: "Save the details", fr: "Enregistrer les coordonnées" }
    SettingsSaved { en: "The details are saved. The legal representatives have been told by email.", fr: "Les coordonnées sont enregistrées. Les responsables légaux en ont été informés par e-mail." }
    SettingsUnchanged { en: "Nothing changed.", fr: "Rien n'a changé." }
    SettingsNotSet { en: "Not set", fr: "Non renseigné" }
    SettingsCurrency { en: "Invoicing currency", fr: "Devise de facturation" }
    SettingsCurrencyExplain { en: "The currency follows the country of the postal address: CHF for Switzerland and Liechtenstein, EUR elsewhere.", fr: "La devise suit le pays de l'adresse postale : CHF pour la Suisse et le Liechtenstein, EUR ailleurs." }
    SettingsPhoneHelp { en: "National or international form, for example +41 44 668 18 00.", fr: "Format national ou international, par exemple +41 44 668 18 00." }
    FieldStreet { en: "Street and number", fr: "Rue et numéro" }
    FieldPostcode { en: "Postcode", fr: "Code postal" }
    FieldCity { en: "City", fr: "Localité" }
    FieldCountry { en: "Country", fr: "Pays" }
    FieldPhone { en: "Contact phone", fr: "Téléphone de contact" }
    FieldKind { en: "Type of organization", fr: "Type d'Organisation" }
    FieldInitials { en: "Initials", fr: "Initiales" }
    FieldColor { en: "Colour", fr: "Couleur" }
    FieldLabel { en: "Label", fr: "Libellé" }
    FieldLogo { en: "Logo", fr: "Logo" }
    FieldBillingAddress { en: "Billing address “{label}”", fr: "Adresse de facturation « {label} »" }
    BillingTitle { en: "Billing addresses", fr: "Adresses de facturation" }
    BillingExplain { en: "Extra addresses a product's renewal can be invoiced to.", fr: "Adresses supplémentaires auxquelles le renouvellement d'un produit peut être facturé." }
    BillingNone { en: "No extra billing address.", fr: "Aucune adresse de facturation supplémentaire." }
    BillingAdd { en: "Add a billing address", fr: "Ajouter une adresse de facturation" }
    BillingEdit { en: "Edit", fr: "Modifier" }
    BillingEditFor { en: "Edit the billing address {label}", fr: "Modifier l'adresse de facturation {label}" }
    BillingRemove { en: "Remove", fr: "Supprimer" }
    BillingRemoveFor { en: "Remove the billing address {label}", fr: "Supprimer l'adresse de facturation {label}" }
    BillingSave { en: "Save the address", fr: "Enregistrer l'adresse" }
    BillingSaved { en: "The billing address {label} is saved.", fr: "L'adresse de facturation {label} est enregistrée." }
    BillingRemoved { en: "The billing address {label} is removed.", fr: "L'adresse de facturation {label} est supprimée." }
    BillingInUse { en: "A product is invoiced to this address: choose another address for it first.", fr: "Un produit est facturé à cette adresse : choisissez-lui d'abord une autre adresse." }
    BillingTooMany { en: "An organization keeps at most 20 billing addresses.", fr: "Une Organisation conserve au plus 20 adresses de facturation." }
    CustomizeTitle { en: "Appearance", fr: "Apparence" }
    CustomizeExplain { en: "The header square shows the square logo, or else these initials on this colour.", fr: "Le carré de l'en-tête affiche le logo carré, sinon ces initiales sur cette couleur." }
    CustomizeInitialsHelp { en: "One or two letters or digits.", fr: "Une ou deux lettres ou chiffres." }
    CustomizePreview { en: "Preview of the header square", fr: "Aperçu du carré de l'en-tête" }
    CustomizeSave { en: "Save the appearance", fr: "Enregistrer l'apparence" }
    CustomizeSaved { en: "The appearance is saved.", fr: "L'apparence est enregistrée." }
    LogoSquare { en: "Square logo", fr: "Logo carré" }
    LogoWide { en: "Rectangular logo", fr: "Logo rectangulaire" }
    LogoHelp { en: "PNG, JPEG or WebP, at most 1 MB and 4096 pixels a side.", fr: "PNG, JPEG ou WebP, au plus 1 Mo et 4096 pixels de côté." }
    LogoNone { en: "No logo.", fr: "Aucun logo." }
    LogoChoose { en: "Choose an image for the {logo}", fr: "Choisir une image pour le {logo}" }
    LogoRemove { en: "Remove the {logo}", fr: "Supprimer le {logo}" }
    LogoUploaded { en: "The logo is saved.", fr: "Le logo est enregistré." }
    LogoRemoved { en: "The logo is removed.", fr: "Le logo est supprimé." }
    LogoAlt { en: "Logo of {org}", fr: "Logo de {org}" }
    DeleteLink { en: "Delete this organization", fr: "Supprimer cette Organisation" }
    ErrorEmpty { en: "it is required", fr: "ce champ est obligatoire" }
    ErrorTooLong { en: "it is too long", fr: "le texte est trop long" }
    ErrorControl { en: "it contains control or invisible characters", fr: "le texte contient des caractères de contrôle ou invisibles" }
    ErrorPostcode { en: "it is not a postcode of the chosen country", fr: "ce n'est pas un code postal du pays choisi" }
    ErrorPhone { en: "it is not a phone number of the chosen country (or international with +)", fr: "ce n'est pas un numéro de téléphone du pays choisi (ou international avec +)" }
    ErrorInitials { en: "use one or two letters or digits", fr: "utilisez une ou deux lettres ou chiffres" }
    ErrorCountry { en: "choose a country from the list", fr: "choisissez un pays de la liste" }
    ErrorNotAnImage { en: "the file is not a PNG, JPEG or WebP image", fr: "le fichier n'est pas une image PNG, JPEG ou WebP" }
    ErrorImageTooLarge { en: "the file is larger than 1 MB", fr: "le fichier dépasse 1 Mo" }
    ErrorImageTooManyPixels { en: "the image is wider or taller than 4096 pixels", fr: "l'image dépasse 4096 pixels de large ou de haut" }
    CountryCh { en: "Switzerland", fr: "Suisse" }
    CountryLi { en: "Liechtenstein", fr: "Liechtenstein" }
    CountryFr { en: "France", fr: "France" }
    CountryDe { en: "Germany", fr: "Allemagne" }
    CountryIt { en: "Italy", fr: "Italie" }
    CountryAt { en: "Austria", fr: "Autriche" }
    CountryBe { en: "Belgium", fr: "Belgique" }
    CountryLu { en: "Luxembourg", fr: "Luxembourg" }
    CountryNl { en: "Netherlands", fr: "Pays-Bas" }
    CountryEs { en: "Spain", fr: "Espagne" }
    CountryPt { en: "Portugal", fr: "Portugal" }
    CountryGb { en: "United Kingdom", fr: "Royaume-Uni" }
    CountryMc { en: "Monaco", fr: "Monaco" }
    ColorBlue { en: "Blue", fr: "Bleu" }
    ColorGreen { en: "Green", fr: "Vert" }
    ColorTeal { en: "Teal", fr: "Bleu canard" }
    ColorPurple { en: "Purple", fr: "Violet" }
    ColorRed { en: "Red", fr: "Rouge" }
    ColorOrange { en: "Orange", fr: "Orange" }
    ColorPink { en: "Pink", fr: "Rose" }
    ColorSlate { en: "Slate", fr: "Ardoise" }
    MailDetailsChangedSubject { en: "The details of {org} changed", fr: "Les coordonnées de {org} ont changé" }
    MailDetailsChangedBody { en: "{actor} changed the details of {org}:\n\n{changes}\n\nSee them in the console: {link}\n\nIf you did not expect this change, talk to the other legal representatives.", fr: "{actor} a modifié les coordonnées de {org} :\n\n{changes}\n\nConsultez-les dans la console : {link}\n\nSi vous n'attendiez pas ce changement, parlez-en aux autres responsables légaux." }
    MailChangeLine { en: "- {field}: {before} → {after}", fr: "- {field} : {before} → {after}" }
}
