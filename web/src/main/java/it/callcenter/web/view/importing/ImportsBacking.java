package it.callcenter.web.view.importing;

import it.callcenter.importing.ImportService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The list of imports; which ones the user sees is the service's decision. */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    @EJB
    private ImportService imports;

    private ImportJobLazyModel model;

    @PostConstruct
    void init() {
        model = new ImportJobLazyModel(imports);
    }

    public ImportJobLazyModel getModel() {
        return model;
    }
}
