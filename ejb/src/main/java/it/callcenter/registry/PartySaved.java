package it.callcenter.registry;

import java.util.List;

/** The outcome of a save: the party's id and new version, and warnings to show (e.g. FISCAL_CODE_*). */
public record PartySaved(long id, long version, List<String> warnings) {
}
