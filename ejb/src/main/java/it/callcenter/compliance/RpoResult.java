package it.callcenter.compliance;

import java.io.Serializable;
import java.util.List;

/**
 * What an RPO return did: lines applied ({@code checked}, of which {@code opposed}), lines refused, and the first
 * {@link RpoReturns#REJECTIONS_KEPT} refusals with their line numbers.
 */
public record RpoResult(long checked, long opposed, long rejected, List<RpoRejection> rejections) implements Serializable {
}
