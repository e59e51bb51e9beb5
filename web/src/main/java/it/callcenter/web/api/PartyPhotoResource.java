package it.callcenter.web.api;

import it.callcenter.NotFoundException;
import it.callcenter.registry.Photo;
import it.callcenter.registry.PhotoImages;
import it.callcenter.registry.PhotoService;
import it.callcenter.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;

/**
 * A party's photo over HTTP, the image as the raw body, declared as an image (or as bytes): the service judges the
 * bytes, not the header; at most one byte past the limit is read, enough to refuse it.
 */
@Path("/parties")
@RolesAllowed({Role.OPERATOR_NAME, Role.SUPERVISOR_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class PartyPhotoResource {

    @EJB
    private PhotoService photos;

    public record Saved(long version) {
    }

    @PUT
    @Path("{id}/photo")
    @FileUpload
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Saved upload(@PathParam("id") long id, @QueryParam("version") Long version,
                        @HeaderParam(HttpHeaders.CONTENT_TYPE) String declaredType, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(PhotoImages.MAX_BYTES + 1);
        return new Saved(photos.setPhoto(id, VersionParam.required(version), bytes, declaredType));
    }

    @GET
    @Path("{id}/photo")
    public Response download(@PathParam("id") long id) {
        Photo photo = photos.photo(id).orElseThrow(() -> new NotFoundException("photo of party " + id));
        return Response.ok(photo.bytes(), photo.contentType())
                .header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}/photo")
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        photos.removePhoto(id, VersionParam.required(version));
        return Response.noContent().build();
    }
}
