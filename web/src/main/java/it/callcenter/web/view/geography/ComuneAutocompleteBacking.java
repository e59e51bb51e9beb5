package it.callcenter.web.view.geography;

import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The completion method of every comune {@code p:autoComplete} (with {@code converter="comuneConverter"}).
 * Request scoped and stateless, so any form can use it next to its own view-scoped backing bean.
 */
@Named
@RequestScoped
public class ComuneAutocompleteBacking {

    static final int SUGGESTIONS = 15;

    @EJB
    private GeographyService geography;

    public List<ComuneView> complete(String query) {
        return geography.suggest(query, SUGGESTIONS);
    }
}
