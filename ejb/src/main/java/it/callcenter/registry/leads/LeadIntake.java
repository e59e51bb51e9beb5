package it.callcenter.registry.leads;

import it.callcenter.BusinessException;
import it.callcenter.ValidationException;
import it.callcenter.registry.DuplicatePartyException;
import it.callcenter.registry.PartyService;
import it.callcenter.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * A web form's post becomes a party. Nobody is signed in, so the intake runs as a SUPERVISOR to reach the
 * registry's own {@link PartyService#create}: the same validation and duplicate rules as the screens and the
 * API, with consents recorded from source {@value #SOURCE}. The order of the checks matters. {@link #admit} runs
 * before the body is even read: the key first (only real sources reach the rate limiter), then the rates of the
 * address and of the source. {@link #create} then takes the honeypot (a bot is answered as a person would be, and
 * nothing is saved), then the acknowledgement of the privacy notice, which a person must give.
 */
@Stateless
@PermitAll
@RunAs(Role.SUPERVISOR_NAME)
@DeclareRoles(Role.SUPERVISOR_NAME)
public class LeadIntake {

    public static final String SOURCE = "WEB_LEAD";
    private static final Logger LOG = Logger.getLogger(LeadIntake.class.getName());

    @EJB
    private LeadSources sources;

    @EJB
    private PartyService parties;

    @Inject
    private LeadRateLimiter limiter;

    /** A post may come in: its key is an active source's, and neither its address nor the source is over its rate. */
    public void admit(String key, String remoteAddress) {
        LeadSource source = sources.active(key).orElseThrow(UnknownLeadSourceException::new);
        limiter.acquire(source.getKey(), remoteAddress);
    }

    /** The post {@link #admit admitted}, read: the source is looked up again, it may have been retired meanwhile. */
    public LeadReceipt create(String key, LeadForm form, String remoteAddress) {
        LeadSource source = sources.active(key).orElseThrow(UnknownLeadSourceException::new);
        if (form == null) {
            throw new ValidationException(List.of(new BusinessException("body", "REQUIRED")));
        }
        if (form.isBot()) {
            LOG.info(() -> "Lead to source " + source.getId() + " from " + remoteAddress + " discarded: honeypot filled");
            return new LeadReceipt(LeadReceipt.Outcome.DISCARDED, null);
        }
        if (!form.acknowledgesPrivacy()) {
            throw new ValidationException(List.of(new BusinessException("privacy", "PRIVACY_NOT_ACKNOWLEDGED")));
        }
        try {
            long id = parties.create(form.toParty(source.interests(), source.getDefaultOwner()), false, SOURCE).id();
            return new LeadReceipt(LeadReceipt.Outcome.CREATED, id);
        } catch (DuplicatePartyException e) {
            Long existing = e.existingId().orElse(null); // the intake runs as a SUPERVISOR: it sees every party
            LOG.info(() -> "Lead to source " + source.getId() + " is party " + existing + " again (" + e.field() + ")");
            return new LeadReceipt(LeadReceipt.Outcome.DUPLICATE, existing);
        } catch (ValidationException e) {
            throw LeadForm.inFormTerms(e);
        }
    }
}
