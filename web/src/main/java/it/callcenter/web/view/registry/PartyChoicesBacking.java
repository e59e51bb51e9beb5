package it.callcenter.web.view.registry;

import it.callcenter.registry.Consent;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.ListName;
import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyStatus;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyType;
import it.callcenter.registry.RegistrySettings;
import it.callcenter.security.UserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the party card's lists and autocompletes offer: the administrator's lists, read once per card. */
@Named
@ViewScoped
public class PartyChoicesBacking implements Serializable {

    @EJB
    private RegistrySettings settings;

    @EJB
    private UserService users;

    @EJB
    private PartyService parties;

    @EJB
    private PartyFinder finder;

    private List<String> ratings = List.of();
    private List<String> carriers = List.of();
    private List<String> contactLabels = List.of();
    private List<String> usernames = List.of();

    @PostConstruct
    void read() {
        ratings = settings.activeValues(ListName.RATING);
        carriers = settings.activeValues(ListName.CARRIER);
        contactLabels = settings.activeValues(ListName.CONTACT_LABEL);
        usernames = users.enabledUsernames();
    }

    public List<String> getRatings() {
        return ratings;
    }

    public List<String> getContactLabels() {
        return contactLabels;
    }

    public List<String> getUsernames() {
        return usernames;
    }

    public List<String> getStatuses() {
        return PartyStatus.ALL;
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public Consent[] getConsentKinds() {
        return Consent.values();
    }

    public List<String> completeCarrier(String query) {
        String prefix = query == null ? "" : query.toLowerCase();
        return carriers.stream().filter(c -> c.toLowerCase().startsWith(prefix)).toList();
    }

    /** The catalogue's interests that start with what was typed, and what was typed itself as a new one. */
    public List<String> completeInterest(String query) {
        String prefix = query == null ? "" : query.toLowerCase();
        List<String> matches = new ArrayList<>(parties.interestCatalogue().stream()
                .filter(i -> i.toLowerCase().startsWith(prefix)).limit(15).toList());
        if (query != null && !query.isBlank() && matches.stream().noneMatch(m -> m.equalsIgnoreCase(query.strip()))) {
            matches.add(query.strip());
        }
        return matches;
    }

    /** Persons the user may see, for a company's legal representative and administrators. */
    public List<PartySummary> completePerson(String query) {
        return finder.items(new PartySearch(query, PartyType.PERSON, null, null, null, null), 0, 15);
    }
}
