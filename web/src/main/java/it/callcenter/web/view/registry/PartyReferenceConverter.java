package it.callcenter.web.view.registry;

import it.callcenter.NotFoundException;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartySummary;
import it.callcenter.registry.PartyView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A party chosen in an autocomplete (the legal representative) ↔ its id; only parties the user may see. */
@Dependent
@FacesConverter(value = "partyReferenceConverter", managed = true)
public class PartyReferenceConverter implements Converter<PartySummary> {

    @EJB
    private PartyService parties;

    @Override
    public PartySummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        try {
            PartyView party = parties.find(Long.parseLong(value));
            return new PartySummary(party.id(), party.type(), party.displayName(), party.fiscalCode(), party.vatNumber(),
                    party.address().comune(), party.address().provinceAbbr(), null, party.status());
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PartySummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
