package it.callcenter.importing;

import it.callcenter.registry.CustomFieldView;
import it.callcenter.registry.PartyValidator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's lookups with each owner's user name asked once per run of an import, not once per row: a file of
 * a million rows names the same few owners over and over (and a misspelt one as often). The answer is the one of
 * the run's first row that names the user.
 */
final class KnownUsers implements PartyValidator.Lookups {

    private final PartyValidator.Lookups lookups;
    private final Map<String, Boolean> users = new ConcurrentHashMap<>();

    KnownUsers(PartyValidator.Lookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public boolean userExists(String username) {
        Boolean known = users.get(username);
        if (known == null) {
            known = lookups.userExists(username);
            users.put(username, known);
        }
        return known;
    }

    @Override
    public boolean comuneExists(String istatCode) {
        return lookups.comuneExists(istatCode);
    }

    @Override
    public Optional<String> cadastralCode(String istatCode) {
        return lookups.cadastralCode(istatCode);
    }

    @Override
    public Optional<List<String>> postalCodes(String istatCode) {
        return lookups.postalCodes(istatCode);
    }

    @Override
    public List<String> ratings() {
        return lookups.ratings();
    }

    @Override
    public List<String> contactLabels() {
        return lookups.contactLabels();
    }

    @Override
    public List<CustomFieldView> customFields() {
        return lookups.customFields();
    }
}
