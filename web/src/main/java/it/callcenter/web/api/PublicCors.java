package it.callcenter.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a web site's own script post a lead as JSON from its origin (a plain HTML form needs nothing). Only
 * under {@code /public}, and without credentials: the rest of the API stays same-origin.
 */
@Provider
public class PublicCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("public/") || path.startsWith("/public/")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Allow-Methods", "POST, GET, OPTIONS");
            response.getHeaders().putSingle("Access-Control-Allow-Headers", "Content-Type, Accept, Accept-Language");
            response.getHeaders().putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
