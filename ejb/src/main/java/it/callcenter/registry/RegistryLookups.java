package it.callcenter.registry;

import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import it.callcenter.security.UserService;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the validator asks of the rest of the application, answered from the services: one definition for the
 * screens, the API and the importer. The administrator's lists and fields are read once, when it is made.
 */
public final class RegistryLookups implements PartyValidator.Lookups {

    private final Function<String, Optional<ComuneView>> comuni;
    private final UserService users;
    private final List<String> ratings;
    private final List<String> contactLabels;
    private final List<CustomFieldView> customFields;

    public RegistryLookups(GeographyService geography, UserService users, RegistrySettings settings) {
        this(geography::findByIstatCode, users, settings);
    }

    /** With the comuni found by {@code comuni} (e.g. remembered across an import's chunks) instead of asked each time. */
    public RegistryLookups(Function<String, Optional<ComuneView>> comuni, UserService users, RegistrySettings settings) {
        this.comuni = comuni;
        this.users = users;
        this.ratings = settings.activeValues(ListName.RATING);
        this.contactLabels = settings.activeValues(ListName.CONTACT_LABEL);
        this.customFields = settings.activeCustomFields();
    }

    @Override
    public boolean comuneExists(String istatCode) {
        return comuni.apply(istatCode).isPresent();
    }

    @Override
    public Optional<String> cadastralCode(String istatCode) {
        return comuni.apply(istatCode).map(ComuneView::cadastralCode);
    }

    @Override
    public Optional<List<String>> postalCodes(String istatCode) {
        return comuni.apply(istatCode).map(ComuneView::postalCodes);
    }

    @Override
    public boolean userExists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Override
    public List<String> ratings() {
        return ratings;
    }

    @Override
    public List<String> contactLabels() {
        return contactLabels;
    }

    @Override
    public List<CustomFieldView> customFields() {
        return customFields;
    }
}
