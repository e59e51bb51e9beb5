package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes N generated parties, one at a time, into the COPY streams of party, party_contact, party_interest and
 * party_owner: 85% persons (valid codice fiscale from their data, birth and home comune by population), 15%
 * companies (valid partita IVA), one unique mobile each, sometimes a landline and an e-mail, 0-3 interests,
 * 5% visible to their owner operator only. Nothing is kept per party, so a million costs no more memory than
 * a thousand. Not a measurement itself: the data the searches are timed on. Every 50th party goes through the
 * application's own validators ({@link Verification}).
 */
final class RegistryGenerator {

    private static final long FIRST_BIRTH_DAY = LocalDate.of(1935, 1, 1).toEpochDay();
    private static final long LAST_BIRTH_DAY = LocalDate.of(2006, 12, 31).toEpochDay();
    private static final long FIRST_ACTIVITY_DAY = LocalDate.of(1960, 1, 1).toEpochDay();
    private static final long LAST_ACTIVITY_DAY = LocalDate.of(2025, 12, 31).toEpochDay();
    private static final long FIRST_CREATED = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_CREATED = Instant.parse("2026-11-01T00:00:00Z").getEpochSecond();
    private static final List<String> STATUSES =
            List.of("NEW", "CONTACTED", "INTERESTED", "CUSTOMER", "FORMER_CUSTOMER", "NOT_INTERESTED");
    private static final double[] STATUS_WEIGHTS = {60, 15, 8, 10, 3, 4};

    static final String PARTY_COLUMNS = "id, type, first_name, last_name, birth_date, gender, birth_comune_istat,"
            + " company_name, activity_start, fiscal_code, vat_number, street, comune_istat, postal_code,"
            + " display_name, name_search, status, visibility, consent_marketing, consent_third_parties,"
            + " consent_profiling, consent_birthday, consent_welcome, consent_promotions, created_at, created_by,"
            + " updated_at, version, callable_phone";
    static final String CONTACT_COLUMNS = "party_id, position, kind, value, search_key, carrier, email_consent";
    static final String INTEREST_COLUMNS = "party_id, interest_id";
    static final String OWNER_COLUMNS = "party_id, username";

    /** Rows written, per table, and how many codici fiscali had to be omocodic. */
    record Counts(long parties, long persons, long companies, long contacts, long interests, long owners,
                  long omocodic, long verified) {
    }

    private final Comuni comuni;
    private final SplittableRandom random;
    private final Identifiers identifiers;
    private final Verification verification = new Verification();
    private final Weighted<String> surnames = Weighted.zipf(ItalianNames.SURNAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> maleNames = Weighted.zipf(ItalianNames.MALE_NAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> femaleNames = Weighted.zipf(ItalianNames.FEMALE_NAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> legalForms = Weighted.of(ItalianNames.LEGAL_FORMS, ItalianNames.LEGAL_FORM_WEIGHTS);
    private final Weighted<String> emailDomains = Weighted.of(ItalianNames.EMAIL_DOMAINS, ItalianNames.EMAIL_DOMAIN_WEIGHTS);
    private final Weighted<String> statuses = Weighted.of(STATUSES, STATUS_WEIGHTS);

    private long persons;
    private long companies;

    RegistryGenerator(Comuni comuni, long seed, int parties) {
        this.comuni = comuni;
        this.random = new SplittableRandom(seed);
        this.identifiers = new Identifiers(parties);
    }

    /** Ids 1..parties; interests 1..catalogue size must exist. */
    Counts generate(int parties, CopyStream party, CopyStream contact, CopyStream interest, CopyStream owner) {
        for (long id = 1; id <= parties; id++) {
            boolean verify = id <= 2000 || id % 50 == 0;
            boolean ownersOnly = random.nextInt(100) < 85
                    ? person(id, party, contact, verify)
                    : company(id, party, contact, verify);
            interests(id, interest);
            if (ownersOnly) {
                owner.number(id).text(ItalianNames.OPERATORS.get(random.nextInt(ItalianNames.OPERATORS.size())))
                        .endRow();
            }
        }
        return new Counts(party.rows(), persons, companies, contact.rows(), interest.rows(), owner.rows(),
                identifiers.omocodicCount(), verification.checked());
    }

    /** Writes a person and its contacts; answers whether only its owners may see it. */
    private boolean person(long id, CopyStream party, CopyStream contact, boolean verify) {
        persons++;
        char gender = random.nextBoolean() ? 'M' : 'F';
        String firstName = (gender == 'M' ? maleNames : femaleNames).next(random);
        String lastName = surnames.next(random);
        LocalDate birthDate = LocalDate.ofEpochDay(random.nextLong(FIRST_BIRTH_DAY, LAST_BIRTH_DAY + 1));
        Comuni.Comune birthPlace = comuni.next(random);
        String fiscalCode = identifiers.fiscalCode(lastName, firstName, birthDate, gender, birthPlace.cadastralCode());
        Comuni.Comune home = random.nextInt(100) < 60 ? birthPlace : comuni.next(random);
        String displayName = lastName + " " + firstName;
        party.number(id).text("PERSON").text(firstName).text(lastName).text(birthDate.toString())
                .text(String.valueOf(gender)).text(birthPlace.istatCode()).text(null).text(null)
                .text(fiscalCode).text(null);
        String mobile = Identifiers.mobile(id);
        String landline = random.nextInt(100) < 25 ? landline() : null;
        String email = random.nextInt(100) < 40 ? personalEmail(firstName, lastName) : null;
        boolean ownersOnly = rest(party, home, displayName, mobile);
        contacts(id, contact, mobile, landline, email);
        if (verify) {
            verification.person(fiscalCode, firstName, lastName, birthDate, gender, birthPlace.cadastralCode());
            verification.contacts(mobile, landline, email);
        }
        return ownersOnly;
    }

    /** Writes a company and its contacts; answers whether only its owners may see it. */
    private boolean company(long id, CopyStream party, CopyStream contact, boolean verify) {
        companies++;
        Comuni.Comune home = comuni.next(random);
        String core = companyCore(home);
        String companyName = core + " " + legalForms.next(random);
        String vatNumber = Identifiers.vatNumber(companies);
        LocalDate activityStart = LocalDate.ofEpochDay(random.nextLong(FIRST_ACTIVITY_DAY, LAST_ACTIVITY_DAY + 1));
        party.number(id).text("COMPANY").text(null).text(null).text(null).text(null).text(null)
                .text(companyName).text(activityStart.toString()).text(vatNumber).text(vatNumber);
        String mobile = Identifiers.mobile(id);
        String landline = random.nextInt(100) < 70 ? landline() : null;
        String email = random.nextInt(100) < 80 ? "info@" + Identifiers.letters(core).toLowerCase(Locale.ROOT) + ".it" : null;
        boolean ownersOnly = rest(party, home, companyName, mobile);
        contacts(id, contact, mobile, landline, email);
        if (verify) {
            verification.company(vatNumber);
            verification.contacts(mobile, landline, email);
        }
        return ownersOnly;
    }

    /**
     * The party columns from street on, the same for persons and companies; true for visibility OWNERS (5%). The
     * callable phone is the mobile: every generated party has one, first of its contacts.
     */
    private boolean rest(CopyStream party, Comuni.Comune home, String displayName, String mobile) {
        String street = ItalianNames.STREETS.get(random.nextInt(ItalianNames.STREETS.size())) + " "
                + (1 + random.nextInt(199));
        boolean ownersOnly = random.nextInt(100) < 5;
        String created = Instant.ofEpochSecond(random.nextLong(FIRST_CREATED, LAST_CREATED)).toString();
        party.text(street).text(home.istatCode()).text(home.postalCode(random))
                .text(displayName).text(SearchText.normalize(displayName))
                .text(statuses.next(random)).text(ownersOnly ? "OWNERS" : "ALL")
                .bool(random.nextInt(100) < 45).bool(random.nextInt(100) < 20).bool(random.nextInt(100) < 25)
                .bool(random.nextInt(100) < 35).bool(random.nextInt(100) < 50).bool(random.nextInt(100) < 40)
                .text(created).text("import").text(created).number(0).text(mobile);
        party.endRow();
        return ownersOnly;
    }

    private void contacts(long id, CopyStream contact, String mobile, String landline, String email) {
        int position = 0;
        contact.number(id).number(position++).text("MOBILE").text(mobile).text(mobile).text(null).bool(false).endRow();
        if (landline != null) {
            contact.number(id).number(position++).text("PHONE").text(landline).text(landline).text(null).bool(false)
                    .endRow();
        }
        if (email != null) {
            contact.number(id).number(position).text("EMAIL").text(email).text(email.toLowerCase(Locale.ROOT))
                    .text(null).bool(random.nextBoolean()).endRow();
        }
    }

    private void interests(long id, CopyStream interest) {
        int roll = random.nextInt(100);
        int count = roll < 35 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3;
        int catalogue = ItalianNames.INTERESTS.size();
        int first = -1;
        int second = -1;
        for (int i = 0; i < count; i++) {
            int pick;
            do {
                pick = 1 + random.nextInt(catalogue);
            } while (pick == first || pick == second);
            if (i == 0) {
                first = pick;
            } else {
                second = pick;
            }
            interest.number(id).number(pick).endRow();
        }
    }

    private String companyCore(Comuni.Comune home) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return sector() + " " + surnames.next(random);
        }
        if (roll < 60) {
            return surnames.next(random);
        }
        if (roll < 75) {
            return surnames.next(random) + " & " + surnames.next(random);
        }
        if (roll < 85) {
            return surnames.next(random) + " " + (random.nextBoolean() ? maleNames : femaleNames).next(random) + " & C.";
        }
        return sector() + " " + home.name();
    }

    private String sector() {
        return ItalianNames.SECTORS.get(random.nextInt(ItalianNames.SECTORS.size()));
    }

    /** A landline in E.164: +39, an area code with its 0, digits up to ten in all. */
    private String landline() {
        String area = ItalianNames.AREA_CODES.get(random.nextInt(ItalianNames.AREA_CODES.size()));
        StringBuilder number = new StringBuilder("+39").append(area).append(1 + random.nextInt(9));
        while (number.length() < 13) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    private String personalEmail(String firstName, String lastName) {
        String local = Identifiers.letters(firstName).toLowerCase(Locale.ROOT) + "."
                + Identifiers.letters(lastName).toLowerCase(Locale.ROOT);
        if (random.nextBoolean()) {
            local += random.nextInt(100);
        }
        return local + "@" + emailDomains.next(random);
    }
}
