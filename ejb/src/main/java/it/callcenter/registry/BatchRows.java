package it.callcenter.registry;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of {@link PartyBatch}, one statement per table for the whole batch: {@code INSERT INTO t (columns)
 * SELECT * FROM unnest(CAST(? AS type[]), ...)}, each column bound as one array. Plain JDBC arrays, so no driver
 * class has to be visible to the application. Ids are taken as EclipseLink takes them: {@code nextval} of a
 * sequence that moves by 50 is the last id of a block of 50 that nobody else will use.
 */
final class BatchRows {

    static final int BLOCK = 50;
    private static final int AUDIT_FIELDS_MAX = 2000;

    private final Connection connection;
    private final Instant now = Instant.now();

    BatchRows(Connection connection) {
        this.connection = connection;
    }

    /** {@code count} new ids of a sequence, in blocks of {@value #BLOCK}. */
    List<Long> ids(String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
            statement.setInt(1, (count + BLOCK - 1) / BLOCK);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long last = rs.getLong(1);
                    for (long id = last - BLOCK + 1; id <= last && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    void parties(List<Party> parties, List<Long> ids, long version) throws SQLException {
        Insert insert = new Insert("party");
        insert.column("id", "bigint", ids, id -> id);
        insert.column("type", "varchar", parties, p -> p.type().name());
        insert.column("first_name", "varchar", parties, p -> p instanceof Person person ? person.getFirstName() : null);
        insert.column("last_name", "varchar", parties, p -> p instanceof Person person ? person.getLastName() : null);
        insert.column("birth_date", "date", parties, p -> p instanceof Person person ? person.getBirthDate() : null);
        insert.column("gender", "varchar", parties, p -> p instanceof Person person ? person.getGender() : null);
        insert.column("birth_comune_istat", "varchar", parties, p -> p instanceof Person person ? person.getBirthComuneIstat() : null);
        insert.column("company_name", "varchar", parties, p -> p instanceof Company company ? company.getCompanyName() : null);
        insert.column("activity_start", "date", parties, p -> p instanceof Company company ? company.getActivityStart() : null);
        insert.column("fiscal_code", "varchar", parties, Party::getFiscalCode);
        insert.column("vat_number", "varchar", parties, p -> p instanceof Company company ? company.getVatNumber() : null);
        insert.column("street", "varchar", parties, Party::getStreet);
        insert.column("comune_istat", "varchar", parties, Party::getComuneIstat);
        insert.column("postal_code", "varchar", parties, Party::getPostalCode);
        insert.column("display_name", "varchar", parties, Party::getDisplayName);
        insert.column("name_search", "varchar", parties, Party::getNameSearch);
        insert.column("status", "varchar", parties, Party::getStatus);
        insert.column("visibility", "varchar", parties, p -> p.getVisibility().name());
        for (Consent consent : Consent.values()) {
            insert.column("consent_" + consent.name().toLowerCase(), "boolean", parties, p -> p.getConsents().has(consent));
        }
        insert.column("callable_phone", "varchar", parties, Party::getCallablePhone);
        insert.column("rating", "varchar", parties, Party::getRating);
        insert.column("note", "varchar", parties, Party::getNote);
        insert.column("created_at", "timestamptz", parties, Party::getCreatedAt);
        insert.column("created_by", "varchar", parties, Party::getCreatedBy);
        insert.column("updated_at", "timestamptz", parties, Party::getUpdatedAt);
        insert.column("version", "bigint", parties, p -> version);
        insert.execute(connection);
    }

    void contacts(List<Party> parties, List<Long> ids) throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            List<Contact> own = parties.get(i).getContacts();
            for (int position = 0; position < own.size(); position++) {
                partyIds.add(ids.get(i));
                positions.add(position);
                contacts.add(own.get(position));
            }
        }
        Insert insert = new Insert("party_contact");
        insert.column("party_id", "bigint", partyIds, id -> id);
        insert.column("position", "integer", positions, p -> p);
        insert.column("kind", "varchar", contacts, c -> c.getKind().name());
        insert.column("value", "varchar", contacts, Contact::getValue);
        insert.column("search_key", "varchar", contacts, Contact::getSearchKey);
        insert.column("carrier", "varchar", contacts, Contact::getCarrier);
        insert.column("email_consent", "boolean", contacts, Contact::isEmailConsent);
        insert.column("label", "varchar", contacts, Contact::getLabel);
        insert.execute(connection);
    }

    void interests(List<Party> parties, List<Long> ids) throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<Long> interestIds = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (Interest interest : parties.get(i).getInterests()) {
                partyIds.add(ids.get(i));
                interestIds.add(interest.getId());
            }
        }
        Insert insert = new Insert("party_interest");
        insert.column("party_id", "bigint", partyIds, id -> id);
        insert.column("interest_id", "bigint", interestIds, id -> id);
        insert.execute(connection);
    }

    void owners(List<Party> parties, List<Long> ids) throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (String owner : parties.get(i).getOwners()) {
                partyIds.add(ids.get(i));
                owners.add(owner);
            }
        }
        Insert insert = new Insert("party_owner");
        insert.column("party_id", "bigint", partyIds, id -> id);
        insert.column("username", "varchar", owners, o -> o);
        insert.execute(connection);
    }

    void customValues(List<Party> parties, List<Long> ids) throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<Map.Entry<Long, String>> values = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (Map.Entry<Long, String> value : parties.get(i).getCustomValues().entrySet()) {
                partyIds.add(ids.get(i));
                values.add(value);
            }
        }
        Insert insert = new Insert("party_custom_value");
        insert.column("party_id", "bigint", partyIds, id -> id);
        insert.column("field_id", "bigint", values, Map.Entry::getKey);
        insert.column("value", "varchar", values, Map.Entry::getValue);
        insert.execute(connection);
    }

    /**
     * A new party's consent history, as {@link PartyHistory} records it: one change for each consent it was given,
     * dated and described by the party's {@code evidence}.
     */
    void consentChanges(List<Party> parties, List<Long> ids, String changedBy, String source, List<ConsentEvidence> evidence)
            throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<Consent> consents = new ArrayList<>();
        List<ConsentEvidence> proofs = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (Map.Entry<Consent, Boolean> consent : parties.get(i).getConsents().asMap().entrySet()) {
                if (consent.getValue()) {
                    partyIds.add(ids.get(i));
                    consents.add(consent.getKey());
                    proofs.add(evidence.get(i));
                }
            }
        }
        Insert insert = new Insert("consent_change");
        insert.column("id", "bigint", ids("registry_history_seq", partyIds.size()), id -> id);
        insert.column("party_id", "bigint", partyIds, id -> id);
        insert.column("consent", "varchar", consents, Consent::name);
        insert.column("granted", "boolean", consents, c -> true);
        insert.column("changed_at", "timestamptz", proofs, p -> p.at(now));
        insert.column("changed_by", "varchar", consents, c -> changedBy);
        insert.column("source", "varchar", consents, c -> source);
        insert.column("detail", "varchar", proofs, ConsentEvidence::detail);
        insert.column("reference", "varchar", proofs, ConsentEvidence::reference);
        insert.execute(connection);
    }

    /** A new party's status history, as {@link PartyHistory} records it: the move from nothing to its status. */
    void statusChanges(List<Party> parties, List<Long> ids, String changedBy) throws SQLException {
        Insert insert = new Insert("party_status_change");
        insert.column("id", "bigint", ids("registry_history_seq", parties.size()), id -> id);
        insert.column("party_id", "bigint", ids, id -> id);
        insert.column("from_status", "varchar", parties, p -> null);
        insert.column("to_status", "varchar", parties, Party::getStatus);
        insert.column("changed_at", "timestamptz", parties, p -> now);
        insert.column("changed_by", "varchar", parties, p -> changedBy);
        insert.execute(connection);
    }

    void audit(List<Party> parties, List<Long> ids, String entityType, String action, List<String> fields, String username)
            throws SQLException {
        Insert insert = new Insert("audit_entry");
        insert.column("id", "bigint", ids("audit_seq", parties.size()), id -> id);
        insert.column("entity_type", "varchar", parties, p -> entityType);
        insert.column("entity_id", "bigint", ids, id -> id);
        insert.column("action", "varchar", parties, p -> action);
        insert.column("fields", "varchar", fields, f -> f.length() <= AUDIT_FIELDS_MAX ? f : f.substring(0, AUDIT_FIELDS_MAX));
        insert.column("username", "varchar", parties, p -> username);
        insert.column("at", "timestamptz", parties, p -> now);
        insert.execute(connection);
    }

    /** As {@link PartyHistory#notifyNewOwners} for a new party: every owner but its creator is told. */
    void newOwnerNotifications(List<Party> parties, List<Long> ids, String creator) throws SQLException {
        List<Long> partyIds = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (String owner : parties.get(i).getOwners()) {
                if (!owner.equals(creator)) {
                    partyIds.add(ids.get(i));
                    owners.add(owner);
                    names.add(parties.get(i).getDisplayName());
                }
            }
        }
        if (partyIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO notification"
                + " (id, username, message_key, argument, party_id, created_at) SELECT nextval('audit_seq'), u,"
                + " 'notification.newOwner', a, p, ? FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]),"
                + " CAST(? AS bigint[])) AS t (u, a, p)")) {
            statement.setObject(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            statement.setArray(2, connection.createArrayOf("varchar", owners.toArray()));
            statement.setArray(3, connection.createArrayOf("varchar", names.toArray()));
            statement.setArray(4, connection.createArrayOf("int8", partyIds.toArray()));
            statement.executeUpdate();
        }
    }

    /** One multi-row insert: each column a list of values bound as one array. */
    static final class Insert {

        private final String table;
        private final List<String> names = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<Object[]> columns = new ArrayList<>();

        Insert(String table) {
            this.table = table;
        }

        <T> void column(String name, String sqlType, List<T> rows, Function<T, Object> value) {
            Object[] values = new Object[rows.size()];
            for (int i = 0; i < values.length; i++) {
                Object v = value.apply(rows.get(i));
                values[i] = v == null || v instanceof Long || v instanceof Integer || v instanceof Boolean || v instanceof String
                        ? v : v.toString();
            }
            names.add(name);
            types.add(sqlType);
            columns.add(values);
        }

        String sql() {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", names)).append(") SELECT * FROM unnest(");
            for (int i = 0; i < types.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types.get(i)).append("[])");
            }
            return sql.append(')').toString();
        }

        void execute(Connection connection) throws SQLException {
            if (columns.isEmpty() || columns.get(0).length == 0) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql())) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setArray(i + 1, array(connection, types.get(i), columns.get(i)));
                }
                statement.executeUpdate();
            }
        }

        private static Array array(Connection connection, String sqlType, Object[] values) throws SQLException {
            String elementType = switch (sqlType) {
                case "bigint" -> "int8";
                case "integer" -> "int4";
                case "boolean" -> "bool";
                default -> "varchar";
            };
            return connection.createArrayOf(elementType, values);
        }
    }
}
