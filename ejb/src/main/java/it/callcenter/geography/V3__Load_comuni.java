package it.callcenter.geography;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Fills {@code comune} from the CSV shipped in this jar. A Java migration rather than 7,904 INSERTs in SQL:
 * the file stays the one we received, and {@code name_search} is computed by {@link SearchText}, the same
 * code that normalises the queries. Listed in {@code DatabaseMigrations}, as Flyway does not scan for it.
 */
public class V3__Load_comuni extends BaseJavaMigration {

    private static final int BATCH_SIZE = 1000;
    private static final String INSERT = "INSERT INTO comune (istat_code, name, name_search, province_code,"
            + " province_name, province_abbr, region_code, region_name, zone_name, cadastral_code, postal_codes,"
            + " postal_codes_text, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " CAST(string_to_array(?, ' ') AS varchar(5)[]), ?, ?)";

    @Override
    public void migrate(Context context) throws Exception {
        List<ComuneCsv.Row> rows = ComuneCsv.fromClassPath(V3__Load_comuni.class.getClassLoader());
        try (PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
            int pending = 0;
            for (ComuneCsv.Row row : rows) {
                bind(insert, row);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, ComuneCsv.Row row) throws SQLException {
        String postalCodes = String.join(" ", row.postalCodes());
        insert.setString(1, row.istatCode());
        insert.setString(2, row.name());
        insert.setString(3, SearchText.normalize(row.name()));
        insert.setString(4, row.provinceCode());
        insert.setString(5, row.provinceName());
        insert.setString(6, row.provinceAbbr());
        insert.setString(7, row.regionCode());
        insert.setString(8, row.regionName());
        insert.setString(9, row.zoneName());
        insert.setString(10, row.cadastralCode());
        insert.setString(11, postalCodes);
        insert.setString(12, postalCodes);
        insert.setInt(13, row.population());
    }
}
