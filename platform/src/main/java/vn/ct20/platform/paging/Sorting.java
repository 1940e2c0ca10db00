package vn.ct20.platform.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ct20.platform.problem.ProblemException;

/**
 * The orders a list offers: each sort field a caller may name (as in the API) with the query path
 * it orders by, the order when none is named, and a tie-breaker so that pages never overlap. A
 * field not offered is a 400, never silently ignored. The list's {@code sort} parameter documents
 * the same fields ({@code @Parameter(name = "sort", schema = @Schema(enumeration = ...))}); the
 * testkit's {@code ApiProbe.sorting} checks that every documented order is served and that a field
 * not documented is refused.
 */
public final class Sorting {
    private final Map<String, String> fields;
    private final String defaultSort;
    private final String tieBreaker;

    private Sorting(Map<String, String> fields, String defaultSort, String tieBreaker) {
        this.fields = fields;
        this.defaultSort = defaultSort;
        this.tieBreaker = tieBreaker;
    }

    /** {@code by("-submittedOn", "l.id", "submittedOn", "l.submittedOn", "status", "l.status")}. */
    public static Sorting by(String defaultSort, String tieBreaker, String... fieldsAndPaths) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndPaths.length; i += 2) {
            fields.put(fieldsAndPaths[i], fieldsAndPaths[i + 1]);
        }
        return new Sorting(Map.copyOf(fields), defaultSort, tieBreaker);
    }

    /** The ORDER BY clause for the caller's {@code sort}, built from the offered paths only (never the raw input). */
    public String orderBy(PageRequest page) {
        return orderBy(page.sort);
    }

    /** The ORDER BY clause of the order a list has when the caller names none. */
    public String defaultOrder() {
        return orderBy((String) null);
    }

    private String orderBy(String requested) {
        String sort = requested == null ? defaultSort : requested;
        boolean descending = sort.startsWith("-");
        String path = fields.get(descending ? sort.substring(1) : sort);
        if (path == null) {
            throw ProblemException.badRequest("sort", "can sort by " + String.join(", ", fields.keySet().stream().sorted().toList())
                    + ", each with '-' in front for descending order");
        }
        return path + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", " + tieBreaker;
    }
}
