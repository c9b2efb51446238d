//! The organization's settings page (ORG-3, ORG-4, ORG-5): details, postal and billing
//! addresses, currency, header square and logos, and the summary email of a change.

use super::Lang;

catalogue! {
    SettingsMsg;
    SettingsTitle {
        en: "Settings of {org}",
        fr: "Paramètres de {org}",
        de: "Einstellungen von {org}",
        it: "Impostazioni di {org}",
        es: "Configuración de {org}",
    }
    SettingsDetails {
        en: "Details",
        fr: "Coordonnées",
        de: "Angaben",
        it: "Dati",
        es: "Datos",
    }
    SettingsPostalAddress {
        en: "Postal address",
        fr: "Adresse postale",
        de: "Postanschrift",
        it: "Indirizzo postale",
        es: "Dirección postal",
    }
    SettingsSave {
        en: "Save the details",
        fr: "Enregistrer les coordonnées",
        de: "Angaben speichern",
        it: "Salva i dati",
        es: "Guardar los datos",
    }
    SettingsSaved {
        en: "The details are saved. The legal representatives have been told by email.",
        fr: "Les coordonnées sont enregistrées. Les responsables légaux en ont été informés par e-mail.",
        de: "Die Angaben sind gespeichert. Die gesetzlichen Vertreter wurden per E-Mail informiert.",
        it: "I dati sono stati salvati. I rappresentanti legali sono stati informati via e-mail.",
        es: "Los datos se han guardado. Se ha informado a los representantes legales por correo electrónico.",
    }
    SettingsUnchanged {
        en: "Nothing changed.",
        fr: "Rien n'a changé.",
        de: "Keine Änderungen.",
        it: "Nessuna modifica.",
        es: "No hay cambios.",
    }
    SettingsNotSet {
        en: "Not set",
        fr: "Non renseigné",
        de: "Nicht angegeben",
        it: "Non specificato",
        es: "Sin especificar",
    }
    SettingsCurrency {
        en: "Invoicing currency",
        fr: "Devise de facturation",
        de: "Rechnungswährung",
        it: "Valuta di fatturazione",
        es: "Moneda de facturación",
    }
    SettingsCurrencyExplain {
        en: "The currency follows the country of the postal address: CHF for Switzerland and Liechtenstein, EUR elsewhere.",
        fr: "La devise suit le pays de l'adresse postale : CHF pour la Suisse et le Liechtenstein, EUR ailleurs.",
        de: "Die Währung richtet sich nach dem Land der Postanschrift: CHF für die Schweiz und Liechtenstein, sonst EUR.",
        it: "La valuta dipende dal paese dell'indirizzo postale: CHF per la Svizzera e il Liechtenstein, EUR per gli altri paesi.",
        es: "La moneda depende del país de la dirección postal: CHF para Suiza y Liechtenstein, EUR para los demás países.",
    }
    SettingsPhoneHelp {
        en: "National or international form, for example +41 44 668 18 00.",
        fr: "Format national ou international, par exemple +41 44 668 18 00.",
        de: "Nationales oder internationales Format, zum Beispiel +41 44 668 18 00.",
        it: "Formato nazionale o internazionale, ad esempio +41 44 668 18 00.",
        es: "Formato nacional o internacional, por ejemplo +41 44 668 18 00.",
    }
    FieldStreet {
        en: "Street and number",
        fr: "Rue et numéro",
        de: "Straße und Hausnummer",
        it: "Via e numero civico",
        es: "Calle y número",
    }
    FieldPostcode {
        en: "Postcode",
        fr: "Code postal",
        de: "Postleitzahl",
        it: "Codice postale",
        es: "Código postal",
    }
    FieldCity {
        en: "City",
        fr: "Localité",
        de: "Ort",
        it: "Località",
        es: "Localidad",
    }
    FieldCountry {
        en: "Country",
        fr: "Pays",
        de: "Land",
        it: "Paese",
        es: "País",
    }
    FieldPhone {
        en: "Contact phone",
        fr: "Téléphone de contact",
        de: "Kontakttelefon",
        it: "Telefono di contatto",
        es: "Teléfono de contacto",
    }
    FieldKind {
        en: "Type of organization",
        fr: "Type d'Organisation",
        de: "Art der Organisation",
        it: "Tipo di Organizzazione",
        es: "Tipo de Organización",
    }
    FieldInitials {
        en: "Initials",
        fr: "Initiales",
        de: "Initialen",
        it: "Iniziali",
        es: "Iniciales",
    }
    FieldColor {
        en: "Colour",
        fr: "Couleur",
        de: "Farbe",
        it: "Colore",
        es: "Color",
    }
    FieldLabel {
        en: "Label",
        fr: "Libellé",
        de: "Bezeichnung",
        it: "Etichetta",
        es: "Etiqueta",
    }
    FieldLogo {
        en: "Logo",
        fr: "Logo",
        de: "Logo",
        it: "Logo",
        es: "Logotipo",
    }
    FieldBillingAddress {
        en: "Billing address “{label}”",
        fr: "Adresse de facturation « {label} »",
        de: "Rechnungsadresse „{label}“",
        it: "Indirizzo di fatturazione «{label}»",
        es: "Dirección de facturación «{label}»",
    }
    BillingTitle {
        en: "Billing addresses",
        fr: "Adresses de facturation",
        de: "Rechnungsadressen",
        it: "Indirizzi di fatturazione",
        es: "Direcciones de facturación",
    }
    BillingExplain {
        en: "Extra addresses a product's renewal can be invoiced to.",
        fr: "Adresses supplémentaires auxquelles le renouvellement d'un produit peut être facturé.",
        de: "Zusätzliche Adressen, an die die Verlängerung eines Produkts in Rechnung gestellt werden kann.",
        it: "Indirizzi aggiuntivi a cui può essere fatturato il rinnovo di un prodotto.",
        es: "Direcciones adicionales a las que se puede facturar la renovación de un producto.",
    }
    BillingNone {
        en: "No extra billing address.",
        fr: "Aucune adresse de facturation supplémentaire.",
        de: "Keine zusätzliche Rechnungsadresse.",
        it: "Nessun indirizzo di fatturazione aggiuntivo.",
        es: "No hay direcciones de facturación adicionales.",
    }
    BillingAdd {
        en: "Add a billing address",
        fr: "Ajouter une adresse de facturation",
        de: "Rechnungsadresse hinzufügen",
        it: "Aggiungi un indirizzo di fatturazione",
        es: "Añadir una dirección de facturación",
    }
    BillingEdit {
        en: "Edit",
        fr: "Modifier",
        de: "Bearbeiten",
        it: "Modifica",
        es: "Editar",
    }
    BillingEditFor {
        en: "Edit the billing address {label}",
        fr: "Modifier l'adresse de facturation {label}",
        de: "Rechnungsadresse {label} bearbeiten",
        it: "Modifica l'indirizzo di fatturazione {label}",
        es: "Editar la dirección de facturación {label}",
    }
    BillingRemove {
        en: "Remove",
        fr: "Supprimer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Eliminar",
    }
    BillingRemoveFor {
        en: "Remove the billing address {label}",
        fr: "Supprimer l'adresse de facturation {label}",
        de: "Rechnungsadresse {label} entfernen",
        it: "Rimuovi l'indirizzo di fatturazione {label}",
        es: "Eliminar la dirección de facturación {label}",
    }
    BillingSave {
        en: "Save the address",
        fr: "Enregistrer l'adresse",
        de: "Adresse speichern",
        it: "Salva l'indirizzo",
        es: "Guardar la dirección",
    }
    BillingSaved {
        en: "The billing address {label} is saved.",
        fr: "L'adresse de facturation {label} est enregistrée.",
        de: "Die Rechnungsadresse {label} ist gespeichert.",
        it: "L'indirizzo di fatturazione {label} è stato salvato.",
        es: "La dirección de facturación {label} se ha guardado.",
    }
    BillingRemoved {
        en: "The billing address {label} is removed.",
        fr: "L'adresse de facturation {label} est supprimée.",
        de: "Die Rechnungsadresse {label} wurde entfernt.",
        it: "L'indirizzo di fatturazione {label} è stato rimosso.",
        es: "La dirección de facturación {label} se ha eliminado.",
    }
    BillingInUse {
        en: "A product is invoiced to this address: choose another address for it first.",
        fr: "Un produit est facturé à cette adresse : choisissez-lui d'abord une autre adresse.",
        de: "Ein Produkt wird an diese Adresse abgerechnet: Wählen Sie dafür zuerst eine andere Adresse.",
        it: "Un prodotto viene fatturato a questo indirizzo: scelga prima un altro indirizzo per quel prodotto.",
        es: "Hay un producto que se factura a esta dirección: elija primero otra dirección para él.",
    }
    BillingTooMany {
        en: "An organization keeps at most 20 billing addresses.",
        fr: "Une Organisation conserve au plus 20 adresses de facturation.",
        de: "Eine Organisation kann höchstens 20 Rechnungsadressen haben.",
        it: "Un'Organizzazione può avere al massimo 20 indirizzi di fatturazione.",
        es: "Una Organización puede tener como máximo 20 direcciones de facturación.",
    }
    CustomizeTitle {
        en: "Appearance",
        fr: "Apparence",
        de: "Erscheinungsbild",
        it: "Aspetto",
        es: "Apariencia",
    }
    CustomizeExplain {
        en: "The header square shows the square logo, or else these initials on this colour.",
        fr: "Le carré de l'en-tête affiche le logo carré, sinon ces initiales sur cette couleur.",
        de: "Das Quadrat in der Kopfzeile zeigt das quadratische Logo oder andernfalls diese Initialen auf dieser Hintergrundfarbe.",
        it: "Il quadrato dell'intestazione mostra il logo quadrato oppure, in sua assenza, queste iniziali su questo colore.",
        es: "El cuadrado de la cabecera muestra el logotipo cuadrado o, si no lo hay, estas iniciales sobre este color.",
    }
    CustomizeInitialsHelp {
        en: "One or two letters or digits.",
        fr: "Une ou deux lettres ou chiffres.",
        de: "Ein oder zwei Buchstaben oder Ziffern.",
        it: "Una o due lettere o cifre.",
        es: "Una o dos letras o cifras.",
    }
    CustomizePreview {
        en: "Preview of the header square",
        fr: "Aperçu du carré de l'en-tête",
        de: "Vorschau des Quadrats in der Kopfzeile",
        it: "Anteprima del quadrato dell'intestazione",
        es: "Vista previa del cuadrado de la cabecera",
    }
    CustomizeSave {
        en: "Save the appearance",
        fr: "Enregistrer l'apparence",
        de: "Erscheinungsbild speichern",
        it: "Salva l'aspetto",
        es: "Guardar la apariencia",
    }
    CustomizeSaved {
        en: "The appearance is saved.",
        fr: "L'apparence est enregistrée.",
        de: "Das Erscheinungsbild ist gespeichert.",
        it: "L'aspetto è stato salvato.",
        es: "La apariencia se ha guardado.",
    }
    LogoSquare {
        en: "Square logo",
        fr: "Logo carré",
        de: "Quadratisches Logo",
        it: "Logo quadrato",
        es: "Logotipo cuadrado",
    }
    LogoWide {
        en: "Rectangular logo",
        fr: "Logo rectangulaire",
        de: "Rechteckiges Logo",
        it: "Logo rettangolare",
        es: "Logotipo rectangular",
    }
    LogoHelp {
        en: "PNG, JPEG or WebP, at most 1 MB and 4096 pixels a side.",
        fr: "PNG, JPEG ou WebP, au plus 1 Mo et 4096 pixels de côté.",
        de: "PNG, JPEG oder WebP, höchstens 1 MB und 4096 Pixel pro Seite.",
        it: "PNG, JPEG o WebP, massimo 1 MB e 4096 pixel per lato.",
        es: "PNG, JPEG o WebP, como máximo 1 MB y 4096 píxeles por lado.",
    }
    LogoNone {
        en: "No logo.",
        fr: "Aucun logo.",
        de: "Kein Logo.",
        it: "Nessun logo.",
        es: "Sin logotipo.",
    }
    LogoChoose {
        en: "Choose an image for the {logo}",
        fr: "Choisir une image pour le {logo}",
        de: "{logo} hochladen",
        it: "Scegli un'immagine per il {logo}",
        es: "Elegir una imagen para el {logo}",
    }
    LogoRemove {
        en: "Remove the {logo}",
        fr: "Supprimer le {logo}",
        de: "{logo} entfernen",
        it: "Rimuovi il {logo}",
        es: "Eliminar el {logo}",
    }
    LogoUploaded {
        en: "The logo is saved.",
        fr: "Le logo est enregistré.",
        de: "Das Logo ist gespeichert.",
        it: "Il logo è stato salvato.",
        es: "El logotipo se ha guardado.",
    }
    LogoRemoved {
        en: "The logo is removed.",
        fr: "Le logo est supprimé.",
        de: "Das Logo wurde entfernt.",
        it: "Il logo è stato rimosso.",
        es: "El logotipo se ha eliminado.",
    }
    LogoAlt {
        en: "Logo of {org}",
        fr: "Logo de {org}",
        de: "Logo von {org}",
        it: "Logo di {org}",
        es: "Logotipo de {org}",
    }
    DeleteLink {
        en: "Delete this organization",
        fr: "Supprimer cette Organisation",
        de: "Diese Organisation löschen",
        it: "Elimina questa Organizzazione",
        es: "Eliminar esta Organización",
    }
    ErrorEmpty {
        en: "it is required",
        fr: "ce champ est obligatoire",
        de: "Angabe erforderlich",
        it: "campo obbligatorio",
        es: "este campo es obligatorio",
    }
    ErrorTooLong {
        en: "it is too long",
        fr: "le texte est trop long",
        de: "Text zu lang",
        it: "il testo è troppo lungo",
        es: "el texto es demasiado largo",
    }
    ErrorControl {
        en: "it contains control or invisible characters",
        fr: "le texte contient des caractères de contrôle ou invisibles",
        de: "Text enthält Steuerzeichen oder unsichtbare Zeichen",
        it: "il testo contiene caratteri di controllo o invisibili",
        es: "el texto contiene caracteres de control o invisibles",
    }
    ErrorPostcode {
        en: "it is not a postcode of the chosen country",
        fr: "ce n'est pas un code postal du pays choisi",
        de: "Postleitzahl passt nicht zum gewählten Land",
        it: "non è un codice postale del paese scelto",
        es: "no es un código postal del país elegido",
    }
    ErrorPhone {
        en: "it is not a phone number of the chosen country (or international with +)",
        fr: "ce n'est pas un numéro de téléphone du pays choisi (ou international avec +)",
        de: "Telefonnummer passt nicht zum gewählten Land (oder international mit + eingeben)",
        it: "non è un numero di telefono del paese scelto (né un numero internazionale con +)",
        es: "no es un número de teléfono del país elegido (ni uno internacional con +)",
    }
    ErrorInitials {
        en: "use one or two letters or digits",
        fr: "utilisez une ou deux lettres ou chiffres",
        de: "Verwenden Sie ein oder zwei Buchstaben oder Ziffern",
        it: "usi una o due lettere o cifre",
        es: "use una o dos letras o cifras",
    }
    ErrorCountry {
        en: "choose a country from the list",
        fr: "choisissez un pays de la liste",
        de: "Wählen Sie ein Land aus der Liste",
        it: "scelga un paese dall'elenco",
        es: "elija un país de la lista",
    }
    ErrorNotAnImage {
        en: "the file is not a PNG, JPEG or WebP image",
        fr: "le fichier n'est pas une image PNG, JPEG ou WebP",
        de: "Datei ist kein PNG-, JPEG- oder WebP-Bild",
        it: "il file non è un'immagine PNG, JPEG o WebP",
        es: "el archivo no es una imagen PNG, JPEG o WebP",
    }
    ErrorImageTooLarge {
        en: "the file is larger than 1 MB",
        fr: "le fichier dépasse 1 Mo",
        de: "Datei ist größer als 1 MB",
        it: "il file supera 1 MB",
        es: "el archivo supera 1 MB",
    }
    ErrorImageTooManyPixels {
        en: "the image is wider or taller than 4096 pixels",
        fr: "l'image dépasse 4096 pixels de large ou de haut",
        de: "Bild ist breiter oder höher als 4096 Pixel",
        it: "l'immagine supera i 4096 pixel di larghezza o di altezza",
        es: "la imagen supera los 4096 píxeles de ancho o de alto",
    }
    CountryCh {
        en: "Switzerland",
        fr: "Suisse",
        de: "Schweiz",
        it: "Svizzera",
        es: "Suiza",
    }
    CountryLi {
        en: "Liechtenstein",
        fr: "Liechtenstein",
        de: "Liechtenstein",
        it: "Liechtenstein",
        es: "Liechtenstein",
    }
    CountryFr {
        en: "France",
        fr: "France",
        de: "Frankreich",
        it: "Francia",
        es: "Francia",
    }
    CountryDe {
        en: "Germany",
        fr: "Allemagne",
        de: "Deutschland",
        it: "Germania",
        es: "Alemania",
    }
    CountryIt {
        en: "Italy",
        fr: "Italie",
        de: "Italien",
        it: "Italia",
        es: "Italia",
    }
    CountryAt {
        en: "Austria",
        fr: "Autriche",
        de: "Österreich",
        it: "Austria",
        es: "Austria",
    }
    CountryBe {
        en: "Belgium",
        fr: "Belgique",
        de: "Belgien",
        it: "Belgio",
        es: "Bélgica",
    }
    CountryLu {
        en: "Luxembourg",
        fr: "Luxembourg",
        de: "Luxemburg",
        it: "Lussemburgo",
        es: "Luxemburgo",
    }
    CountryNl {
        en: "Netherlands",
        fr: "Pays-Bas",
        de: "Niederlande",
        it: "Paesi Bassi",
        es: "Países Bajos",
    }
    CountryEs {
        en: "Spain",
        fr: "Espagne",
        de: "Spanien",
        it: "Spagna",
        es: "España",
    }
    CountryPt {
        en: "Portugal",
        fr: "Portugal",
        de: "Portugal",
        it: "Portogallo",
        es: "Portugal",
    }
    CountryGb {
        en: "United Kingdom",
        fr: "Royaume-Uni",
        de: "Vereinigtes Königreich",
        it: "Regno Unito",
        es: "Reino Unido",
    }
    CountryMc {
        en: "Monaco",
        fr: "Monaco",
        de: "Monaco",
        it: "Monaco",
        es: "Mónaco",
    }
    ColorBlue {
        en: "Blue",
        fr: "Bleu",
        de: "Blau",
        it: "Blu",
        es: "Azul",
    }
    ColorGreen {
        en: "Green",
        fr: "Vert",
        de: "Grün",
        it: "Verde",
        es: "Verde",
    }
    ColorTeal {
        en: "Teal",
        fr: "Bleu canard",
        de: "Petrol",
        it: "Verde acqua",
        es: "Verde azulado",
    }
    ColorPurple {
        en: "Purple",
        fr: "Violet",
        de: "Violett",
        it: "Viola",
        es: "Morado",
    }
    ColorRed {
        en: "Red",
        fr: "Rouge",
        de: "Rot",
        it: "Rosso",
        es: "Rojo",
    }
    ColorOrange {
        en: "Orange",
        fr: "Orange",
        de: "Orange",
        it: "Arancione",
        es: "Naranja",
    }
    ColorPink {
        en: "Pink",
        fr: "Rose",
        de: "Rosa",
        it: "Rosa",
        es: "Rosa",
    }
    ColorSlate {
        en: "Slate",
        fr: "Ardoise",
        de: "Schiefergrau",
        it: "Grigio ardesia",
        es: "Gris pizarra",
    }
    MailDetailsChangedSubject {
        en: "The details of {org} changed",
        fr: "Les coordonnées de {org} ont changé",
        de: "Die Angaben von {org} wurden geändert",
        it: "I dati di {org} sono stati modificati",
        es: "Los datos de {org} han cambiado",
    }
    MailDetailsChangedBody {
        en: "{actor} changed the details of {org}:\n\n{changes}\n\nSee them in the console: {link}\n\nIf you did not expect this change, talk to the other legal representatives.",
        fr: "{actor} a modifié les coordonnées de {org} :\n\n{changes}\n\nConsultez-les dans la console : {link}\n\nSi vous n'attendiez pas ce changement, parlez-en aux autres responsables légaux.",
        de: "{actor} hat die Angaben von {org} geändert:\n\n{changes}\n\nSie finden sie in der Konsole: {link}\n\nWenn Sie diese Änderung nicht erwartet haben, sprechen Sie mit den anderen gesetzlichen Vertretern.",
        it: "{actor} ha modificato i dati di {org}:\n\n{changes}\n\nPuò consultarli nella console: {link}\n\nSe non si aspettava questa modifica, ne parli con gli altri rappresentanti legali.",
        es: "{actor} ha modificado los datos de {org}:\n\n{changes}\n\nPuede consultarlos en la consola: {link}\n\nSi no esperaba este cambio, hable con los demás representantes legales.",
    }
    MailChangeLine {
        en: "- {field}: {before} → {after}",
        fr: "- {field} : {before} → {after}",
        de: "- {field}: {before} → {after}",
        it: "- {field}: {before} → {after}",
        es: "- {field}: {before} → {after}",
    }
    // the language of the organization's invoices.
    FieldInvoiceLanguage {
        en: "Language of invoices",
        fr: "Langue des factures",
        de: "Sprache der Rechnungen",
        it: "Lingua delle fatture",
        es: "Idioma de las facturas",
    }
    InvoiceLanguageHelp {
        en: "Invoices and pro forma invoices of the organization are written in this language.",
        fr: "Les factures et factures pro forma de l'Organisation sont rédigées dans cette langue.",
        de: "Die Rechnungen und Proforma-Rechnungen der Organisation werden in dieser Sprache erstellt.",
        it: "Le fatture e le fatture proforma dell'Organizzazione sono redatte in questa lingua.",
        es: "Las facturas y facturas proforma de la Organización se emiten en este idioma.",
    }
}
