package it.callcenter.web.view.reports;

import it.callcenter.BusinessException;
import it.callcenter.reporting.ReportFile;
import it.callcenter.reporting.ReportFormat;
import it.callcenter.reporting.ReportName;
import it.callcenter.reporting.ReportParameters;
import it.callcenter.reporting.Reports;
import it.callcenter.web.i18n.BundleWording;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

/** The party card's print buttons: the card and the privacy form as PDF, in the reader's language. */
@Named
@RequestScoped
public class PartyPrintBacking {

    @EJB
    private Reports reports;

    public StreamedContent card(long partyId) {
        return print(ReportName.PARTY_CARD, partyId);
    }

    public StreamedContent privacyForm(long partyId) {
        return print(ReportName.PRIVACY_FORM, partyId);
    }

    private StreamedContent print(ReportName report, long partyId) {
        try {
            ReportFile file = reports.print(report, ReportFormat.PDF, new ReportParameters(null, null, null, null, partyId),
                    new BundleWording(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                    .contentLength((long) file.content().length)
                    .stream(() -> new ByteArrayInputStream(file.content())).build();
        } catch (BusinessException e) {
            Messages.add(e);
            return null;
        }
    }
}
