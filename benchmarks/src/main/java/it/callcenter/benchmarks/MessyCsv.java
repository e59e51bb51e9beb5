package it.callcenter.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The file the import benchmark loads: N rows as an Italian office exports them from Excel (UTF-8 with BOM, ';',
 * CRLF, quoted fields with ';' or a new line inside), the people and companies of {@link RegistryGenerator}
 * written by hand: phones in five formats, comuni in upper or lower case and without accents, dates d/M/yyyy or
 * ISO, some CAPs left out. Mostly valid; on purpose, about 3% of rows are refused by the registry's rules
 * (codice fiscale with a wrong check character, unknown comune, impossible date, person without mobile) and
 * 1% repeat an earlier row's mobile (a duplicate, skipped). Two consent columns (issue 10), S/N in upper or lower case
 * (marketing given by 60%, profiling by 40%), and the date of the consents, d/M/yyyy, on the rows that give one; drawn
 * from a random of their own, so the rest of the file (and so the counts) is what it was before them.
 * Every row has the header's column count, so that
 * PostgreSQL's own {@code COPY} can load the same file for the baseline. Not a measurement itself.
 */
final class MessyCsv {

    static final String HEADER = "Cognome;Nome;Ragione sociale;Codice fiscale;P.IVA;Cellulare;Telefono;Email;"
            + "Indirizzo;Comune;Provincia;CAP;Data di nascita;Sesso;Interessi;Consenso marketing;Consenso profilazione;Data consenso";
    static final int COLUMNS = 18;

    private static final long FIRST_BIRTH_DAY = LocalDate.of(1935, 1, 1).toEpochDay();
    private static final long LAST_BIRTH_DAY = LocalDate.of(2006, 12, 31).toEpochDay();
    private static final long FIRST_CONSENT_DAY = LocalDate.of(2016, 1, 1).toEpochDay();
    private static final long LAST_CONSENT_DAY = LocalDate.of(2025, 12, 31).toEpochDay();

    /** What was written: rows by kind, and those the import must refuse or skip. */
    record Counts(long rows, long persons, long companies, long invalid, long duplicates, long bytes) {
    }

    private final Comuni comuni;
    private final SplittableRandom random;
    private final SplittableRandom consentRandom;
    private final Identifiers identifiers;
    private final Weighted<String> surnames = Weighted.zipf(ItalianNames.SURNAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> maleNames = Weighted.zipf(ItalianNames.MALE_NAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> femaleNames = Weighted.zipf(ItalianNames.FEMALE_NAMES, ItalianNames.NAME_EXPONENT);
    private final Weighted<String> legalForms = Weighted.of(ItalianNames.LEGAL_FORMS, ItalianNames.LEGAL_FORM_WEIGHTS);
    private final Weighted<String> emailDomains = Weighted.of(ItalianNames.EMAIL_DOMAINS, ItalianNames.EMAIL_DOMAIN_WEIGHTS);
    private final StringBuilder line = new StringBuilder(256);
    private int fields;

    MessyCsv(Comuni comuni, long seed, int rows) {
        this.comuni = comuni;
        this.random = new SplittableRandom(seed);
        this.consentRandom = new SplittableRandom(seed ^ 0x5EED_C0B5E17L);
        this.identifiers = new Identifiers(rows);
    }

    Counts write(Path file, int rows) throws IOException {
        long persons = 0;
        long companies = 0;
        long invalid = 0;
        long duplicates = 0;
        long[] cleanRows = new long[rows];
        int clean = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(HEADER);
            out.write("\r\n");
            for (long n = 1; n <= rows; n++) {
                int roll = random.nextInt(1000);
                Flaw flaw = roll < 10 ? Flaw.FISCAL_CODE : roll < 18 ? Flaw.COMUNE : roll < 23 ? Flaw.DATE
                        : roll < 28 ? Flaw.NO_MOBILE : Flaw.NONE;
                boolean duplicate = flaw == Flaw.NONE && clean > 100 && roll >= 990;
                String mobile = Identifiers.mobile(duplicate ? cleanRows[random.nextInt(clean)] : n);
                if (flaw == Flaw.NONE && !duplicate) {
                    cleanRows[clean++] = n;
                }
                line.setLength(0);
                fields = 0;
                if (random.nextInt(100) < 85 || flaw != Flaw.NONE) {
                    person(mobile, flaw);
                    persons++;
                } else {
                    company(mobile, ++companies);
                }
                consents();
                if (fields != COLUMNS) {
                    throw new IllegalStateException("Row " + n + " has " + fields + " fields: " + line);
                }
                out.append(line).write("\r\n");
                invalid += flaw == Flaw.NONE ? 0 : 1;
                duplicates += duplicate ? 1 : 0;
            }
        }
        return new Counts(rows, persons, companies, invalid, duplicates, Files.size(file));
    }

    private enum Flaw { NONE, FISCAL_CODE, COMUNE, DATE, NO_MOBILE }

    private void person(String mobile, Flaw flaw) {
        char gender = random.nextBoolean() ? 'M' : 'F';
        String firstName = (gender == 'M' ? maleNames : femaleNames).next(random);
        String lastName = surnames.next(random);
        LocalDate birthDate = LocalDate.ofEpochDay(random.nextLong(FIRST_BIRTH_DAY, LAST_BIRTH_DAY + 1));
        Comuni.Comune birthPlace = comuni.next(random);
        String fiscalCode = random.nextInt(100) < 70 || flaw == Flaw.FISCAL_CODE
                ? identifiers.fiscalCode(lastName, firstName, birthDate, gender, birthPlace.cadastralCode()) : "";
        if (flaw == Flaw.FISCAL_CODE) {
            char check = fiscalCode.charAt(15);
            fiscalCode = fiscalCode.substring(0, 15) + (check == 'Z' ? 'A' : (char) (check + 1));
        }
        Comuni.Comune home = random.nextInt(100) < 60 ? birthPlace : comuni.next(random);
        String birth = flaw == Flaw.DATE ? "31/02/" + birthDate.getYear()
                : random.nextInt(100) < 70 ? birthDate.getDayOfMonth() + "/" + birthDate.getMonthValue() + "/" + birthDate.getYear()
                : birthDate.toString();
        field(random.nextInt(100) < 10 ? lastName.toUpperCase(Locale.ITALIAN) : lastName).field(firstName).field("")
                .field(random.nextInt(100) < 15 ? fiscalCode.toLowerCase(Locale.ROOT) : fiscalCode).field("")
                .field(flaw == Flaw.NO_MOBILE ? "" : written(mobile))
                .field(random.nextInt(100) < 25 ? landline() : "")
                .field(random.nextInt(100) < 40 ? email(firstName, lastName) : "");
        address(home, flaw == Flaw.COMUNE);
        field(birth).field(random.nextInt(100) < 90 ? String.valueOf(gender) : "").field(interests());
    }

    private void company(String mobile, long n) {
        Comuni.Comune home = comuni.next(random);
        String core = random.nextBoolean() ? surnames.next(random) : surnames.next(random) + " & " + surnames.next(random);
        String email = random.nextInt(100) < 80 ? "info@" + Identifiers.letters(core).toLowerCase(Locale.ROOT) + ".it" : "";
        field("").field("").field(core + " " + legalForms.next(random)).field("").field(Identifiers.vatNumber(n))
                .field(written(mobile)).field(random.nextInt(100) < 70 ? landline() : "").field(email);
        address(home, false);
        field("").field("").field(interests());
    }

    private void consents() {
        boolean marketing = consentRandom.nextInt(100) < 60;
        boolean profiling = consentRandom.nextInt(100) < 40;
        boolean lower = consentRandom.nextInt(100) < 10;
        LocalDate given = LocalDate.ofEpochDay(consentRandom.nextLong(FIRST_CONSENT_DAY, LAST_CONSENT_DAY + 1));
        field(yesNo(marketing, lower)).field(yesNo(profiling, lower))
                .field(marketing || profiling ? given.getDayOfMonth() + "/" + given.getMonthValue() + "/" + given.getYear() : "");
    }

    private static String yesNo(boolean given, boolean lower) {
        return given ? (lower ? "s" : "S") : (lower ? "n" : "N");
    }

    private void address(Comuni.Comune home, boolean unknown) {
        String street = ItalianNames.STREETS.get(random.nextInt(ItalianNames.STREETS.size())) + " " + (1 + random.nextInt(199));
        int style = random.nextInt(100);
        if (style < 5) {
            street = "\"" + street + ", scala B; int. " + (1 + random.nextInt(20)) + "\"";
        } else if (style < 6) {
            street = "\"" + street + "\r\npresso \"\"Studio " + surnames.next(random) + "\"\"\"";
        }
        String name = unknown ? "Atlantide" : home.name();
        int casing = random.nextInt(100);
        name = casing < 10 ? name.toUpperCase(Locale.ITALIAN) : casing < 15 ? stripAccents(name) : name;
        field(street).field(name).field(home.provinceAbbr()).field(random.nextInt(100) < 80 ? home.postalCode(random) : "");
    }

    private String written(String e164) {
        String national = e164.substring(3);
        return switch (random.nextInt(5)) {
            case 0 -> e164;
            case 1 -> "+39 " + national.substring(0, 3) + " " + national.substring(3);
            case 2 -> national.substring(0, 3) + " " + national.substring(3);
            case 3 -> national.substring(0, 3) + "-" + national.substring(3, 6) + "-" + national.substring(6);
            default -> national;
        };
    }

    private String landline() {
        String area = ItalianNames.AREA_CODES.get(random.nextInt(ItalianNames.AREA_CODES.size()));
        StringBuilder number = new StringBuilder(area).append(' ').append(1 + random.nextInt(9));
        while (number.length() < 11) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    private String email(String firstName, String lastName) {
        String local = Identifiers.letters(firstName).toLowerCase(Locale.ROOT) + "."
                + Identifiers.letters(lastName).toLowerCase(Locale.ROOT) + (random.nextBoolean() ? random.nextInt(100) : "");
        return random.nextInt(100) < 5 ? " " + local.toUpperCase(Locale.ROOT) + "@" + emailDomains.next(random) + " "
                : local + "@" + emailDomains.next(random);
    }

    private String interests() {
        int roll = random.nextInt(100);
        int count = roll < 50 ? 0 : roll < 80 ? 1 : 2;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String interest = ItalianNames.INTERESTS.get(random.nextInt(ItalianNames.INTERESTS.size()));
            if (text.indexOf(interest) < 0) {
                text.append(text.length() == 0 ? "" : ", ").append(interest);
            }
        }
        return text.indexOf(",") >= 0 ? "\"" + text + "\"" : text.toString();
    }

    private MessyCsv field(String value) {
        if (fields++ > 0) {
            line.append(';');
        }
        line.append(value);
        return this;
    }

    private static String stripAccents(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
