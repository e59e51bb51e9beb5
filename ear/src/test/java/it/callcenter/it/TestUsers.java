package it.callcenter.it;

import it.callcenter.security.PasswordHasher;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Users a test may change at will, put straight into the database so no other test depends on them; and a look into that database. */
final class TestUsers {

    private TestUsers() {
    }

    static void create(String username, String password, String... roles) {
        createWithHash(username, PasswordHasher.hash(password), roles);
    }

    /** A user whose password was hashed as an older version did: PBKDF2-SHA256 with that many iterations. */
    static void createWithOldHash(String username, String password, int iterations, String... roles) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            createWithHash(username, "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key), roles);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query on the test database, each as its columns' values in order. */
    static List<List<Object>> query(String sql, Object... parameters) {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createWithHash(String username, String hash, String... roles) {
        try (Connection db = connect()) {
            long id;
            try (var seq = db.createStatement().executeQuery("SELECT nextval('app_user_seq')")) {
                seq.next();
                id = seq.getLong(1); // the upper end of a block of 50 nobody else is given
            }
            try (PreparedStatement user = db.prepareStatement(
                    "INSERT INTO app_user (id, username, full_name, password_hash) VALUES (?, ?, ?, ?)")) {
                user.setLong(1, id);
                user.setString(2, username);
                user.setString(3, "Test " + username);
                user.setString(4, hash);
                user.executeUpdate();
            }
            try (PreparedStatement role = db.prepareStatement("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)")) {
                for (String name : roles) {
                    role.setLong(1, id);
                    role.setString(2, name);
                    role.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the user a phone extension (the users screen's field; POST /users may not take it yet). */
    static void extension(String username, String extension) {
        String url = TestServer.server().database().settings().url();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement update = db.prepareStatement("UPDATE app_user SET extension = ? WHERE username = ?")) {
            update.setString(1, extension);
            update.setString(2, username);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestServer.server().database().settings().url(), "postgres", "postgres");
    }
}
