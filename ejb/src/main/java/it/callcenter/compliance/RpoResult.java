package it.callcenter.compliance;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.io.Serializable;
import java.util.List;

/**
 * What an RPO return did: lines applied ({@code checked}, of which {@code opposed}), lines refused, and the first
 * {@link RpoReturns#REJECTIONS_KEPT} refusals with their line numbers.
 */
public record RpoResult(long checked, long opposed, long rejected, List<RpoRejection> rejections) implements Serializable {

    /** An RPO job's result as the job keeps it (JSON), for its screen. */
    public static RpoResult fromJson(String json) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, RpoResult.class);
        } catch (Exception e) {
            throw new IllegalStateException("Result of an RPO return not readable: " + json, e);
        }
    }
}
