package it.callcenter.web.view;

import it.callcenter.registry.ReadablePhone;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Every table shows a stored number (E.164) as people read it: {@code <h:outputText converter="phone"/>}. */
@FacesConverter("phone")
public class PhoneConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : ReadablePhone.of(value.toString());
    }
}
