package it.callcenter.agenda;

import it.callcenter.platform.Rows;
import it.callcenter.registry.PartyRecords;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda's rows about a party in the privacy export (section {@code agenda}: appointments, contracts,
 * activities, lead notes) and their deletion at the party's erasure.
 */
@Stateless
public class AgendaRecords implements PartyRecords {

    public record AppointmentRecord(long id, String agent, Instant start, Instant end, String place, String notes,
                                    String state, String bookedBy, Instant bookedAt, Long campaignId) {
    }

    public record ContractRecord(long id, String product, BigDecimal value, String currency, LocalDate startDate,
                                 String notes, String createdBy, Instant createdAt, Long campaignId) {
    }

    public record ActivityRecord(long id, String text, LocalDate dueOn, LocalTime dueTime, String assignedTo,
                                 String createdBy, Instant createdAt, String doneBy, Instant doneAt) {
    }

    public record LeadNoteRecord(long id, String toUser, String text, String sentBy, Instant sentAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "agenda";
    }

    @Override
    public Object export(long partyId) {
        Map<String, Object> agenda = new LinkedHashMap<>();
        agenda.put("appointments", rows("SELECT id, agent, starts_at, ends_at, place, notes, state, booked_by, booked_at,"
                + " campaign_id FROM appointment WHERE party_id = ?1 ORDER BY starts_at, id", partyId).stream()
                .map(r -> new AppointmentRecord(Rows.number(r[0]), (String) r[1], Rows.instant(r[2]), Rows.instant(r[3]),
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], Rows.instant(r[8]), Rows.numberOrNull(r[9])))
                .toList());
        agenda.put("contracts", rows("SELECT id, product, value, currency, start_date, notes, created_by, created_at, campaign_id"
                + " FROM contract WHERE party_id = ?1 ORDER BY created_at, id", partyId).stream()
                .map(r -> new ContractRecord(Rows.number(r[0]), (String) r[1], (BigDecimal) r[2], ((String) r[3]).strip(),
                        Rows.date(r[4]), (String) r[5], (String) r[6], Rows.instant(r[7]), Rows.numberOrNull(r[8])))
                .toList());
        agenda.put("activities", rows("SELECT id, text, due_on, due_time, assigned_to, created_by, created_at, done_by, done_at"
                + " FROM activity WHERE party_id = ?1 ORDER BY created_at, id", partyId).stream()
                .map(r -> new ActivityRecord(Rows.number(r[0]), (String) r[1], Rows.date(r[2]),
                        r[3] == null ? null : r[3] instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) r[3],
                        (String) r[4], (String) r[5], Rows.instant(r[6]), (String) r[7], Rows.instant(r[8])))
                .toList());
        agenda.put("leadNotes", rows("SELECT id, to_user, text, sent_by, sent_at FROM lead_note WHERE party_id = ?1"
                + " ORDER BY sent_at, id", partyId).stream()
                .map(r -> new LeadNoteRecord(Rows.number(r[0]), (String) r[1], (String) r[2], (String) r[3], Rows.instant(r[4])))
                .toList());
        return agenda;
    }

    @Override
    public void erase(long partyId) {
        for (String delete : List.of("DELETE FROM appointment WHERE party_id = ?1", "DELETE FROM contract WHERE party_id = ?1",
                "DELETE FROM activity WHERE party_id = ?1", "DELETE FROM lead_note WHERE party_id = ?1")) {
            em.createNativeQuery(delete).setParameter(1, partyId).executeUpdate();
        }
    }

    private List<Object[]> rows(String sql, long partyId) {
        return Rows.of(em.createNativeQuery(sql).setParameter(1, partyId));
    }
}
