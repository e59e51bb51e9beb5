package it.callcenter.web.view.importing;

import it.callcenter.importing.ImportJobView;
import it.callcenter.importing.ImportService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The imports the user may see, newest first, a page at a time from the database. */
public class ImportJobLazyModel extends LazyDataModel<ImportJobView> {

    /** The EJB proxy: serializable, so the model still works on the node a session moves to. */
    private final ImportService imports;
    private transient List<ImportJobView> lastItems = List.of();

    ImportJobLazyModel(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, imports.count());
    }

    @Override
    public List<ImportJobView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastItems = imports.list(first, pageSize);
        return lastItems;
    }

    @Override
    public String getRowKey(ImportJobView row) {
        return String.valueOf(row.id());
    }

    @Override
    public ImportJobView getRowData(String rowKey) {
        return lastItems == null ? null : lastItems.stream().filter(j -> String.valueOf(j.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
