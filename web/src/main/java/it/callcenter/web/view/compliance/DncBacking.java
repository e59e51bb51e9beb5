package it.callcenter.web.view.compliance;

import it.callcenter.BusinessException;
import it.callcenter.compliance.DoNotCallEntry;
import it.callcenter.compliance.DoNotCallService;
import it.callcenter.compliance.DoNotCallSource;
import it.callcenter.registry.PhoneNumber;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Do-not-call management: the lazy list with its search (a number typed in any format, a source), adding a number
 * and, for administrators, removing one. The table searches only what was last accepted, so a malformed search
 * number is told to the user and never reaches the query.
 */
@Named
@ViewScoped
public class DncBacking implements Serializable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

    private static final String TABLE = "dnc:table";

    @EJB
    private DoNotCallService service;

    private DncLazyModel model;
    private String q;
    private DoNotCallSource sourceFilter;
    private DncLazyModel.Search applied = new DncLazyModel.Search(null, null);
    private String number;
    private DoNotCallSource source = DoNotCallSource.INTERNAL;

    @PostConstruct
    void init() {
        model = new DncLazyModel(service, () -> applied);
    }

    public void search() {
        String key = q == null || q.isBlank() ? null : PhoneNumber.searchKey(q);
        if (q != null && !q.isBlank() && key == null) {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, "error.DNC_NUMBER_INVALID", q.strip());
            return;
        }
        applied = new DncLazyModel.Search(key, sourceFilter);
        firstPage();
    }

    public void add() {
        try {
            String added = service.add(number, source);
            Messages.add(null, FacesMessage.SEVERITY_INFO, "dnc.added", DoNotCallEntry.readable(added));
            number = null;
            firstPage();
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    public void remove(DoNotCallEntry entry) {
        try {
            service.remove(entry.number());
            Messages.add(null, FacesMessage.SEVERITY_INFO, "dnc.removed", entry.readableNumber());
        } catch (BusinessException e) {
            Messages.add(e);
        }
    }

    /** A new search or a new entry (the newest come first) is seen from the first page. */
    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String when(DoNotCallEntry entry) {
        return SHOWN.format(entry.addedAt());
    }

    public DoNotCallSource[] getSources() {
        return DoNotCallSource.values();
    }

    /** How many numbers the search finds, worded: "1.234 numeri". */
    public String getTotalText() {
        return Messages.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), "dnc.total",
                getModel().getTotal());
    }

    public DncLazyModel getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public DoNotCallSource getSourceFilter() {
        return sourceFilter;
    }

    public void setSourceFilter(DoNotCallSource sourceFilter) {
        this.sourceFilter = sourceFilter;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public DoNotCallSource getSource() {
        return source;
    }

    public void setSource(DoNotCallSource source) {
        this.source = source;
    }
}
