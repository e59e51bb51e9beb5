package it.callcenter.web.view.admin;

import it.callcenter.campaign.OutcomeRules;
import it.callcenter.campaign.OutcomeSets;
import it.callcenter.campaign.OutcomeView;
import it.callcenter.web.view.campaign.OutcomeSetEditor;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/** The default outcome set (admin/outcomes.xhtml): what every new campaign starts with. Administrators only. */
@Named
@ViewScoped
public class OutcomeDefaultsBacking extends OutcomeSetEditor {

    @EJB
    private OutcomeSets outcomeSets;

    @Override
    protected List<OutcomeView> read() {
        return outcomeSets.defaults();
    }

    @Override
    protected void define(String code, OutcomeRules rules) {
        outcomeSets.defineDefault(code, rules);
    }

    @Override
    protected void change(long id, long version, OutcomeRules rules) {
        outcomeSets.changeDefault(id, version, rules);
    }

    @Override
    public boolean isEditable() {
        return true;
    }
}
