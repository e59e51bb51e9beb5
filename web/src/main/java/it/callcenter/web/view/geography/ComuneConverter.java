package it.callcenter.web.view.geography;

import it.callcenter.geography.ComuneView;
import it.callcenter.geography.GeographyService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A comune in a form travels as its ISTAT code. {@code managed = true} has Faces ask CDI for it, so the
 * service can be injected; {@code @Dependent} makes it a bean at all, as beans.xml discovers annotated
 * classes only. An unknown code converts to no comune rather than failing: the field's own {@code required}
 * says whether that is acceptable.
 */
@Dependent
@FacesConverter(value = "comuneConverter", managed = true)
public class ComuneConverter implements Converter<ComuneView> {

    @EJB
    private GeographyService geography;

    @Override
    public ComuneView getAsObject(FacesContext context, UIComponent component, String istatCode) {
        return istatCode == null || istatCode.isBlank() ? null : geography.findByIstatCode(istatCode).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ComuneView comune) {
        return comune == null ? "" : comune.istatCode();
    }
}
