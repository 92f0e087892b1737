package de.deutsch4u.common.api;

import de.deutsch4u.common.Page;
import jakarta.ws.rs.core.Response;

/** A paged list as the API answers it: the page's items as a JSON array, the size of the whole list in a header. */
public final class Paged {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private Paged() {}

    public static Response ok(Page<?> page) {
        return Response.ok(page.items()).header(TOTAL_COUNT, page.total()).build();
    }
}
