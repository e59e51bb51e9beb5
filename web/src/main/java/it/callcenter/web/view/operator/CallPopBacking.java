package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyView;
import it.callcenter.telephony.CallService;
import it.callcenter.telephony.CallView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The inbound screen pop (WEB-INF/includes/call-pop.xhtml, on every page of an operator): a call rings the operator's
 * phone, the "calls" websocket names it, and the pop shows the card of the party the PBX's caller id matched (in
 * E.164, when the call was made), or the number with a quick-create of a new party prefilled with it.
 */
@Named
@ViewScoped
public class CallPopBacking implements Serializable {

    @EJB
    private CallService calls;

    @EJB
    private PartyService parties;

    private CallView call;
    private PartyView party;

    /** Reads the call the message named (request parameter {@code callId}) and its party, if the user may see it. */
    public void pop() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("callId");
        call = null;
        party = null;
        if (param == null || !param.matches("[0-9]{1,18}")) {
            return;
        }
        try {
            call = calls.find(Long.parseLong(param));
            if (call.partyId() != null) {
                party = parties.find(call.partyId());
            }
        } catch (BusinessException notYoursOrGone) {
            // a call or a party this user may not see pops as an unknown number, or not at all
            party = null;
        }
    }

    public CallView getCall() {
        return call;
    }

    public PartyView getParty() {
        return party;
    }

    /** Where the party lives, one line: street, comune (province). */
    public String getPlace() {
        if (party == null || party.address() == null) {
            return null;
        }
        var a = party.address();
        String comune = a.comune() == null ? "" : a.comune() + (a.provinceAbbr() == null ? "" : " (" + a.provinceAbbr() + ")");
        String street = a.street() == null ? "" : a.street();
        String line = street.isEmpty() || comune.isEmpty() ? street + comune : street + ", " + comune;
        return line.isBlank() ? null : line;
    }
}
