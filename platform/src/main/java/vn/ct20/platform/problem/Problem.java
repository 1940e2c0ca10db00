package vn.ct20.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status"}, description = "RFC 9457 problem detail returned with every 4xx and 5xx response.",
        example = """
                {"type":"https://ct20.gov.vn/problems/validation","title":"Invalid request","status":400,
                 "detail":"2 fields are invalid","instance":"/api/v1/units",
                 "requestId":"3f0c9a8e-5d7b-4c1e-9a51-2f7d8b0c6e14",
                 "errors":[{"field":"code","message":"must match \\"[0-9A-Z_-]{2,20}\\""}]}""")
public record Problem(
        @Schema(description = "URI naming the kind of problem") String type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Request id, also in the X-Request-Id response header") String requestId,
        @Schema(description = "One entry per invalid field, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ct20.gov.vn/problems/";

    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(
            @Schema(description = "Path of the field in the request, e.g. 'items[2].amount' or a query parameter name") String field,
            @Schema(description = "Why the value is not accepted") String message) {
    }
}
