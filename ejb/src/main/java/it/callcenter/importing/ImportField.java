package it.callcenter.importing;

import it.callcenter.geography.SearchText;

import java.util.List;
import java.util.Optional;

/** The party fields a column can feed, with the headers (Italian and English) that suggest them. */
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
    interests("interessi", "interesse", "interests", "interest");

    private final List<String> headers;

    ImportField(String... headers) {
        this.headers = List.of(headers);
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
