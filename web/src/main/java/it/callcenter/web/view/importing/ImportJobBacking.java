package it.callcenter.web.view.importing;

import it.callcenter.BusinessException;
import it.callcenter.NotFoundException;
import it.callcenter.importing.ImportJobView;
import it.callcenter.importing.ImportService;
import it.callcenter.web.i18n.Messages;
import it.callcenter.web.i18n.RejectionReasons;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One import as it goes: the poll reloads the job (and, once it has ended, the rejected rows) from the database,
 * so the page shows the truth whoever left and came back. Reasons are stored as codes and worded here in the
 * viewer's language, in the list and in the downloaded file alike.
 */
@Named
@ViewScoped
public class ImportJobBacking implements Serializable {

    /** A rejected row as the page lists it. */
    public record Rejection(long line, String reason) implements Serializable {
    }

    @EJB
    private ImportService imports;

    private long id;
    private ImportJobView job;
    private List<Rejection> rejections = List.of();

    public void load() {
        try {
            refresh();
        } catch (NotFoundException e) {
            job = null;
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.NOT_FOUND");
        }
    }

    public void refresh() {
        job = imports.view(id);
        Locale locale = locale();
        rejections = imports.rejections(id).stream()
                .map(r -> new Rejection(r.line(), RejectionReasons.render(r.message(), locale))).toList();
    }

    public void cancel() {
        try {
            job = imports.cancel(id);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "importing.cancelled");
        } catch (BusinessException e) {
            Messages.add(e);
            refresh();
        }
    }

    public StreamedContent getRejectedFile() {
        Locale locale = locale();
        return DefaultStreamedContent.builder()
                .name("import-" + id + "-" + Messages.text(locale, "importing.rejected").toLowerCase(locale) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        imports.writeRejected(id, out, RejectionReasons.in(locale));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    public String getProgressText() {
        if (job == null) {
            return "";
        }
        return Messages.text(locale(), job.totalExact() ? "importing.progress.exact" : "importing.progress.estimate",
                job.position(), job.total());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ImportJobView getJob() {
        return job;
    }

    public List<Rejection> getRejections() {
        return rejections;
    }
}
