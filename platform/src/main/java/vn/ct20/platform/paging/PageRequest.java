package vn.ct20.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page}, {@code size} and {@code sort} query parameters every list endpoint takes. */
public class PageRequest {
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Zero-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "-?[a-zA-Z]{1,40}", message = "must be a field name, with '-' in front for descending order")
    @Parameter(description = "Field to sort by; prefix with '-' for descending. Each list names its fields (see Sorting)")
    public String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }

    public int offset() {
        return page * size;
    }
}
