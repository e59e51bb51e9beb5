package it.callcenter.web.view.operator;

import it.callcenter.BusinessException;
import it.callcenter.agenda.AppointmentBook;
import it.callcenter.registry.ContactKind;
import it.callcenter.registry.PartyService;
import it.callcenter.registry.PartyView;
import it.callcenter.telephony.CallDirection;
import it.callcenter.telephony.CallService;
import it.callcenter.telephony.CallState;
import it.callcenter.telephony.CallView;
import it.callcenter.telephony.DialRequest;
import it.callcenter.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The workstation's call bar (WEB-INF/includes/ws-call.xhtml): click-to-dial of the held entry or another of the
 * party's phones, the call's state as the PBX moves it (the page reads it again on each message of the "calls"
 * websocket), hang-up, blind transfer ({@link PauseBacking}: the pause). A refusal is shown beside the bar, in words.
 */
@Named
@ViewScoped
public class CallBarBacking implements Serializable {

    @EJB
    private CallService calls;

    @EJB
    private PartyService parties;

    @EJB
    private AppointmentBook appointments;

    @Inject
    private WorkstationBacking workstation;

    @Inject
    private CompactCardBacking card;

    @Inject
    private PauseBacking pause;

    private CallView call;
    private String error;
    private String transferTo;
    private Long numbersParty;
    private List<String> numbers = List.of();

    @PostConstruct
    void init() {
        call = calls.current().orElse(null);
    }

    /** Dials the number of the entry held. */
    public void dialEntry() {
        Long entryId = workstation.getEntry() == null ? null : workstation.getEntry().entryId();
        dial(new DialRequest(entryId, null, null));
    }

    /** Dials another of the held party's phones. */
    public void dialNumber(String number) {
        dial(new DialRequest(null, workstation.getPartyId(), number));
    }

    /** Dials one of a party's phones outside any campaign (the party card). */
    public void dialParty(Long partyId, String number) {
        dial(new DialRequest(null, partyId, number));
    }

    /**
     * Dials the party of the appointment the agenda names (request parameter {@code appointment}) on its first phone,
     * a mobile first: the agenda's phone button on each appointment the user may open.
     */
    public void dialAppointment() {
        error = null;
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("appointment");
        if (param == null || !param.matches("[0-9]{1,18}")) {
            return;
        }
        try {
            long partyId = appointments.find(Long.parseLong(param)).partyId();
            List<String> phones = numbersOf(partyId);
            if (phones.isEmpty()) {
                throw new BusinessException("number", "DIAL_TARGET_REQUIRED");
            }
            dialParty(partyId, phones.get(0));
        } catch (BusinessException e) {
            refused(e);
        }
    }

    /** A party's phones, each a button on its card. */
    public List<String> numbersOf(Long partyId) {
        if (partyId == null) {
            return List.of();
        }
        if (!partyId.equals(numbersParty)) {
            numbersParty = partyId;
            numbers = phonesOf(parties.find(partyId));
        }
        return numbers;
    }

    private static List<String> phonesOf(PartyView party) {
        return party.contacts().stream().filter(c -> c.kind() == ContactKind.MOBILE || c.kind() == ContactKind.PHONE)
                .sorted(Comparator.comparing(c -> c.kind() == ContactKind.MOBILE ? 0 : 1))
                .map(PartyView.ContactView::value).filter(Objects::nonNull).distinct().toList();
    }

    private void dial(DialRequest request) {
        error = null;
        try {
            call = calls.dial(request);
        } catch (BusinessException e) {
            refused(e);
        }
    }

    /** A message on the "calls" channel: reads the call it names (an inbound call becomes the bar's call). */
    public void refresh() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("callId");
        long id = param == null || param.isBlank() ? call == null ? 0 : call.callId() : Long.parseLong(param);
        if (id == 0) {
            return;
        }
        // a message about an older call does not take the place of the one shown
        if (call != null && id < call.callId()) {
            return;
        }
        try {
            call = calls.find(id);
        } catch (BusinessException e) {
            refused(e);
        }
    }

    public void hangup() {
        error = null;
        if (call == null) {
            return;
        }
        try {
            call = calls.hangup(call.callId());
        } catch (BusinessException e) {
            refused(e);
        }
    }

    public void transfer() {
        error = null;
        if (call == null) {
            return;
        }
        try {
            call = calls.transfer(call.callId(), transferTo);
            transferTo = null;
        } catch (BusinessException e) {
            refused(e);
        }
    }

    private void refused(BusinessException e) {
        error = words(e);
    }

    /** A refusal in the page's language, each thing wrong one after the other. */
    static String words(BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return String.join(" ", e.violations().stream().map(v -> Messages.of(v, faces.getViewRoot().getLocale())).toList());
    }

    /** The held party's phones besides the entry's number: each may be dialled instead. */
    public List<String> getOtherNumbers() {
        PartyView party = workstation.isHolding() ? card.getParty() : null;
        if (party == null) {
            return List.of();
        }
        String entryPhone = workstation.getEntry().phone();
        return phonesOf(party).stream().filter(v -> !v.equals(entryPhone)).toList();
    }

    public boolean isInProgress() {
        return call != null && !call.state().isFinal();
    }

    /** An inbound call ringing the operator's own phone (not the customer's, as RINGING says of an outbound call). */
    public boolean isInboundRinging() {
        return call != null && call.direction() == CallDirection.INBOUND && call.state() == CallState.RINGING;
    }

    public boolean isEnded() {
        return call != null && call.state().isFinal();
    }

    public boolean isAnswered() {
        return call != null && call.state() == CallState.ANSWERED;
    }

    /** May dial: no call of theirs in progress, not on a pause. */
    public boolean isDialable() {
        return !isInProgress() && !pause.isPaused();
    }

    public CallView getCall() {
        return call;
    }

    /** When the talk began, for the running talk timer (0: no talk yet). */
    public long getAnsweredMillis() {
        return call == null || call.answeredAt() == null ? 0 : call.answeredAt().toEpochMilli();
    }

    public long getServerNowMillis() {
        return System.currentTimeMillis();
    }

    /** The talk time of an ended call, m:ss. */
    public String getTalkText() {
        long s = call == null ? 0 : call.durationSeconds();
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    public String getError() {
        return error;
    }

    public String getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(String transferTo) {
        this.transferTo = transferTo;
    }
}
