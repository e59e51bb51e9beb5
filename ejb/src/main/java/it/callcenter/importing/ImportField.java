package it.callcenter.importing;

import it.callcenter.geography.SearchText;
import it.callcenter.registry.Consent;

import java.util.List;
import java.util.Optional;

/**
 * The party fields a column can feed, with the headers (Italian and English) that suggest them. Besides these, a
 * column can feed one of the administrator's custom fields ({@link #CUSTOM_PREFIX}{@code code}, {@link ColumnMapping}).
 * Plain "Stato" suggests nothing: in Italian files it is as often the country as the customer's status.
 */
public enum ImportField {
    lastName("cognome", "last name", "lastname", "surname", "family name"),
    firstName("nome", "first name", "firstname", "given name", "name"),
    companyName("ragione sociale", "denominazione", "azienda", "societa", "company", "company name", "business name"),
    fiscalCode("codice fiscale", "cod fiscale", "cf", "c f", "fiscal code", "tax code"),
    vatNumber("partita iva", "p iva", "piva", "p iva", "vat", "vat number", "vat no"),
    mobile("cellulare", "cell", "tel cellulare", "telefono cellulare", "mobile", "mobile phone", "cell phone"),
    phone("telefono", "tel", "telefono fisso", "fisso", "phone", "telephone", "landline"),
    email("email", "e mail", "mail", "posta elettronica", "indirizzo email", "email address"),
    street("indirizzo", "via", "address", "street", "street address"),
    comune("comune", "citta", "localita", "city", "town", "municipality"),
    province("provincia", "prov", "sigla provincia", "province", "state"),
    postalCode("cap", "codice postale", "postal code", "zip", "zip code", "postcode"),
    birthDate("data di nascita", "data nascita", "nato il", "birth date", "birthdate", "date of birth", "dob"),
    gender("sesso", "genere", "gender", "sex"),
    carrier("operatore", "gestore", "carrier", "operator"),
    interests("interessi", "interesse", "interests", "interest"),
    consentMarketing(Consent.MARKETING, "consenso marketing", "privacy marketing", "marketing", "consenso commerciale",
            "consenso comunicazioni commerciali", "consenso marketing diretto", "marketing consent", "consent marketing",
            "marketing opt in", "opt in marketing"),
    consentThirdParties(Consent.THIRD_PARTIES, "consenso terzi", "consenso cessione a terzi", "consenso cessione terzi",
            "cessione a terzi", "cessione terzi", "privacy terzi", "comunicazione a terzi", "third parties", "third party",
            "third parties consent", "third party consent", "consent third parties"),
    consentProfiling(Consent.PROFILING, "consenso profilazione", "privacy profilazione", "profilazione", "profiling",
            "profiling consent", "consent profiling"),
    consentBirthday(Consent.BIRTHDAY, "consenso compleanno", "compleanno", "auguri", "auguri di compleanno",
            "consenso auguri", "birthday", "birthday consent", "birthday messages", "consent birthday"),
    consentWelcome(Consent.WELCOME, "consenso benvenuto", "benvenuto", "messaggio di benvenuto", "welcome",
            "welcome consent", "welcome message", "consent welcome"),
    consentPromotions(Consent.PROMOTIONS, "consenso promozioni", "promozioni", "consenso promo", "promo", "promotions",
            "promotions consent", "promotional consent", "consent promotions"),
    consentDate("data consenso", "data del consenso", "data consensi", "data privacy", "data consenso privacy",
            "consent date", "date of consent", "consent given on"),
    consentSource("fonte consenso", "fonte del consenso", "origine consenso", "provenienza consenso", "fonte privacy",
            "modalita consenso", "consent source", "source of consent", "consent origin"),
    status("stato cliente", "stato contatto", "stato anagrafica", "status", "customer status"),
    rating("valutazione", "classificazione", "giudizio", "rating", "customer rating"),
    owners("responsabile", "responsabili", "assegnatario", "assegnatari", "owner", "owners", "account manager"),
    note("note", "nota", "annotazioni", "osservazioni", "commenti", "notes", "comments", "remarks");

    /** The prefix of a custom field's name in a mapping: {@code customFields.<code>}, as the registry names its errors. */
    public static final String CUSTOM_PREFIX = "customFields.";

    private final Consent consent;
    private final List<String> headers;

    ImportField(String... headers) {
        this(null, headers);
    }

    ImportField(Consent consent, String... headers) {
        this.consent = consent;
        this.headers = List.of(headers);
    }

    /** The consent this field gives or withdraws; empty for the other fields. */
    public Optional<Consent> consent() {
        return Optional.ofNullable(consent);
    }

    /** The field a header suggests: case, accents and punctuation aside ("P.IVA", "Località", "E-mail"). */
    public static Optional<ImportField> suggest(String header) {
        String key = key(header).replace(" ", "");
        for (ImportField field : values()) {
            if (field.headers.stream().anyMatch(h -> h.replace(" ", "").equals(key)) || field.name().equalsIgnoreCase(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String key(String header) {
        String normalized = SearchText.normalize(header == null ? "" : header);
        return normalized.replaceAll("[^a-z0-9]+", " ").strip();
    }

    public static Optional<ImportField> named(String name) {
        for (ImportField field : values()) {
            if (field.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
