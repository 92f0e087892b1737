package de.deutsch4u.audit;

import de.deutsch4u.common.Page;
import de.deutsch4u.common.PageRequest;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail table: one page at a time from the database, newest first. */
public class AuditLazyModel extends LazyDataModel<AuditView> {

    private static final long serialVersionUID = 1L;

    private AuditFilter filter = new AuditFilter(null, null, null, null, null);

    void setFilter(AuditFilter filter) {
        this.filter = filter;
    }

    /** Looked up on each use: the model lives in a view-scoped bean, which may be serialized. */
    private static AuditTrailService trail() {
        return CDI.current().select(AuditTrailService.class).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(
                Integer.MAX_VALUE, trail().search(filter, new PageRequest(0, 1)).total());
    }

    @Override
    public List<AuditView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<AuditView> page =
                trail().search(filter, new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)));
        return page.items();
    }

    @Override
    public String getRowKey(AuditView entry) {
        return entry.at() + entry.username() + entry.entityId();
    }

    @Override
    public AuditView getRowData(String rowKey) {
        return null;
    }
}
