package it.callcenter.web.view.registry;

import it.callcenter.NotFoundException;
import it.callcenter.registry.Photo;
import it.callcenter.registry.PhotoService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The party's photo for the card, with the screen's session (the API's photo needs HTTP Basic). The service
 * applies the visibility rules: a party the user may not see has no photo for them.
 */
@WebServlet("/registry/photo")
public class PartyPhotoServlet extends HttpServlet {

    @EJB
    private PhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Photo> photo;
        try {
            photo = photos.photo(Long.parseLong(id));
        } catch (NotFoundException e) {
            photo = Optional.empty();
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().contentType());
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.get().bytes());
    }
}
