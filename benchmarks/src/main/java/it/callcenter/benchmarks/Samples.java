package it.callcenter.benchmarks;

import it.callcenter.geography.SearchText;
import it.callcenter.registry.PhoneNumber;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's inputs, drawn from what was really loaded: random parties read back from the database give
 * the surname prefixes, codici fiscali, partite IVA and mobiles to search for, written the way an operator
 * types them ("ross", "rossi ma", "333 1234567"); comune prefixes are drawn by population. Not a measurement:
 * it makes every timed query one a user could make, most of them finding something.
 */
final class Samples {

    final List<String> surnamePrefixes = new ArrayList<>();
    final List<String> surnameAndName = new ArrayList<>();
    final List<String> fiscalCodes = new ArrayList<>();
    final List<String> vatNumbers = new ArrayList<>();
    final List<String> vatNumbersLikePhones = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<String> comunePrefixes = new ArrayList<>();
    final long maxId;

    private Samples(long maxId) {
        this.maxId = maxId;
    }

    static Samples draw(Connection connection, Comuni comuni, SplittableRandom random, int size) throws SQLException {
        long maxId;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT max(id) FROM party")) {
            rs.next();
            maxId = rs.getLong(1);
        }
        Samples samples = new Samples(maxId);
        Long[] ids = new Long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = 1 + random.nextLong(maxId);
        }
        Array idArray = connection.createArrayOf("bigint", ids);
        try (PreparedStatement select = connection.prepareStatement("SELECT p.type, p.first_name, p.last_name,"
                + " p.fiscal_code, p.vat_number, (SELECT pc.value FROM party_contact pc WHERE pc.party_id = p.id"
                + " AND pc.kind = 'MOBILE' ORDER BY pc.position LIMIT 1) FROM party p WHERE p.id = ANY (?)")) {
            select.setArray(1, idArray);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    samples.add(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), random);
                }
            }
        }
        for (int i = 0; i < size; i++) {
            String name = comuni.next(random).nameSearch();
            samples.comunePrefixes.add(letters(name, 2 + random.nextInt(3)));
        }
        return samples;
    }

    private void add(String type, String firstName, String lastName, String fiscalCode, String vatNumber,
                     String mobile, SplittableRandom random) {
        if ("PERSON".equals(type)) {
            String surname = SearchText.normalize(lastName);
            surnamePrefixes.add(letters(surname, 3 + random.nextInt(4)));
            surnameAndName.add(surname + " " + letters(SearchText.normalize(firstName), 2));
            fiscalCodes.add(random.nextInt(4) == 0 ? fiscalCode.toLowerCase() : fiscalCode);
        } else {
            if (PhoneNumber.searchKey(vatNumber) != null) {
                // typed bare, it also reads as a landline, and PartyCriteria adds the phone condition
                vatNumbersLikePhones.add(vatNumber);
            } else {
                vatNumbers.add(random.nextBoolean() ? vatNumber : "IT" + vatNumber);
            }
        }
        phones.add(typed(mobile, random));
    }

    /** A mobile as people write it, never in E.164; checked to normalise back to the stored value. */
    private static String typed(String e164, SplittableRandom random) {
        String national = e164.substring(3);
        String prefix = national.substring(0, 3);
        String rest = national.substring(3);
        String typed = switch (random.nextInt(6)) {
            case 0 -> prefix + " " + rest;
            case 1 -> national;
            case 2 -> prefix + "-" + rest;
            case 3 -> "+39 " + prefix + " " + rest;
            case 4 -> "0039 " + prefix + " " + rest.substring(0, 3) + " " + rest.substring(3);
            default -> prefix + "." + rest.substring(0, 3) + "." + rest.substring(3);
        };
        if (!e164.equals(PhoneNumber.searchKey(typed))) {
            throw new IllegalStateException(typed + " does not normalise to " + e164);
        }
        return typed;
    }

    /** The start of {@code text} holding {@code count} letters (spaces kept inside, none at the end). */
    static String letters(String text, int count) {
        int letters = 0;
        int end = 0;
        while (end < text.length() && letters < count) {
            if (Character.isLetter(text.charAt(end))) {
                letters++;
            }
            end++;
        }
        return text.substring(0, end).strip();
    }
}
