package it.callcenter.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the comuni file we ship ({@code geography/comuni.csv}, the ISTAT list). No field of that file holds a
 * comma or a quote, so a plain split is enough; a quote or a wrong number of fields stops the load with the
 * line number instead of loading a shifted row, should a new edition of the file start quoting.
 */
final class ComuneCsv {

    static final String RESOURCE = "geography/comuni.csv";
    static final String HEADER = "istat_code,name,province_code,province_name,province_abbr,region_code,"
            + "region_name,zone_code,zone_name,cadastral_code,postal_codes,population";

    private static final int FIELDS = 12;
    private static final Pattern ISTAT_CODE = Pattern.compile("\\d{6}");
    private static final Pattern PROVINCE_ABBR = Pattern.compile("[A-Z]{2}");
    private static final Pattern CADASTRAL_CODE = Pattern.compile("[A-Z]\\d{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    record Row(String istatCode, String name, String provinceCode, String provinceName, String provinceAbbr,
               String regionCode, String regionName, String zoneName, String cadastralCode,
               List<String> postalCodes, int population) {
    }

    private ComuneCsv() {
    }

    static List<Row> fromClassPath(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null || !HEADER.equals(header.replace("\uFEFF", "").strip())) {
            throw new IllegalArgumentException("Unexpected header in " + RESOURCE + ": " + header);
        }
        List<Row> rows = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                rows.add(parseLine(line, lineNumber));
            }
        }
        return rows;
    }

    static Row parseLine(String line, int lineNumber) {
        if (line.indexOf('"') >= 0) {
            throw invalid(lineNumber, "quoted fields are not supported");
        }
        String[] f = line.split(",", -1);
        if (f.length != FIELDS) {
            throw invalid(lineNumber, f.length + " fields instead of " + FIELDS);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        List<String> postalCodes = Arrays.stream(f[10].split(" +")).filter(s -> !s.isEmpty()).toList();
        check(ISTAT_CODE, f[0], "istat_code", lineNumber);
        check(PROVINCE_ABBR, f[4], "province_abbr", lineNumber);
        check(CADASTRAL_CODE, f[9], "cadastral_code", lineNumber);
        if (f[1].isEmpty() || postalCodes.isEmpty()) {
            throw invalid(lineNumber, "name and postal_codes are required");
        }
        postalCodes.forEach(code -> check(POSTAL_CODE, code, "postal_codes", lineNumber));
        try {
            return new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[8], f[9], postalCodes, Integer.parseInt(f[11]));
        } catch (NumberFormatException e) {
            throw invalid(lineNumber, "population is not a number: " + f[11]);
        }
    }

    private static void check(Pattern pattern, String value, String column, int lineNumber) {
        if (!pattern.matcher(value).matches()) {
            throw invalid(lineNumber, column + " '" + value + "' is not valid");
        }
    }

    private static IllegalArgumentException invalid(int lineNumber, String why) {
        return new IllegalArgumentException(RESOURCE + " line " + lineNumber + ": " + why);
    }
}
