package it.callcenter.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit table as an auditor reads it, straight from the test database. */
final class AuditTrail {

    private AuditTrail() {
    }

    /** The entries about one record, oldest first, each as {@code "ACTION username fields"}. */
    static List<String> of(String entityType, long entityId) {
        String url = TestServer.server().database().settings().url();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement query = db.prepareStatement("SELECT action, username, fields FROM audit_entry"
                     + " WHERE entity_type = ? AND entity_id = ? ORDER BY at, id")) {
            query.setString(1, entityType);
            query.setLong(2, entityId);
            List<String> entries = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
