package it.callcenter.registry;

import it.callcenter.geography.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entry of the shared interests catalogue. Deleting a party never deletes its interests. */
@Entity
@Table(name = "interest")
@NamedQuery(name = "Interest.findByNameSearch", query = "SELECT i FROM Interest i WHERE i.nameSearch = :nameSearch")
@NamedQuery(name = "Interest.findAll", query = "SELECT i FROM Interest i ORDER BY i.name")
public class Interest {

    public static final int NAME_MAX = 80;

    @Id
    @SequenceGenerator(name = "interest_seq", sequenceName = "interest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interest_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_search", nullable = false, length = NAME_MAX)
    private String nameSearch;

    @Version
    private long version;

    protected Interest() {
    }

    public Interest(String name) {
        this.name = name.strip();
        this.nameSearch = SearchText.normalize(this.name);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameSearch() {
        return nameSearch;
    }
}
