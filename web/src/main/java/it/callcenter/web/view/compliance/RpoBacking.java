package it.callcenter.web.view.compliance;

import it.callcenter.BusinessException;
import it.callcenter.compliance.CampaignChoice;
import it.callcenter.compliance.RpoExport;
import it.callcenter.compliance.RpoProgress;
import it.callcenter.compliance.RpoResult;
import it.callcenter.compliance.RpoReturns;
import it.callcenter.importing.ImportFiles;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Registro delle Opposizioni: download a campaign's numbers to submit, upload the file it sends back. The
 * upload is stored, then applied in the background ({@link RpoReturns#applyStored}) while the page polls its
 * progress; the view holds the running call and its progress, nothing of the file.
 */
@Named
@ViewScoped
public class RpoBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(RpoBacking.class.getName());

    @EJB
    private RpoExport export;

    @EJB
    private RpoReturns returns;

    private List<CampaignChoice> campaigns;
    private Long campaignId;
    private LocalDate checkedOn = LocalDate.now(ZoneId.of("Europe/Rome"));
    private RpoProgress progress;
    private transient Future<RpoResult> running;
    private RpoResult result;

    @PostConstruct
    void init() {
        campaigns = export.campaigns();
    }

    public StreamedContent getExport() {
        long id = campaignId;
        return DefaultStreamedContent.builder().name(export.fileName(id)).contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        export.write(id, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public void upload(FileUploadEvent event) {
        if (isRunning()) {
            return;
        }
        result = null;
        Path stored;
        try (InputStream in = event.getFile().getInputStream()) {
            stored = ImportFiles.store(in);
            progress = new RpoProgress(Files.size(stored));
        } catch (ImportFiles.FileTooLargeException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.TOO_LARGE");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = returns.applyStored(stored, checkedOn, progress);
    }

    /** Called by the poll: picks up the result once the background call is over. */
    public void refresh() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            result = running.get();
            Messages.add(null, FacesMessage.SEVERITY_INFO, "rpo.applied", result.checked(), result.opposed(), result.rejected());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BusinessException refusal) {
                Messages.add(refusal);
            } else {
                LOG.log(Level.SEVERE, "RPO return not applied", e.getCause());
                Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.generic");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    public String rejection(String code) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "error." + code);
    }

    public List<CampaignChoice> getCampaigns() {
        return campaigns;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public RpoResult getResult() {
        return result;
    }
}
