package de.deutsch4u.participant;

import de.deutsch4u.common.PageRequest;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The participants table loads one page at a time from the database, so no list is cut off at a fixed size. */
public class ParticipantLazyModel extends LazyDataModel<Participant> {

    private static final long serialVersionUID = 1L;

    private String query;

    /** The name part to search for; the table's next load uses it. */
    void setQuery(String query) {
        this.query = query;
    }

    /** Looked up on each use: the model lives in a view-scoped bean, which may be serialized. */
    private static ParticipantService service() {
        return CDI.current().select(ParticipantService.class).get();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service().count(null, query);
    }

    @Override
    public List<Participant> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty()
                ? null
                : sortBy.values().iterator().next();
        var page = service()
                .search(
                        null,
                        query,
                        new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)),
                        sort == null ? null : sort.getField(),
                        sort != null && sort.getOrder() == SortOrder.DESCENDING);
        return page.items();
    }

    @Override
    public String getRowKey(Participant participant) {
        return String.valueOf(participant.getId());
    }

    @Override
    public Participant getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(p -> String.valueOf(p.getId()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
