package it.callcenter.it;

import it.callcenter.security.PasswordHasher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Users a test may change at will, put straight into the database so no other test depends on them. */
final class TestUsers {

    private TestUsers() {
    }

    static void create(String username, String password, String... roles) {
        String url = TestServer.server().database().settings().url();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
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
                user.setString(4, PasswordHasher.hash(password));
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
}
