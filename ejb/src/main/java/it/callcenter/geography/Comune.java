package it.callcenter.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

/**
 * An Italian comune, as loaded by {@link V3__Load_comuni}: reference data, read and never written by the
 * application, hence no setters and no version. The postal codes are mapped from their text copy; the array
 * column beside it is for the GIN index of the search by CAP, a native query (JPQL has no array operators)
 * that answers the ISTAT codes to read.
 */
@Entity
@Table(name = "comune")
@NamedQuery(name = "Comune.suggest", query = "SELECT c FROM Comune c WHERE c.nameSearch LIKE :prefix"
        + " ORDER BY c.population DESC, c.name")
@NamedQuery(name = "Comune.findByCadastralCode", query = "SELECT c FROM Comune c WHERE c.cadastralCode = :code"
        + " ORDER BY c.population DESC")
@NamedQuery(name = "Comune.findByIstatCodes", query = "SELECT c FROM Comune c WHERE c.istatCode IN :codes"
        + " ORDER BY c.population DESC, c.name")
@NamedQuery(name = "Comune.findByName", query = "SELECT c FROM Comune c WHERE c.nameSearch = :name"
        + " ORDER BY c.population DESC")
@NamedQuery(name = "Comune.findByNameAndProvince", query = "SELECT c FROM Comune c WHERE c.nameSearch = :name"
        + " AND c.provinceAbbr = :provinceAbbr ORDER BY c.population DESC")
public class Comune {

    @Id
    @Column(name = "istat_code")
    private String istatCode;

    private String name;

    @Column(name = "name_search")
    private String nameSearch;

    @Column(name = "province_name")
    private String provinceName;

    @Column(name = "province_abbr")
    private String provinceAbbr;

    @Column(name = "region_name")
    private String regionName;

    @Column(name = "cadastral_code")
    private String cadastralCode;

    @Column(name = "postal_codes_text")
    private String postalCodesText;

    private int population;

    protected Comune() {
    }

    String getNameSearch() {
        return nameSearch;
    }

    public String getIstatCode() {
        return istatCode;
    }

    public String getName() {
        return name;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public String getProvinceAbbr() {
        return provinceAbbr;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getCadastralCode() {
        return cadastralCode;
    }

    public List<String> getPostalCodes() {
        return Arrays.stream(postalCodesText.split(" ")).filter(code -> !code.isEmpty()).toList();
    }

    public int getPopulation() {
        return population;
    }
}
