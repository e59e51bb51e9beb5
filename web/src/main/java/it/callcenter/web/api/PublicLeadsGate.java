package it.callcenter.web.api;

import it.callcenter.registry.leads.LeadIntake;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Admits a lead's post before its body is read: a wrong key is answered 403 and an address or a source over its rate
 * 429 without reading a byte of what was sent, however large. Runs before {@link ApiRequestGuard}, which then bounds
 * the body of an admitted post.
 */
@Provider
@ApplicationScoped
@PublicLeadsGate.Admitted
@Priority(Priorities.AUTHENTICATION)
public class PublicLeadsGate implements ContainerRequestFilter {

    /** The resource methods that take a lead. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Admitted {
    }

    @EJB
    private LeadIntake intake;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call) {
        intake.admit(call.getUriInfo().getQueryParameters().getFirst("key"), request.getRemoteAddr());
    }
}
