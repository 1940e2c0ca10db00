package vn.ct20.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so a client can draw its pager. */
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Number of items across all pages", example = "63") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
