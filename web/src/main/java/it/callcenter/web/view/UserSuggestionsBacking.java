package it.callcenter.web.view;

import it.callcenter.security.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/**
 * The completion method of the user pickers ({@code p:autoComplete}: an activity's assignee, a lead note's addressee):
 * a call center has hundreds of users, so no page carries them all as a list; the picker asks for the names that
 * contain what was typed. Request scoped and stateless, next to any view-scoped bean.
 */
@Named
@RequestScoped
public class UserSuggestionsBacking {

    static final int SUGGESTIONS = 15;

    @EJB
    private UserService users;

    public List<String> complete(String query) {
        String typed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return users.enabledUsernames().stream().filter(u -> u.toLowerCase(Locale.ROOT).contains(typed))
                .limit(SUGGESTIONS).toList();
    }
}
