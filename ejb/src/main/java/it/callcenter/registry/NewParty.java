package it.callcenter.registry;

import java.util.List;

/**
 * A party that passed the registry's {@link PartyValidator}, waiting to be created by {@link PartyBatch}: what the
 * importer holds between the check of a record and the write of its chunk, without seeing the validated values.
 */
public final class NewParty {

    private final ValidParty valid;

    private NewParty(ValidParty valid) {
        this.valid = valid;
    }

    /** Validates as {@link PartyService#create} does; a refusal is the validator's {@code ValidationException}. */
    public static NewParty validate(PartyValidator validator, PartyData data, String creator) {
        return new NewParty(validator.validate(data, creator));
    }

    /** What the duplicate rule looks at, in its order. */
    public List<DuplicateKey> duplicateKeys() {
        return DuplicateKey.of(valid.fiscalCode(), valid.vatNumber(), valid.mobiles());
    }

    ValidParty valid() {
        return valid;
    }
}
