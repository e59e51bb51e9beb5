package it.callcenter.platform;

import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the application's JTA datasource, for the queue's hot path (issue 12): a native query through
 * EclipseLink builds a fresh query, call, fields and tables every time, and held a third of the bytes a
 * next + outcome allocated. Inside a transaction the datasource hands out the connection EclipseLink uses too, so
 * both see each other's statements and locks; what EclipseLink keeps to write at the commit (persisted entities)
 * these statements do not see, so they are used where no such entity is read. Markers are plain {@code ?}; the
 * columns come back as the driver gives them, like {@link Rows}. A failure is a {@link PersistenceException}, as
 * EclipseLink's would be, so it rolls the transaction back the same way.
 */
public final class Sql {

    private final Connection connection;

    private Sql(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code work} on a connection of {@code dataSource} (the transaction's, within one). */
    public static <T> T with(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Sql(connection));
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /** What runs on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    /** Each row as an array of its columns. */
    public List<Object[]> rows(String statement, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = prepare(statement, parameters); ResultSet result = prepared.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The rows changed. */
    public int update(String statement, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = prepare(statement, parameters)) {
            return prepared.executeUpdate();
        }
    }

    private PreparedStatement prepare(String statement, Object... parameters) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement);
        try {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }
}
