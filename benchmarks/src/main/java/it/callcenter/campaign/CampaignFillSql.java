package it.callcenter.campaign;

import it.callcenter.compliance.RequiredConsent;
import java.util.List;

/**
 * The preview and fill statements exactly as {@link CampaignService} sends them, built by the application's own
 * {@link FillSql} (this class lives in its package for that), for the benchmark to time with plain JDBC.
 */
public final class CampaignFillSql {

    /** A statement and its positional parameters, in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private CampaignFillSql() {
    }

    public static Statement preview(long campaignId, FillCriteria criteria, RequiredConsent consent, boolean rpoCheck) {
        FillSql sql = FillSql.of(campaignId, criteria, consent, rpoCheck);
        return new Statement(sql.preview(), sql.previewParameters());
    }

    public static Statement fill(long campaignId, FillCriteria criteria, RequiredConsent consent, boolean rpoCheck) {
        FillSql sql = FillSql.of(campaignId, criteria, consent, rpoCheck);
        return new Statement(sql.fill(), sql.fillParameters());
    }
}
