package it.callcenter.registry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Someone in the registry: a {@link Person} or a {@link Company}. Every customer exists here first; a
 * campaign entry refers to the party, so both always show the same data.
 */
@Entity
@Table(name = "party")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "type", length = 8)
public abstract class Party {

    /** The longest note a party keeps (V19). */
    public static final int NOTE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    private Long id;

    @Column(name = "fiscal_code", length = 16)
    private String fiscalCode;

    @Column(length = 200)
    private String street;

    @Column(name = "comune_istat", length = 6)
    private String comuneIstat;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "name_search", nullable = false, length = 200)
    private String nameSearch;

    @Column(nullable = false, length = 32)
    private String status = PartyStatus.INITIAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Visibility visibility = Visibility.ALL;

    @Embedded
    private Consents consents = new Consents();

    @ElementCollection
    @CollectionTable(name = "party_contact", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    /** {@link #callablePhone(List)} of the contacts, kept on the row for the campaign fill (V17). */
    @Column(name = "callable_phone", length = 16)
    private String callablePhone;

    @ManyToMany
    @JoinTable(name = "party_interest", joinColumns = @JoinColumn(name = "party_id"),
            inverseJoinColumns = @JoinColumn(name = "interest_id"))
    private Set<Interest> interests = new HashSet<>();

    @Column(length = 80)
    private String rating;

    @Column(length = NOTE_MAX)
    private String note;

    @ElementCollection
    @CollectionTable(name = "party_custom_value", joinColumns = @JoinColumn(name = "party_id"))
    @MapKeyColumn(name = "field_id")
    @Column(name = "value", length = 1000)
    private Map<Long, String> customValues = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "party_owner", joinColumns = @JoinColumn(name = "party_id"))
    @Column(name = "username")
    private Set<String> owners = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Party() {
    }

    protected Party(String createdBy) {
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public abstract PartyType type();

    /** The name shown in lists: "Rossi Mario" or the company name. */
    protected abstract String composeDisplayName();

    void refreshName() {
        displayName = composeDisplayName();
        nameSearch = it.callcenter.geography.SearchText.normalize(displayName);
    }

    void touch() {
        updatedAt = Instant.now();
    }

    void identify(String newFiscalCode) {
        this.fiscalCode = newFiscalCode;
    }

    void locate(String newStreet, String newComuneIstat, String newPostalCode) {
        this.street = newStreet;
        this.comuneIstat = newComuneIstat;
        this.postalCode = newPostalCode;
    }

    void replaceContacts(List<Contact> newContacts) {
        contacts.clear();
        contacts.addAll(newContacts);
        callablePhone = callablePhone(contacts);
    }

    /** The number a campaign calls the party on: the first MOBILE, else the first PHONE, in E.164; null if none. */
    static String callablePhone(List<Contact> contacts) {
        return contacts.stream().filter(c -> c.getKind() == ContactKind.MOBILE).findFirst()
                .or(() -> contacts.stream().filter(c -> c.getKind() == ContactKind.PHONE).findFirst())
                .map(Contact::getSearchKey).orElse(null);
    }

    void replaceInterests(Set<Interest> newInterests) {
        interests.clear();
        interests.addAll(newInterests);
    }

    void rate(String newRating) {
        this.rating = newRating;
    }

    void annotate(String newNote) {
        this.note = newNote;
    }

    void replaceCustomValues(Map<Long, String> values) {
        customValues.clear();
        customValues.putAll(values);
    }

    void replaceOwners(Set<String> newOwners, Visibility newVisibility) {
        owners.clear();
        owners.addAll(newOwners);
        visibility = newVisibility;
    }

    /** Sets a consent; answers whether it changed, so the change can be recorded. */
    boolean setConsent(Consent consent, boolean granted) {
        if (consents.has(consent) == granted) {
            return false;
        }
        consents.set(consent, granted);
        return true;
    }

    /** Moves to a status; answers the previous one, or null when nothing changed. */
    String moveTo(String newStatus) {
        if (newStatus == null || newStatus.equals(status)) {
            return null;
        }
        String previous = status;
        status = newStatus;
        return previous;
    }

    /** May this caller see the party? Owners-only parties are for their owners (and the roles that see all). */
    public boolean isVisibleTo(String username, boolean seesAll) {
        return seesAll || visibility == Visibility.ALL || owners.contains(username);
    }

    /** May this caller change who owns the party and who sees it? Its owners may, and the roles that see all. */
    public boolean mayChangeOwners(String username, boolean seesAll) {
        return seesAll || owners.contains(username);
    }

    public Long getId() {
        return id;
    }

    public String getFiscalCode() {
        return fiscalCode;
    }

    public String getStreet() {
        return street;
    }

    public String getComuneIstat() {
        return comuneIstat;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getNameSearch() {
        return nameSearch;
    }

    public String getStatus() {
        return status;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Consents getConsents() {
        return consents;
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    public String getCallablePhone() {
        return callablePhone;
    }

    public Set<Interest> getInterests() {
        return Set.copyOf(interests);
    }

    public String getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }

    public Map<Long, String> getCustomValues() {
        return Map.copyOf(customValues);
    }

    public Set<String> getOwners() {
        return Set.copyOf(owners);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
