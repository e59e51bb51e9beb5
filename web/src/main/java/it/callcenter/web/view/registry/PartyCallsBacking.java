package it.callcenter.web.view.registry;

import it.callcenter.compliance.CallWindows;
import it.callcenter.telephony.CallService;
import it.callcenter.telephony.CallView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The party card's call log (WEB-INF/includes/party-calls.xhtml): the party's calls, newest first, a page at a time
 * from the database, as {@code GET /parties/{id}/calls} gives them.
 */
@Named
@ViewScoped
public class PartyCallsBacking implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(CallWindows.ITALY);

    @EJB
    private CallService calls;

    private Long partyId;
    private Model model;

    /** The calls of the party the including page shows. */
    public LazyDataModel<CallView> model(Long party) {
        if (model == null || !party.equals(partyId)) {
            partyId = party;
            model = new Model(calls, party);
        }
        return model;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** Talk time as m:ss; empty when nobody talked. */
    public String talk(CallView call) {
        long s = call.durationSeconds();
        return call.answeredAt() == null ? "" : s / 60 + ":" + String.format("%02d", s % 60);
    }

    static final class Model extends LazyDataModel<CallView> {

        private final CallService calls;
        private final long partyId;
        private transient List<CallView> page = List.of();

        Model(CallService calls, long partyId) {
            this.calls = calls;
            this.partyId = partyId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, calls.countOfParty(partyId));
        }

        @Override
        public List<CallView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            page = calls.ofParty(partyId, first, pageSize);
            return page;
        }

        @Override
        public String getRowKey(CallView row) {
            return String.valueOf(row.callId());
        }

        @Override
        public CallView getRowData(String rowKey) {
            return page.stream().filter(c -> String.valueOf(c.callId()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
