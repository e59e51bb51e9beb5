package it.callcenter.compliance;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import it.callcenter.security.Role;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes one batch of RPO answers in its own transaction with two statements, whatever the batch's size: the
 * numbers, dates and outcomes travel as three arrays that {@code unnest} turns back into rows. A check never
 * replaces a later one already recorded (an old file loaded after a new one changes nothing); numbers whose latest
 * check says opposed join the do-not-call list with source RPO unless they are already on it.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class RpoBatchWriter {

    private static final String CHECKS = "INSERT INTO rpo_check (number, checked_on, opposed)"
            + " SELECT u.number, u.checked_on, u.opposed"
            + " FROM unnest(CAST(? AS varchar[]), CAST(? AS date[]), CAST(? AS boolean[])) AS u(number, checked_on, opposed)"
            + " ON CONFLICT (number) DO UPDATE SET checked_on = EXCLUDED.checked_on, opposed = EXCLUDED.opposed"
            + " WHERE rpo_check.checked_on <= EXCLUDED.checked_on";
    private static final String OPPOSED = "INSERT INTO do_not_call (number, source, added_at, added_by)"
            + " SELECT r.number, 'RPO', now(), ? FROM rpo_check r WHERE r.number = ANY (CAST(? AS varchar[])) AND r.opposed"
            + " ON CONFLICT (number) DO NOTHING";

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    /** The answers must name each number once. */
    public void write(Collection<RpoAnswer> answers, String username) {
        try (Connection db = dataSource.getConnection()) {
            write(db, answers, username);
        } catch (SQLException e) {
            throw new IllegalStateException("RPO batch not written", e);
        }
    }

    /** The two statements on a connection whose transaction the caller owns. */
    static void write(Connection db, Collection<RpoAnswer> answers, String username) throws SQLException {
        String[] numbers = answers.stream().map(RpoAnswer::number).toArray(String[]::new);
        String[] dates = answers.stream().map(a -> a.checkedOn().toString()).toArray(String[]::new);
        Boolean[] opposed = answers.stream().map(RpoAnswer::opposed).toArray(Boolean[]::new);
        String[] opposedNumbers = answers.stream().filter(RpoAnswer::opposed).map(RpoAnswer::number).toArray(String[]::new);
        try (PreparedStatement checks = db.prepareStatement(CHECKS)) {
            checks.setArray(1, db.createArrayOf("varchar", numbers));
            checks.setArray(2, db.createArrayOf("varchar", dates));
            checks.setArray(3, db.createArrayOf("bool", opposed));
            checks.executeUpdate();
        }
        if (opposedNumbers.length > 0) {
            try (PreparedStatement dnc = db.prepareStatement(OPPOSED)) {
                dnc.setString(1, username);
                dnc.setArray(2, db.createArrayOf("varchar", opposedNumbers));
                dnc.executeUpdate();
            }
        }
    }
}
