package it.callcenter.web.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * A new view takes the user's language ({@link LocaleBacking}) from its first phase, not the browser's
 * Accept-Language: {@code <f:view locale>} is applied only when the page renders, so a view action or a
 * {@code @PostConstruct} that words something before that would otherwise speak the browser's language.
 */
public class UserLocaleViewHandler extends ViewHandlerWrapper {

    public UserLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }
}
