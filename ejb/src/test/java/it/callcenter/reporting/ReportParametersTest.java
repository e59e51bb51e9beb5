package it.callcenter.reporting;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static ReportParameters period(LocalDate from, LocalDate to) {
        return new ReportParameters(null, from, to, null, null);
    }

    @Test
    void withoutDatesAReportCoversTheLastThirtyDaysAndACampaignsProgressItsWholeLife() {
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 8), TODAY), period(null, null).validate(ReportName.CONTRACTS, TODAY));
        assertTrue(new ReportParameters(5L, null, null, null, null).validate(ReportName.CAMPAIGN_PROGRESS, TODAY).isWhole());
    }

    @Test
    void oneDateAloneMeansTheThirtyDaysFromOrUpToIt() {
        assertEquals(new ReportPeriod(TODAY, LocalDate.of(2027, 1, 5)), period(TODAY, null).validate(ReportName.APPOINTMENTS, TODAY));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)),
                period(null, LocalDate.of(2026, 12, 1)).validate(ReportName.CONTRACTS, TODAY));
    }

    @Test
    void aPeriodRunsForwards() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> period(TODAY, TODAY.minusDays(1)).validate(ReportName.CONTRACTS, TODAY));
        assertEquals("REPORT_PERIOD_REVERSED", e.code());
        assertEquals("from", e.field());
        assertEquals(new ReportPeriod(TODAY, TODAY), period(TODAY, TODAY).validate(ReportName.CONTRACTS, TODAY), "one day");
    }

    @Test
    void aPeriodSpansAtMost366Days() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        assertEquals(new ReportPeriod(from, LocalDate.of(2024, 12, 31)),
                period(from, LocalDate.of(2024, 12, 31)).validate(ReportName.OPERATOR_PRODUCTIVITY, TODAY), "a leap year: 366 days");
        BusinessException e = assertThrows(BusinessException.class,
                () -> period(from, LocalDate.of(2025, 1, 1)).validate(ReportName.OPERATOR_PRODUCTIVITY, TODAY));
        assertEquals("REPORT_PERIOD_TOO_LONG", e.code());
        assertEquals(List.of(366), List.of(e.arguments()));
    }

    @Test
    void aCampaignsProgressNeedsItsCampaignAndThePartysPapersTheirParty() {
        BusinessException campaign = assertThrows(BusinessException.class, () -> period(null, null).validate(ReportName.CAMPAIGN_PROGRESS, TODAY));
        assertEquals("campaign", campaign.field());
        assertEquals("REQUIRED", campaign.code());
        for (ReportName paper : List.of(ReportName.PARTY_CARD, ReportName.PRIVACY_FORM)) {
            BusinessException party = assertThrows(BusinessException.class, () -> period(null, null).validate(paper, TODAY));
            assertEquals("party", party.field());
        }
        assertTrue(new ReportParameters(null, null, null, null, 9L).validate(ReportName.PRIVACY_FORM, TODAY).isWhole());
    }

    @Test
    void everythingWrongIsSaidAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> period(TODAY, TODAY.minusDays(3)).validate(ReportName.CAMPAIGN_PROGRESS, TODAY));
        assertEquals(List.of("campaign", "from"), e.violations().stream().map(BusinessException::field).toList());
    }

    @Test
    void aBlankOperatorIsNoOperator() {
        assertEquals(null, new ReportParameters(null, null, null, "  ", null).operator());
        assertEquals("anna", new ReportParameters(null, null, null, " anna ", null).operator());
    }

    @Test
    void thePeriodIsMadeOfItalianDays() {
        ReportPeriod winter = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), winter.start().toInstant());
        assertEquals(Instant.parse("2026-12-07T23:00:00Z"), winter.end().toInstant());
        ReportPeriod summer = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
        assertEquals(Instant.parse("2026-06-30T22:00:00Z"), summer.start().toInstant());
        assertTrue(ReportPeriod.whole().start().toInstant().isBefore(Instant.parse("2000-01-01T00:00:00Z")));
        assertFalse(ReportPeriod.whole().end().toInstant().isBefore(Instant.parse("2999-01-01T00:00:00Z")));
    }

    @Test
    void whoMayPrintWhat() {
        assertTrue(ReportName.CAMPAIGN_PROGRESS.mayBePrintedBy("SUPERVISOR"::equals));
        assertFalse(ReportName.OPERATOR_PRODUCTIVITY.mayBePrintedBy("SUPERVISOR"::equals));
        assertFalse(ReportName.CAMPAIGN_PROGRESS.mayBePrintedBy("OPERATOR"::equals));
        assertTrue(ReportName.CONTRACTS.mayBePrintedBy(r -> r.equals("OPERATOR") || r.equals("MANAGER")));
        assertTrue(ReportName.PRIVACY_FORM.mayBePrintedBy("OPERATOR"::equals));
        assertEquals(ReportName.OPERATOR_PRODUCTIVITY, ReportName.ofSlug("operator-productivity").orElseThrow());
        assertTrue(ReportName.ofSlug("payroll").isEmpty());
    }

    @Test
    void theAuditSaysWhichReportWithWhichParameters() {
        ReportParameters parameters = new ReportParameters(4L, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "anna", null);
        assertEquals(List.of("report=operator-productivity", "format=XLSX", "campaign=4", "from=2026-12-01", "to=2026-12-07",
                        "operator=anna", "rows=12"),
                Reports.auditFields(ReportName.OPERATOR_PRODUCTIVITY, ReportFormat.XLSX, parameters,
                        parameters.validate(ReportName.OPERATOR_PRODUCTIVITY, TODAY), 12));
    }
}
