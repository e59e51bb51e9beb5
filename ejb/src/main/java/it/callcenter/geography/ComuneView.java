package it.callcenter.geography;

import java.io.Serializable;
import java.util.List;

/**
 * A comune as screens, the API and the other areas see it. Serializable because a selected comune lives in
 * view-scoped beans. The {@code getX()} twins of the accessors are there for Jakarta EL 5, which does not
 * resolve record components as properties: pages write {@code #{c.label}}. JSON-B (Yasson) would list those
 * twins as extra {@code "getX"} fields, so REST resources map this view to a record of their own.
 */
public record ComuneView(String istatCode, String name, String provinceAbbr, String province, String region,
                         List<String> postalCodes, String cadastralCode) implements Serializable {

    public ComuneView {
        postalCodes = List.copyOf(postalCodes);
    }

    static ComuneView of(Comune comune) {
        return new ComuneView(comune.getIstatCode(), comune.getName(), comune.getProvinceAbbr(),
                comune.getProvinceName(), comune.getRegionName(), comune.getPostalCodes(), comune.getCadastralCode());
    }

    /** "Roma (RM)": the one way every screen writes a comune. */
    public String label() {
        return label(name, provinceAbbr);
    }

    /** A comune's name with its province's abbreviation, when there is one: "Roma (RM)". */
    public static String label(String name, String provinceAbbr) {
        if (name == null) {
            return "";
        }
        return provinceAbbr == null || provinceAbbr.isBlank() ? name : name + " (" + provinceAbbr.strip() + ")";
    }

    public String getIstatCode() {
        return istatCode;
    }

    public String getName() {
        return name;
    }

    public String getProvinceAbbr() {
        return provinceAbbr;
    }

    public String getProvince() {
        return province;
    }

    public String getRegion() {
        return region;
    }

    public List<String> getPostalCodes() {
        return postalCodes;
    }

    public String getCadastralCode() {
        return cadastralCode;
    }

    public String getLabel() {
        return label();
    }
}
