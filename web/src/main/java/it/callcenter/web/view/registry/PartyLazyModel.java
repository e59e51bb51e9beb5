package it.callcenter.web.view.registry;

import it.callcenter.registry.PartyFinder;
import it.callcenter.registry.PartySearch;
import it.callcenter.registry.PartySummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The archive's rows, a page at a time from the database; the criteria come from the search form. The count comes
 * first (PrimeFaces asks it before the page), so a page in the second half can be read from the end.
 */
public class PartyLazyModel extends LazyDataModel<PartySummary> {

    /** The search form's criteria, as a serializable lambda: the model is kept in the view, which a cluster replicates. */
    interface Criteria extends Supplier<PartySearch>, Serializable {
    }

    /** The EJB proxy: serializable, so the model still works on the node a session moves to. */
    private final PartyFinder finder;
    private final Criteria criteria;
    private transient List<PartySummary> lastItems = List.of();

    PartyLazyModel(PartyFinder finder, Criteria criteria) {
        this.finder = finder;
        this.criteria = criteria;
    }

    private long total;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        total = finder.count(criteria.get());
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** How many match the search, as last counted. */
    public long getTotal() {
        return total;
    }

    @Override
    public List<PartySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastItems = finder.items(criteria.get(), first / Math.max(1, pageSize), pageSize, total);
        return lastItems;
    }

    @Override
    public String getRowKey(PartySummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public PartySummary getRowData(String rowKey) {
        return lastItems == null ? null
                : lastItems.stream().filter(p -> String.valueOf(p.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
