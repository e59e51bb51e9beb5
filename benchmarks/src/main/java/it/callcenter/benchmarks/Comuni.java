package it.callcenter.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The comuni as the migration loaded them (table {@code comune}), drawn by population: births and addresses
 * fall in Roma and Milano far more often than in Moncenisio, as in a real registry. Not a measurement; it
 * also gives the autocomplete benchmark its inputs (prefixes of names people live in).
 */
final class Comuni {

    record Comune(String istatCode, String name, String nameSearch, String cadastralCode, String[] postalCodes,
                  int population, String provinceAbbr) {

        String postalCode(SplittableRandom random) {
            return postalCodes[random.nextInt(postalCodes.length)];
        }
    }

    private final Weighted<Comune> byPopulation;

    private Comuni(Weighted<Comune> byPopulation) {
        this.byPopulation = byPopulation;
    }

    static Comuni load(Connection connection) throws SQLException {
        List<Comune> comuni = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT istat_code, name, name_search, cadastral_code,"
                     + " postal_codes_text, population, province_abbr FROM comune ORDER BY istat_code")) {
            while (rs.next()) {
                comuni.add(new Comune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5).strip().split(" "), rs.getInt(6), rs.getString(7)));
                weights.add((double) Math.max(1, rs.getInt(6)));
            }
        }
        if (comuni.size() < 7000) {
            throw new IllegalStateException("Only " + comuni.size() + " comuni loaded: is V3__Load_comuni applied?");
        }
        return new Comuni(Weighted.of(comuni, weights.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    Comune next(SplittableRandom random) {
        return byPopulation.next(random);
    }

    int size() {
        return byPopulation.items().size();
    }
}
