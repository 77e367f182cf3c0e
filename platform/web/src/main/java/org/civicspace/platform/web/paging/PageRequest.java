package org.civicspace.platform.web.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list accepts, as a {@code @BeanParam}: {@code limit} (1 to 100, default 20, small
 * enough for mobile clients) and the opaque {@code cursor} of the page to read.
 */
public class PageRequest {

    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Items per page, 1 to 100")
    int limit = 20;

    @QueryParam("cursor")
    @Parameter(description = "The next cursor of the previous page")
    String cursor;

    public PageRequest() {
    }

    public PageRequest(int limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    public int limit() {
        return limit;
    }

    public String cursor() {
        return cursor;
    }
}
