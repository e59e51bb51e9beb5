package it.callcenter.web.view.messages;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An instant of the message screens as Italian time, dd/MM/yyyy HH:mm: {@code <h:outputText converter="messageTime"/>}.
 * (Faces 4.0's {@code f:convertDateTime} has no {@code instant} type: given one, it formats it as a {@code Date} and fails.)
 */
@FacesConverter("messageTime")
public class MessageTimeConverter implements Converter<Object> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value instanceof Instant instant ? FORMAT.format(instant) : value == null ? "" : value.toString();
    }
}
