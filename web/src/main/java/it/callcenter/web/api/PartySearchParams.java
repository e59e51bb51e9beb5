package it.callcenter.web.api;

import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartyType;
import jakarta.ws.rs.QueryParam;

/** The query parameters of {@code GET /parties}, for the endpoints that search the same way (the exports). */
public class PartySearchParams {

    @QueryParam("q")
    private String q;

    @QueryParam("type")
    private PartyType type;

    @QueryParam("region")
    private String region;

    @QueryParam("province")
    private String province;

    @QueryParam("comune")
    private String comune;

    @QueryParam("interest")
    private String interest;

    @QueryParam("customField")
    private String customField;

    @QueryParam("customValue")
    private String customValue;

    PartySearch toSearch() {
        return new PartySearch(q, type, region, province, comune, interest, customField, customValue);
    }
}
