package it.callcenter.importing;

import it.callcenter.registry.DuplicateKey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which party a record of a chunk duplicates by the registry's rule ({@link DuplicateKey}), as if the chunk's
 * records were saved one after the other: the parties already in the registry (asked once for the whole chunk)
 * and those the chunk's earlier records create or update. A party created by this chunk is newer than any in the
 * registry, so where both have a key the registry's wins, as the rule picks the oldest party.
 */
final class ChunkDuplicates {

    /** A party of the registry, or the n-th party this chunk creates. */
    sealed interface Target permits Existing, Created {
    }

    record Existing(long id) implements Target {
    }

    record Created(int index) implements Target {
    }

    private final Map<DuplicateKey, Long> registry;
    private final Map<DuplicateKey, Target> chunk = new HashMap<>();

    ChunkDuplicates(Map<DuplicateKey, Long> registry) {
        this.registry = registry;
    }

    Optional<Target> of(List<DuplicateKey> keys) {
        return DuplicateKey.first(keys, key -> {
            Long existing = registry.get(key);
            return older(existing == null ? null : new Existing(existing), chunk.get(key));
        });
    }

    /** The party now has these keys too. */
    void add(List<DuplicateKey> keys, Target target) {
        keys.forEach(key -> chunk.merge(key, target, ChunkDuplicates::older));
    }

    private static Target older(Target a, Target b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a instanceof Existing x && b instanceof Existing y) {
            return x.id() <= y.id() ? a : b;
        }
        if (a instanceof Created x && b instanceof Created y) {
            return x.index() <= y.index() ? a : b;
        }
        return a instanceof Existing ? a : b;
    }
}
