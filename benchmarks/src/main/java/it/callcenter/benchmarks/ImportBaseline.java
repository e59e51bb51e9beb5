package it.callcenter.benchmarks;

import org.postgresql.PGConnection;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The fastest hand-written load of the import file, the import benchmark's yardstick: {@code COPY} of the file
 * into an unlogged staging table (PostgreSQL's own CSV parser), then one typed {@code INSERT ... SELECT} into the
 * project's party and party_contact tables with all their indexes and keys: names trimmed, display name and search
 * key, comune found by name and province, dates of two formats checked and converted, phones to E.164, e-mails in
 * lower case; the consents S/N on the party and, for each consent given, its row in consent_change dated by the
 * file's consent date (issue 10). No validation of codici fiscali, no duplicate check, no history or audit: what the database itself
 * costs for these rows, which the application's import cannot beat.
 */
final class ImportBaseline {

    record Result(long staged, long parties, long contacts, long consents, double copySeconds, double insertSeconds) {
        double seconds() {
            return copySeconds + insertSeconds;
        }
    }

    private static final String STAGING = "CREATE UNLOGGED TABLE import_staging (line bigint GENERATED ALWAYS AS IDENTITY,"
            + " last_name text, first_name text, company_name text, fiscal_code text, vat_number text, mobile text,"
            + " phone text, email text, street text, comune text, province text, postal_code text, birth_date text,"
            + " gender text, interests text, consent_marketing text, consent_profiling text, consent_date text)";

    private static final String COPY = "COPY import_staging (last_name, first_name, company_name, fiscal_code, vat_number,"
            + " mobile, phone, email, street, comune, province, postal_code, birth_date, gender, interests, consent_marketing,"
            + " consent_profiling, consent_date)"
            + " FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')";

    /** Accent-free lower case with separators as single spaces, as the application's SearchText. */
    private static String searchKey(String column) {
        return "btrim(regexp_replace(translate(lower(" + column + "), '\u00e0\u00e1\u00e8\u00e9\u00ec\u00ed\u00f2\u00f3\u00f9\u00fa',"
                + " 'aaeeiioouu'), '[^a-z0-9]+', ' ', 'g'))";
    }

    private static final String INSERT = "WITH cleaned AS ("
            + " SELECT s.line, nullif(btrim(s.last_name), '') AS last_name, nullif(btrim(s.first_name), '') AS first_name,"
            + "  nullif(btrim(s.company_name), '') AS company_name, upper(nullif(btrim(s.fiscal_code), '')) AS fiscal_code,"
            + "  nullif(btrim(s.vat_number), '') AS vat_number, regexp_replace(s.mobile, '[^0-9+]', '', 'g') AS mobile,"
            + "  regexp_replace(s.phone, '[^0-9+]', '', 'g') AS phone, lower(nullif(btrim(s.email), '')) AS email,"
            + "  left(regexp_replace(btrim(s.street), '\\s+', ' ', 'g'), 200) AS street, " + searchKey("s.comune") + " AS comune,"
            + "  upper(btrim(s.province)) AS province, CASE WHEN s.postal_code ~ '^\\d{5}$' THEN s.postal_code END AS postal_code,"
            + "  CASE WHEN s.birth_date ~ '^\\d{1,2}/\\d{1,2}/\\d{4}$'"
            + "   THEN ARRAY[split_part(s.birth_date, '/', 3), split_part(s.birth_date, '/', 2), split_part(s.birth_date, '/', 1)]"
            + "   WHEN s.birth_date ~ '^\\d{4}-\\d{1,2}-\\d{1,2}$' THEN string_to_array(s.birth_date, '-') END AS ymd,"
            + "  CASE WHEN upper(btrim(s.gender)) IN ('M', 'F') THEN upper(btrim(s.gender)) END AS gender,"
            + "  coalesce(upper(btrim(s.consent_marketing)) IN ('S', 'SI', 'X', '1', 'Y', 'TRUE'), false) AS marketing,"
            + "  coalesce(upper(btrim(s.consent_profiling)) IN ('S', 'SI', 'X', '1', 'Y', 'TRUE'), false) AS profiling,"
            + "  coalesce(CASE WHEN s.consent_date ~ '^\\d{1,2}/\\d{1,2}/\\d{4}$' THEN make_timestamptz(split_part(s.consent_date, '/', 3)::int,"
            + "   split_part(s.consent_date, '/', 2)::int, split_part(s.consent_date, '/', 1)::int, 0, 0, 0, 'Europe/Rome') END, now())"
            + "   AS consent_at"
            + " FROM import_staging s),"
            + " typed AS ("
            + " SELECT c.line + 1000000000 AS id, CASE WHEN c.last_name IS NULL AND c.company_name IS NOT NULL THEN 'COMPANY'"
            + "  ELSE 'PERSON' END AS type, c.*, k.istat_code,"
            + "  CASE WHEN c.ymd[2]::int BETWEEN 1 AND 12 AND c.ymd[3]::int BETWEEN 1 AND extract(day FROM"
            + "   make_date(c.ymd[1]::int, c.ymd[2]::int, 1) + interval '1 month - 1 day')::int"
            + "   THEN make_date(c.ymd[1]::int, c.ymd[2]::int, c.ymd[3]::int) END AS birth,"
            + "  CASE WHEN c.mobile LIKE '+39%' THEN c.mobile WHEN c.mobile LIKE '0039%' THEN '+' || substr(c.mobile, 3)"
            + "   WHEN c.mobile LIKE '3%' THEN '+39' || c.mobile END AS mobile_e164,"
            + "  CASE WHEN c.phone LIKE '0%' THEN '+39' || c.phone WHEN c.phone LIKE '+%' THEN c.phone END AS phone_e164"
            + " FROM cleaned c LEFT JOIN comune k ON k.name_search = c.comune AND k.province_abbr = c.province"
            + " WHERE c.last_name IS NOT NULL AND c.first_name IS NOT NULL OR c.last_name IS NULL AND c.company_name IS NOT NULL),"
            + " parties AS ("
            + " INSERT INTO party (id, type, first_name, last_name, company_name, birth_date, gender, fiscal_code, vat_number,"
            + "  street, comune_istat, postal_code, display_name, name_search, callable_phone, consent_marketing, consent_profiling,"
            + "  created_by, version)"
            + " SELECT t.id, t.type, CASE WHEN t.type = 'PERSON' THEN t.first_name END, CASE WHEN t.type = 'PERSON' THEN t.last_name END,"
            + "  CASE WHEN t.type = 'COMPANY' THEN t.company_name END, t.birth, t.gender, left(t.fiscal_code, 16),"
            + "  left(t.vat_number, 11), t.street, t.istat_code, t.postal_code, d.display_name, " + searchKey("d.display_name") + ","
            + "  coalesce(t.mobile_e164, t.phone_e164), t.marketing, t.profiling, 'baseline', 1"
            + " FROM typed t CROSS JOIN LATERAL (SELECT CASE WHEN t.type = 'COMPANY' THEN t.company_name"
            + "  ELSE t.last_name || ' ' || t.first_name END AS display_name) d"
            + " RETURNING id),"
            + " consents AS ("
            + " INSERT INTO consent_change (id, party_id, consent, granted, changed_at, changed_by, source, reference)"
            + " SELECT t.id * 2 + g.n, t.id, g.consent, true, t.consent_at, 'baseline', 'IMPORT', 'clienti.csv (import 1)'"
            + " FROM typed t CROSS JOIN LATERAL (VALUES (0, 'MARKETING', t.marketing), (1, 'PROFILING', t.profiling))"
            + "  AS g (n, consent, given)"
            + " WHERE g.given RETURNING 1)"
            + " INSERT INTO party_contact (party_id, position, kind, value, search_key, email_consent)"
            + " SELECT t.id, c.position, c.kind, c.value, c.value, false FROM typed t"
            + " CROSS JOIN LATERAL (VALUES (0, 'MOBILE', t.mobile_e164), (1, 'PHONE', t.phone_e164), (2, 'EMAIL', t.email))"
            + "  AS c (position, kind, value)"
            + " WHERE c.value IS NOT NULL";

    private ImportBaseline() {
    }

    static Result load(Connection connection, Path file) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS import_staging");
            statement.execute(STAGING);
        }
        long start = System.nanoTime();
        long staged;
        try (InputStream in = Files.newInputStream(file)) {
            staged = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, in, 1 << 16);
        }
        double copySeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long contacts;
        try (Statement statement = connection.createStatement()) {
            contacts = statement.executeUpdate(INSERT);
        }
        double insertSeconds = (System.nanoTime() - start) / 1e9;
        long parties = count(connection, "SELECT count(*) FROM party WHERE created_by = 'baseline'");
        long consents = count(connection, "SELECT count(*) FROM consent_change WHERE changed_by = 'baseline'");
        return new Result(staged, parties, contacts, consents, copySeconds, insertSeconds);
    }

    /** Empties the tables again (the benchmark's own fresh database), so that the import starts from the same state. */
    static void undo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE import_staging");
            statement.execute("TRUNCATE party CASCADE");
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
