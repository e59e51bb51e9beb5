package it.callcenter.web.view.campaign;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** A lazy table whose count and pages come from a service: the database does the paging, the table only asks. */
public final class PagedModel<T> extends LazyDataModel<T> {

    /** One page: rows {@code first .. first + max - 1}. */
    public interface Pages<T> extends Serializable {
        List<T> load(int first, int max);
    }

    public interface Count extends LongSupplier, Serializable {
    }

    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Count count;
    private final Pages<T> pages;
    private final Key<T> key;
    private transient List<T> lastPage = List.of();

    public PagedModel(Count count, Pages<T> pages, Key<T> key) {
        this.count = count;
        this.pages = pages;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastPage = pages.load(first, pageSize);
        return lastPage;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return lastPage == null ? null : lastPage.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }
}
