package it.callcenter.web.view.compliance;

import it.callcenter.compliance.DoNotCallEntry;
import it.callcenter.compliance.DoNotCallService;
import it.callcenter.compliance.DoNotCallSource;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The do-not-call list a page at a time from the database, for the number and source last searched. Kept in the view,
 * so serializable whole (a session moves to another node of a cluster): the service is the EJB proxy (serializable),
 * the search a serializable lambda; the last page is not kept.
 */
public class DncLazyModel extends LazyDataModel<DoNotCallEntry> {

    /** What the table shows: a number already known to be valid (or null) and a source (or null). */
    record Search(String number, DoNotCallSource source) implements Serializable {
    }

    interface Searches extends Supplier<Search>, Serializable {
    }

    private final DoNotCallService service;
    private final Searches search;
    private transient List<DoNotCallEntry> lastItems = List.of();

    DncLazyModel(DoNotCallService service, Searches search) {
        this.service = service;
        this.search = search;
    }

    private long total;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Search s = search.get();
        total = service.count(s.number(), s.source());
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** How many numbers the search finds, as last counted. */
    public long getTotal() {
        return total;
    }

    @Override
    public List<DoNotCallEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Search s = search.get();
        lastItems = service.list(s.number(), s.source(), first, pageSize);
        return lastItems;
    }

    @Override
    public String getRowKey(DoNotCallEntry row) {
        return row.number();
    }

    @Override
    public DoNotCallEntry getRowData(String rowKey) {
        return lastItems == null ? null : lastItems.stream().filter(e -> e.number().equals(rowKey)).findFirst().orElse(null);
    }
}
