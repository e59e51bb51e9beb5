package it.callcenter.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A count as the page's language writes it, with thousands separators (1.000.000 in Italian, 1,000,000 in
 * English): {@code <h:outputText converter="figure"/>}. Texts with a count go through MessageFormat, which does the same.
 */
@FacesConverter("figure")
public class FigureConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value instanceof Number number ? format(number, context.getViewRoot().getLocale())
                : value == null ? "" : value.toString();
    }

    public static String format(Number number, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }
}
