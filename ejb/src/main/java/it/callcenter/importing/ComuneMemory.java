package it.callcenter.importing;

import it.callcenter.geography.ComuneDirectory;
import it.callcenter.geography.GeographyService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;

/**
 * The comuni every chunk of every import looks up by name, CAP and ISTAT code, read once for the life of the
 * application ({@link ComuneDirectory}, from {@link GeographyService}, whose rules it follows): they are reference
 * data loaded by a migration and never changed while it runs. A million-row file names thousands of comuni, each
 * would otherwise cost a query.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ComuneMemory {

    @EJB
    private GeographyService geography;

    private volatile ComuneDirectory directory;

    public ComuneDirectory directory() {
        ComuneDirectory known = directory;
        if (known == null) {
            known = geography.directory();
            directory = known;
        }
        return known;
    }
}
