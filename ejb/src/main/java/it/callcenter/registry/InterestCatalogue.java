package it.callcenter.registry;

import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * New names for the interests catalogue, added in a transaction of their own and at once visible to all: two import
 * chunks written side by side may both meet the same new interest, and the second must find it rather than collide
 * with the first's uncommitted row (the name's search key is unique). Ids as {@link BatchRows#ids} takes them.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class InterestCatalogue {

    @Resource(lookup = "java:jboss/datasources/CallCenterDS")
    private DataSource dataSource;

    /** Adds the names (by their search key) that the catalogue does not have yet; any user saving a party may. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(Map<String, String> namesByKey) {
        if (namesByKey.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO interest (id, name, name_search, version)"
                     + " SELECT nextval('interest_seq'), n, k, " + PartyBatch.FIRST_VERSION
                     + " FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[])) AS t (k, n) ON CONFLICT (name_search) DO NOTHING")) {
            insert.setArray(1, connection.createArrayOf("varchar", namesByKey.keySet().toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", namesByKey.values().toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Interests not added to the catalogue: " + e.getMessage(), e);
        }
    }
}
