package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.campaign.CampaignService;
import it.callcenter.compliance.CallWindows;
import it.callcenter.compliance.CallWindowsForm;
import it.callcenter.security.Role;
import it.callcenter.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When the campaign may call, on its page: the Italian legal windows unless an administrator set others. Everyone
 * reads them; administrators change them (audited), others see them as text.
 */
@Named
@ViewScoped
public class CampaignWindowsBacking implements Serializable {

    static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", CallWindowsForm.PRE_HOLIDAY);

    @EJB
    private CampaignService campaigns;

    @Inject
    private CampaignBacking campaign;

    private List<WindowRow> rows;
    private boolean holidays;

    private void read() {
        if (rows == null) {
            show(campaigns.callWindows(campaign.getId()));
        }
    }

    private void show(CallWindows windows) {
        CallWindowsForm form = CallWindowsForm.of(windows);
        rows = new ArrayList<>(form.windows().stream().map(w -> new WindowRow(w.days(), w.from(), w.to())).toList());
        holidays = Boolean.TRUE.equals(form.holidays());
    }

    public boolean isEditable() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.ADMIN_NAME);
    }

    public void add() {
        read();
        rows.add(new WindowRow(List.of(), "09:00", "20:00"));
    }

    public void remove(WindowRow row) {
        rows.remove(row);
    }

    public void save() {
        try {
            List<CallWindowsForm.Window> windows = rows.stream()
                    .map(r -> new CallWindowsForm.Window(r.getDays(), r.getFrom(), r.getTo())).toList();
            show(campaigns.changeCallWindows(campaign.getId(), new CallWindowsForm(windows, holidays).toWindows()));
            campaign.versionRead(campaigns.find(campaign.getId()).version());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "campaign.windows.saved");
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    /** The windows in words: "Lun, Mar, Mer 09:00–20:00". */
    public String text(WindowRow row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return row.getDays().stream().map(d -> Messages.text(locale, "campaign.windows.day." + d)).collect(Collectors.joining(", "))
                + " " + row.getFrom() + "\u2013" + row.getTo();
    }

    public List<String> getDays() {
        return DAYS;
    }

    public List<WindowRow> getRows() {
        read();
        return rows;
    }

    public boolean isHolidays() {
        read();
        return holidays;
    }

    public void setHolidays(boolean holidays) {
        this.holidays = holidays;
    }
}
