package it.callcenter.web.view.compliance;

import it.callcenter.BusinessException;
import it.callcenter.compliance.CampaignChoice;
import it.callcenter.compliance.RpoExport;
import it.callcenter.compliance.RpoResult;
import it.callcenter.compliance.RpoReturns;
import it.callcenter.importing.ImportFiles;
import it.callcenter.platform.WorkJobView;
import it.callcenter.platform.WorkJobs;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Registro delle Opposizioni: download a campaign's numbers to submit, upload the file it sends back. The
 * upload is kept in the database with a background job ({@link RpoReturns#applyInBackground}) that a node of the
 * cluster runs while the page polls its progress from the database; the view holds only the job's id, so a screen
 * that moved to another node (its node died) still shows the load's progress and its end.
 */
@Named
@ViewScoped
public class RpoBacking implements Serializable {

    private static final Logger LOG = Logger.getLogger(RpoBacking.class.getName());

    @EJB
    private RpoExport export;

    @EJB
    private RpoReturns returns;

    @EJB
    private WorkJobs work;

    private List<CampaignChoice> campaigns;
    private Long campaignId;
    private LocalDate checkedOn = LocalDate.now(ZoneId.of("Europe/Rome"));
    /** The load under way, null when none. */
    private Long running;
    private int percent;
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
        percent = 0;
        Path stored;
        try (InputStream in = event.getFile().getInputStream()) {
            stored = ImportFiles.store(in);
        } catch (ImportFiles.FileTooLargeException e) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.TOO_LARGE");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            running = returns.applyInBackground(stored, checkedOn);
        } catch (BusinessException refusal) {
            Messages.add(refusal);
        } finally {
            ImportFiles.discard(stored);
        }
    }

    /** Called by the poll: reads the job's progress, and picks up the result once it is over. */
    public void refresh() {
        if (running == null) {
            return;
        }
        WorkJobView job = work.view(running).orElse(null);
        if (job != null && !job.ended()) {
            percent = job.percent();
            return;
        }
        running = null;
        if (job != null && "DONE".equals(job.state())) {
            percent = 100;
            result = RpoResult.fromJson(job.result());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "rpo.applied", result.checked(), result.opposed(), result.rejected());
        } else if (job != null) {
            Messages.add(job.errorArgument() == null ? new BusinessException(null, job.errorCode())
                    : new BusinessException(null, job.errorCode(), job.errorArgument()));
        } else {
            LOG.log(Level.SEVERE, "RPO return job gone");
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.generic");
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        return percent;
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
