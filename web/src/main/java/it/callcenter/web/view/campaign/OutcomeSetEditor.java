package it.callcenter.web.view.campaign;

import it.callcenter.BusinessException;
import it.callcenter.StaleVersionException;
import it.callcenter.campaign.OutcomeKind;
import it.callcenter.campaign.OutcomeRules;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * An outcome set in a table with a dialog to add or change one (WEB-INF/includes/outcome-set.xhtml): the defaults
 * ({@link it.callcenter.web.view.admin.OutcomeDefaultsBacking}) and a campaign's own ({@link CampaignOutcomesBacking}).
 * A change saved over someone else's is refused and the table read again.
 */
public abstract class OutcomeSetEditor implements Serializable {

    private List<OutcomeView> outcomes;
    private OutcomeForm form = new OutcomeForm();

    protected abstract List<OutcomeView> read();

    protected abstract void define(String code, OutcomeRules rules);

    protected abstract void change(long id, long version, OutcomeRules rules);

    /** Whether the user may change this set. */
    public abstract boolean isEditable();

    public List<OutcomeView> getOutcomes() {
        if (outcomes == null) {
            outcomes = read();
        }
        return outcomes;
    }

    public void startNew() {
        form = new OutcomeForm();
        form.setPosition(getOutcomes().stream().mapToInt(OutcomeView::position).max().orElse(0) + 1);
    }

    public void edit(OutcomeView outcome) {
        form = OutcomeForm.of(outcome);
    }

    public void save() {
        String code = form.getCode() == null ? "" : form.getCode().strip().toUpperCase(Locale.ROOT);
        try {
            if (form.isNew()) {
                define(form.getCode(), form.rules());
            } else {
                change(form.id(), form.version(), form.rules());
            }
            Messages.add(null, FacesMessage.SEVERITY_INFO, "outcomes.saved", code);
            outcomes = null;
        } catch (StaleVersionException e) {
            Messages.refuse(e);
            outcomes = null;
        } catch (BusinessException e) {
            Messages.refuse(e);
        }
    }

    public String label(OutcomeView outcome) {
        return outcome.label(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public OutcomeKind[] getKinds() {
        return OutcomeKind.values();
    }

    public OutcomeForm getForm() {
        return form;
    }
}
