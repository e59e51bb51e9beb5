package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One value of an administrator's list. Retired values stay (old data still shows them) but are not offered. */
@Entity
@Table(name = "list_value")
@NamedQuery(name = "ListValue.byList", query = "SELECT v FROM ListValue v WHERE v.list = :list ORDER BY v.position, v.label")
public class ListValue {

    public static final int LABEL_MAX = 80;

    @Id
    @SequenceGenerator(name = "list_value_seq", sequenceName = "configuration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_value_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list", nullable = false, length = 16)
    private ListName list;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ListValue() {
    }

    public ListValue(ListName list, String label, int position) {
        this.list = list;
        this.label = label;
        this.position = position;
    }

    public void retire() {
        active = false;
    }

    public void restore() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public ListName getList() {
        return list;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
