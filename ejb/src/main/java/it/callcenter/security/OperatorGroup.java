package it.callcenter.security;

import it.callcenter.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named set of operators an administrator keeps, so a campaign can be given to "Squadra Nord" instead of five
 * names. It holds usernames only: whether each is still an active operator is asked when the group is used.
 */
@Entity
@Table(name = "operator_group")
@NamedQuery(name = "OperatorGroup.byName", query = "SELECT g FROM OperatorGroup g WHERE lower(g.name) = lower(:name)")
@NamedQuery(name = "OperatorGroup.all", query = "SELECT g FROM OperatorGroup g ORDER BY lower(g.name)")
public class OperatorGroup {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "operator_group_seq", sequenceName = "operator_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_group_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operator_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "username")
    private Set<String> members = new TreeSet<>();

    @Version
    private long version;

    protected OperatorGroup() {
    }

    OperatorGroup(String name, Collection<String> members) {
        rename(name);
        replaceMembers(members);
    }

    /** The name stripped; blank or too long is refused. */
    void rename(String newName) {
        this.name = cleanName(newName);
    }

    void replaceMembers(Collection<String> usernames) {
        members.clear();
        members.addAll(usernames);
    }

    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "REQUIRED");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new BusinessException("name", "TOO_LONG", NAME_MAX);
        }
        return name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getMembers() {
        return new TreeSet<>(members);
    }

    public long getVersion() {
        return version;
    }
}
