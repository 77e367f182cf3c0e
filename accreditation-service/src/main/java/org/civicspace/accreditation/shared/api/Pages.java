package org.civicspace.accreditation.shared.api;

import java.util.function.Function;

import org.civicspace.platform.web.paging.Page;

/** Turns a page of application results into a page of the API's views; the cursor of the next page is unchanged. */
public final class Pages {

    private Pages() {
    }

    public static <R, T> Page<T> map(Page<R> page, Function<R, T> toView) {
        return new Page<>(page.items().stream().map(toView).toList(), page.next());
    }
}
