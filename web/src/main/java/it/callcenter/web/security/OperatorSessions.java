package it.callcenter.web.security;

import it.callcenter.queue.QueueLifecycle;
import it.callcenter.security.Role;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;

import java.util.logging.Logger;

/**
 * An operator's screen session begins when the sign-in puts the {@link SignedInUser} in it, and ends when it goes
 * (sign-out, a session that expired, an access changed by an administrator): the queue hears both, so the board
 * shows the operator idle or signed out and what the operator held goes back at once. Sessions that end because
 * the application stops find the queue already stopped: their entries go back when their lease runs out.
 */
@WebListener
public class OperatorSessions implements HttpSessionAttributeListener {

    private static final Logger LOG = Logger.getLogger(OperatorSessions.class.getName());

    @EJB
    private QueueLifecycle lifecycle;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        SignedInUser user = operator(event);
        if (user != null) {
            lifecycle.signedIn(user.username());
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        SignedInUser user = operator(event);
        if (user != null) {
            try {
                lifecycle.signedOut(user.username());
            } catch (IllegalStateException stopped) {
                // the EJB container refuses calls once it stops (WildFly's ComponentIsStoppedException)
                LOG.info(() -> "The session of " + user.username() + " ended while the application stops");
            }
        }
    }

    private static SignedInUser operator(HttpSessionBindingEvent event) {
        return SignedInUser.SESSION_ATTRIBUTE.equals(event.getName()) && event.getValue() instanceof SignedInUser user
                && user.roles().contains(Role.OPERATOR_NAME) ? user : null;
    }
}
