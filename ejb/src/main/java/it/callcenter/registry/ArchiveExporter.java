package it.callcenter.registry;

import it.callcenter.audit.AuditEntry;
import it.callcenter.audit.AuditFields;
import it.callcenter.audit.AuditLog;
import it.callcenter.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports what the archive search finds for the caller, as the archive would show it (same criteria, same
 * visibility), into any {@link PartyRowWriter}. A copy of the archive leaves the building with a file: supervisors
 * and up only. Runs outside a transaction on purpose: the rows are read in short keyset chunks ({@link ExportQuery})
 * while the file streams to the client, however long that takes; the audit entry, written when the file ends (or
 * breaks off), gets a transaction of its own and says how many rows were written ({@code rows=N}, plus
 * {@code incomplete} when the export did not finish). The audit keeps which criteria were used, never the values
 * that could be personal data (the search text, a custom field's value).
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ArchiveExporter {

    public static final String AUDIT_TYPE = "PARTY_EXPORT";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditLog audit;

    /** Writes the header and every matching row, then finishes the file; returns how many rows it wrote. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(PartySearch search, String format, PartyRowWriter out) throws IOException {
        String caller = session.getCallerPrincipal().getName();
        boolean seesAll = session.isCallerInRole(Role.SUPERVISOR_NAME) || session.isCallerInRole(Role.MANAGER_NAME)
                || session.isCallerInRole(Role.ADMIN_NAME);
        ExportQuery query = new ExportQuery(em, PartyCriteria.of(search, seesAll ? null : caller));
        long count = 0;
        boolean complete = false;
        try {
            out.header(ExportColumns.HEADERS);
            for (List<List<Object>> chunk = query.next(); !chunk.isEmpty(); chunk = query.next()) {
                for (List<Object> row : chunk) {
                    out.row(row);
                    count++;
                }
            }
            out.finish();
            complete = true;
            return count;
        } finally {
            List<String> fields = summary(search, format);
            fields.add(AuditFields.of("rows", count));
            if (!complete) {
                fields.add("incomplete");
            }
            audit.record(AUDIT_TYPE, 0, AuditEntry.Action.EXPORT, fields, caller);
        }
    }

    static List<String> summary(PartySearch search, String format) {
        List<String> fields = new ArrayList<>();
        fields.add("format=" + format);
        if (present(search.q())) {
            fields.add("q");
        }
        if (search.type() != null) {
            fields.add("type=" + search.type());
        }
        named(fields, "region", search.region());
        named(fields, "province", search.provinceAbbr());
        named(fields, "comune", search.comuneIstat());
        named(fields, "interest", search.interest());
        if (present(search.customField()) && present(search.customValue())) {
            fields.add("customField=" + search.customField().strip());
        }
        return fields;
    }

    private static void named(List<String> fields, String name, String value) {
        if (present(value)) {
            fields.add(name + "=" + value.strip().replace(",", " "));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
