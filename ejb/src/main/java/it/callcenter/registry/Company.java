package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** An azienda: company name, partita IVA, start of activity, legal representative and administrators. */
@Entity
@DiscriminatorValue("COMPANY")
public class Company extends Party {

    @Column(name = "company_name", length = 200)
    private String companyName;

    @Column(name = "vat_number", length = 11)
    private String vatNumber;

    @Column(name = "activity_start")
    private LocalDate activityStart;

    @ManyToOne
    @JoinColumn(name = "legal_representative_id")
    private Person legalRepresentative;

    @ManyToMany
    @JoinTable(name = "company_administrator", joinColumns = @JoinColumn(name = "company_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> administrators = new HashSet<>();

    protected Company() {
    }

    Company(String createdBy) {
        super(createdBy);
    }

    void name(String newCompanyName) {
        this.companyName = newCompanyName;
        refreshName();
    }

    void register(String newVatNumber, LocalDate newActivityStart) {
        this.vatNumber = newVatNumber;
        this.activityStart = newActivityStart;
    }

    void representedBy(Person person) {
        this.legalRepresentative = person;
    }

    void administeredBy(Set<Person> persons) {
        administrators.clear();
        administrators.addAll(persons);
    }

    @Override
    public PartyType type() {
        return PartyType.COMPANY;
    }

    @Override
    protected String composeDisplayName() {
        return companyName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public LocalDate getActivityStart() {
        return activityStart;
    }

    public Person getLegalRepresentative() {
        return legalRepresentative;
    }

    public Set<Person> getAdministrators() {
        return Set.copyOf(administrators);
    }
}
