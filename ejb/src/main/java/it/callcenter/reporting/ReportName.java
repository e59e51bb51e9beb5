package it.callcenter.reporting;

import it.callcenter.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reports, by the name API.md gives them ({@code /reports/{name}.pdf}), and who may print each. Managers print
 * the management reports (PRODUCT.md); a supervisor, who watches the campaigns, may also print a campaign's progress
 * (the figures the campaign screen already shows them), not the people's productivity nor the contracts and
 * appointments; a campaign's interview answers too (the supervisor wrote the questionnaire). The party card and the privacy form are printed by whoever may see the party, operators too: the
 * privacy form is signed at the desk.
 */
public enum ReportName {
    CAMPAIGN_PROGRESS("campaign-progress", EnumSet.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)),
    OPERATOR_PRODUCTIVITY("operator-productivity", EnumSet.of(Role.MANAGER, Role.ADMIN)),
    CONTRACTS("contracts", EnumSet.of(Role.MANAGER, Role.ADMIN)),
    APPOINTMENTS("appointments", EnumSet.of(Role.MANAGER, Role.ADMIN)),
    INTERVIEW_ANSWERS("interview-answers", EnumSet.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN)),
    HOURS_WORKED("hours-worked", EnumSet.of(Role.MANAGER, Role.ADMIN)),
    PARTY_CARD("party-card", EnumSet.allOf(Role.class)),
    PRIVACY_FORM("privacy-form", EnumSet.allOf(Role.class)),
    /** A message campaign's report (issue 16): printed from its campaign, {@code /messages/campaigns/{id}/report.pdf}. */
    MESSAGE_CAMPAIGN("message-campaign", EnumSet.of(Role.SUPERVISOR, Role.MANAGER, Role.ADMIN));

    private final String slug;
    private final Set<Role> roles;

    ReportName(String slug, Set<Role> roles) {
        this.slug = slug;
        this.roles = roles;
    }

    /** The name in the API's path, the template's and the file's: {@code campaign-progress}. */
    public String slug() {
        return slug;
    }

    public static Optional<ReportName> ofSlug(String slug) {
        return Arrays.stream(values()).filter(n -> n.slug.equals(slug)).findFirst();
    }

    /** Whether a user with these roles (asked one by one) may print it. */
    public boolean mayBePrintedBy(Predicate<String> hasRole) {
        return roles.stream().anyMatch(role -> hasRole.test(role.name()));
    }

    /** Printed from the reports' own screen and path ({@code /reports/{name}}); a message campaign's is printed from it. */
    public boolean listed() {
        return this != MESSAGE_CAMPAIGN;
    }

    /** About one party (party= required), rather than a campaign or a period. */
    public boolean aboutParty() {
        return this == PARTY_CARD || this == PRIVACY_FORM;
    }
}
