package it.callcenter.registry;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one party, as the party may ask for it (GDPR art. 15 and 20): the card, the full history
 * of consents and status, the companies the person has a role in (by id only: their data is not the person's),
 * the audit trail, the notifications about it, the photo, and what the other areas keep ({@link PartyRecords}).
 */
public record PartyExport(Instant exportedAt, String exportedBy, PartyView party, List<ConsentEvent> consentHistory,
                          List<StatusEvent> statusHistory, List<CompanyRole> companyRoles, List<AuditEvent> audit,
                          List<NotificationEvent> notifications, PhotoData photo, Map<String, Object> otherAreas) {

    private static final class Json {
        private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true));
    }

    public record ConsentEvent(String consent, boolean granted, Instant changedAt, String changedBy, String source,
                               String detail, String reference) {
    }

    public record StatusEvent(String fromStatus, String toStatus, Instant changedAt, String changedBy) {
    }

    public record CompanyRole(long companyId, String role) {
    }

    public record AuditEvent(String action, List<String> fields, String username, Instant at) {
    }

    public record NotificationEvent(String username, String messageKey, String argument, Instant createdAt, Instant readAt) {
    }

    public record PhotoData(String contentType, int width, int height, String base64) {
    }

    public String toJson() {
        return Json.JSONB.toJson(this);
    }
}
