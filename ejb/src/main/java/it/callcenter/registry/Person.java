package it.callcenter.registry;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.time.LocalDate;

/** A persona fisica: first and last name, birth date and place, gender, codice fiscale. */
@Entity
@DiscriminatorValue("PERSON")
public class Person extends Party {

    @Column(name = "first_name", length = 80)
    private String firstName;

    @Column(name = "last_name", length = 80)
    private String lastName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(length = 1)
    private String gender;

    @Column(name = "birth_comune_istat", length = 6)
    private String birthComuneIstat;

    protected Person() {
    }

    Person(String createdBy) {
        super(createdBy);
    }

    void name(String newFirstName, String newLastName) {
        this.firstName = newFirstName;
        this.lastName = newLastName;
        refreshName();
    }

    void describeBirth(LocalDate date, String newGender, String comuneIstat) {
        this.birthDate = date;
        this.gender = newGender;
        this.birthComuneIstat = comuneIstat;
    }

    @Override
    public PartyType type() {
        return PartyType.PERSON;
    }

    @Override
    protected String composeDisplayName() {
        return lastName + " " + firstName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getGender() {
        return gender;
    }

    public String getBirthComuneIstat() {
        return birthComuneIstat;
    }
}
