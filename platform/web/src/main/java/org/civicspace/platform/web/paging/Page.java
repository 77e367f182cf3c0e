package org.civicspace.platform.web.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items and, when more follow, the cursor of the next page. Every list in the API answers
 * with this shape. (No class-level {@code @Schema}: SmallRye would list the raw type as a schema of its own; the
 * document names each instance after its items, see ApiDocumentConventions.)
 */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Cursor of the next page; absent on the last page",
                examples = "MjAyNi0xMi0wMXw3ZDlmM2MyYS01YjFlLTRmOGEtOWM2ZC0yZTRiOGExZjNjNWQ") String next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows read in keyset order: the extra row only tells that more follow.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> toItem, Function<R, Cursor> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }

    /** The same page with each item mapped (a use case's result to the API's view); the cursor is unchanged. */
    public <U> Page<U> map(Function<T, U> toItem) {
        return new Page<>(items.stream().map(toItem).toList(), next);
    }
}
