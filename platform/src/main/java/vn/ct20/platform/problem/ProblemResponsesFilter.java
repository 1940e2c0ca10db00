package vn.ct20.platform.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every {@code /api} operation can give (400, 401, 403, 429, 500),
 * so that resources annotate only the responses particular to them and frontend teams find the
 * same error shape everywhere.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid or malformed request: the fields at fault are listed in errors",
            "401", "No valid bearer token",
            "403", "Outside the caller's role or unit scope",
            "429", "Too many requests (gateway rate limit); retry after Retry-After seconds",
            "500", "Unexpected failure; quote the requestId when reporting it");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                operations(item).forEach(this::addCommonResponses);
            }
        });
    }

    private void addCommonResponses(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> common : COMMON.entrySet()) {
            if (!responses.hasAPIResponse(common.getKey())) {
                responses.addAPIResponse(common.getKey(), problem(common.getValue()));
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : List.copyOf(item.getOperations().values());
    }

    /** The Problem schema is there when some resource names it; otherwise describe it here. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail returned with every 4xx and 5xx response.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text).addProperty("instance", text).addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError)));
    }
}
