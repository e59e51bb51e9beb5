package it.callcenter.campaign;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.Serializable;

/**
 * What a preview or a fill found: {@code count} parties a fill would add (or added), and why the others that
 * matched the criteria are left out. Each left-out party is counted once, under the first reason in the order
 * alreadyInCampaign, noPhone, doNotCall, noConsent, noRpoCheck.
 */
public record FillResult(long count, Excluded excluded) implements Serializable {

    /** A fill job's result as the job keeps it (JSON), for its screen. */
    public static FillResult fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, FillResult.class);
        } catch (Exception e) {
            throw new IllegalStateException("Result of a fill not readable: " + json, e);
        }
    }

    public record Excluded(long alreadyInCampaign, long noPhone, long doNotCall, long noConsent, long noRpoCheck)
            implements Serializable {
    }
}
