package vn.ct20.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.ct20.platform.audit.AuditResource;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.web.RequestLimits;

/**
 * Makes each service's OpenAPI document say everything the service answers, by the rules every
 * {@code /api} operation shares, so resources annotate only what is particular to them:
 * <ul>
 * <li>every operation names a camelCase {@code operationId} in its {@code @Operation}, unique in the suite;
 * one missing or used twice fails the build (the audit trail, served by each service at its own path,
 * is named after it: {@code listLoanAuditRecords});</li>
 * <li>every error it can answer is documented as problem+json, with an example: the ones any call can
 * get (400, 401, 403, 404, 406, 414, 429, 431, 500), 409 for a change
 * that conflicts with the resource's state, 413/415/422 where it takes a body, 412/428 where it takes
 * {@code If-Match};</li>
 * <li>the headers every answer carries ({@code X-Request-Id}), {@code Location} on 201 and 202, {@code Retry-After}
 * on 429 and 503, {@code Idempotent-Replayed} where an {@code Idempotency-Key} is taken, {@code ETag} on the
 * reads and writes of what can be updated with {@code If-Match};</li>
 * <li>every property of a response body is {@code required}: the services write each field, null
 * included (fields that can be null say {@code nullable}), except a nullable object, which is left out
 * when it has no value and documented as optional; schemas that state their own required list (such
 * as Problem) keep it.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {
    static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private record Error(String description, String type, String title, String detail) {
    }

    /** The errors as the services (and, for 429, the gateway) send them: the same type, title and kind of detail. */
    private static final Map<String, Error> ERRORS = Map.ofEntries(
            Map.entry("400", new Error("Invalid or malformed request: the fields at fault are listed in errors",
                    "validation", "Invalid request", "1 field is invalid")),
            Map.entry("401", new Error("No valid bearer token", "unauthorized", "Authentication required",
                    "A valid bearer token is required")),
            Map.entry("403", new Error("Outside the caller's role or unit scope", "forbidden", "Forbidden",
                    "Your role does not allow this operation")),
            Map.entry("404", new Error("No such resource (in the path, the body or the query), or one outside the caller's unit scope",
                    "not-found", "Not found", "Loan '3a9d8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d' does not exist")),
            Map.entry("406", new Error("None of the media types in Accept can be produced", "not-acceptable", "Not Acceptable",
                    "HTTP 406 Not Acceptable")),
            Map.entry("409", new Error("Conflicts with the current state of the resource", "conflict", "Conflict",
                    "A resource with the same identity already exists")),
            Map.entry("412", new Error("If-Match does not match the current ETag: someone changed it since you read it",
                    "precondition-failed", "Precondition failed", "The resource changed since it was read; read it again")),
            Map.entry("413", new Error("The request body is larger than the limit (ct20.http.max-body-size)", "body-too-large",
                    "Content too large", "The body may hold at most 10485760 bytes")),
            Map.entry("414", new Error("The path and query are longer than the limit", "uri-too-long", "URI too long",
                    "The path and query may hold at most " + RequestLimits.MAX_URI + " characters")),
            Map.entry("415", new Error("The request body's Content-Type is not one this operation takes",
                    "unsupported-media-type", "Unsupported Media Type", "HTTP 415 Unsupported Media Type")),
            Map.entry("422", new Error("Well-formed but breaks a business rule", "business-rule", "Business rule violated",
                    "The policy in force lends at most 100 % of the contract costs")),
            Map.entry("428", new Error("If-Match is required: send the ETag of the last read", "precondition-required",
                    "Precondition required", "Send If-Match with the ETag of your last read")),
            Map.entry("429", new Error("Too many requests (gateway rate limit); retry after Retry-After seconds",
                    "rate-limited", "Too many requests", "Retry after 1 second")),
            Map.entry("431", new Error("The request's headers are larger than the limit", "headers-too-large",
                    "Request header fields too large", "The headers may hold at most " + RequestLimits.MAX_HEADERS + " bytes")),
            Map.entry("500", new Error("Unexpected failure; quote the requestId when reporting it", "internal",
                    "Internal error", "An unexpected error occurred; quote the request id")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = components(openAPI);
        ProblemSchema.ensure(components);
        Map<String, String> operationIds = new HashMap<>();
        Set<String> updatable = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (operations(item).values().stream().anyMatch(o -> hasHeader(o, "If-Match"))) {
                updatable.addAll(resourcesAbove(path));
            }
        });
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations(item).forEach((method, operation) -> {
                mergeRepeatedParameters(operation);
                checkOperationId(operationIds, path, method + " " + path, operation);
                documentErrors(method == PathItem.HttpMethod.GET, operation);
                documentHeaders(path, method, operation, updatable);
            });
        });
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        Map<String, Set<String>> optional = writeNullablesPortably(schemas);
        SchemaUse use = SchemaUse.of(openAPI, schemas);
        requireResponseProperties(schemas, use, optional);
        removeUnusedSchemas(components, use);
    }

    /** Which component schemas the operations take (parameters, request bodies) and answer, followed through their references. */
    private record SchemaUse(Set<String> taken, Set<String> answered) {
        static SchemaUse of(OpenAPI openAPI, Map<String, Schema> schemas) {
            SchemaUse use = new SchemaUse(new HashSet<>(), new HashSet<>());
            openAPI.getPaths().getPathItems().values().forEach(item -> operations(item).values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> reach(p.getSchema(), schemas, use.taken()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    mediaTypes(operation.getRequestBody().getContent()).forEach(m -> reach(m.getSchema(), schemas, use.taken()));
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null) {
                            mediaTypes(response.getContent()).forEach(m -> reach(m.getSchema(), schemas, use.answered()));
                        }
                    });
                }
            }));
            return use;
        }
    }

    /** An enum only ever written out in place (a nullable field, a parameter) is no longer referenced: leave it out. */
    private static void removeUnusedSchemas(Components components, SchemaUse use) {
        if (components.getSchemas() == null) {
            return;
        }
        new ArrayList<>(components.getSchemas().keySet()).stream()
                .filter(name -> !use.taken().contains(name) && !use.answered().contains(name))
                .forEach(components::removeSchema);
    }

    /**
     * OpenAPI 3.0 has no portable nullable reference ({@code allOf} with {@code nullable} rejects null
     * in strict validators). A nullable date, id or enum is written as that type itself, with null
     * allowed (and listed among an enum's values); a nullable object is left out of the answer when it
     * has no value ({@code @JsonInclude(NON_NULL)} on the field) and documented as optional: the
     * names of those properties are returned, per schema.
     */
    private static Map<String, Set<String>> writeNullablesPortably(Map<String, Schema> schemas) {
        Map<String, Set<String>> optional = new HashMap<>();
        schemas.forEach((schemaName, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((name, property) -> {
                // In the model (OpenAPI 3.1's) a nullable reference is anyOf [$ref, {type: null}], or $ref beside "null" in type.
                String ref = property.getRef() != null && property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                        ? property.getRef()
                        : property.getAnyOf() == null || property.getAnyOf().stream().noneMatch(ContractFilter::isNullType) ? null
                        : property.getAnyOf().stream().map(Schema::getRef).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Schema target = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target == null) {
                    return;
                }
                property.setAnyOf(null);
                if (target.getProperties() == null && target.getType() != null && !target.getType().contains(Schema.SchemaType.OBJECT)) {
                    List<Schema.SchemaType> types = new ArrayList<>(target.getType());
                    types.add(Schema.SchemaType.NULL);
                    property.setRef(null);
                    property.type(types).format(target.getFormat()).pattern(target.getPattern());
                    if (target.getEnumeration() != null) {
                        List<Object> values = new ArrayList<>(target.getEnumeration());
                        values.add(null);
                        property.setEnumeration(values);
                    }
                } else {
                    property.setType(null);
                    property.setRef(ref);
                    optional.computeIfAbsent(schemaName, k -> new HashSet<>()).add(name);
                }
            });
        });
        return optional;
    }

    /**
     * A list names its own sort fields with {@code @Parameter(name = "sort", schema = @Schema(enumeration
     * = ...))} on the method, beside the shared {@code sort} of {@link vn.ct20.platform.paging.PageRequest}:
     * one parameter, with the list's fields as its values.
     */
    private static void mergeRepeatedParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : operation.getParameters()) {
            Parameter first = byName.putIfAbsent(parameter.getIn() + " " + parameter.getName(), parameter);
            if (first != null && parameter.getSchema() != null && parameter.getSchema().getEnumeration() != null) {
                Schema values = parameter.getSchema();
                first.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(values.getEnumeration()));
                if (parameter.getDescription() != null) {
                    first.setDescription(parameter.getDescription());
                }
                first.setExample(values.getEnumeration().get(0));
            }
        }
        operation.setParameters(new ArrayList<>(byName.values()));
    }

    private static void checkOperationId(Map<String, String> seen, String path, String where, Operation operation) {
        if (AuditResource.OPERATION_ID.equals(operation.getOperationId())) {
            String service = path.substring(path.lastIndexOf('/') + 1);
            operation.setOperationId("list" + Character.toUpperCase(service.charAt(0)) + service.substring(1) + "AuditRecords");
        }
        String id = operation.getOperationId();
        if (id == null || !CAMEL_CASE.matcher(id).matches()) {
            throw new IllegalStateException(where + " has no camelCase operationId (got " + id + ")");
        }
        String other = seen.putIfAbsent(id, where);
        if (other != null) {
            throw new IllegalStateException("operationId " + id + " names both " + other + " and " + where
                    + "; rename one of the resource methods");
        }
    }

    private static void documentErrors(boolean reads, Operation operation) {
        APIResponses responses = responses(operation);
        List<String> codes = new ArrayList<>(List.of("400", "401", "403", "404", "406", "414", "429", "431", "500"));
        if (!reads) {
            codes.add("409");
        }
        if (operation.getRequestBody() != null) {
            codes.addAll(List.of("413", "415", "422"));
        }
        if (hasHeader(operation, "If-Match")) {
            codes.addAll(List.of("412", "428"));
        }
        for (String code : codes) {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(ERRORS.get(code).description()));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                Error error = ERRORS.get(code);
                if (error == null) {
                    throw new IllegalStateException("No problem example for status " + code + ": add it to ContractFilter.ERRORS");
                }
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .example(ProblemSchema.example(Integer.parseInt(code), error.type(), error.title(), error.detail()))));
            }
        });
    }

    private static void documentHeaders(String path, PathItem.HttpMethod method, Operation operation, Set<String> updatable) {
        boolean idempotent = hasHeader(operation, "Idempotency-Key");
        boolean versioned = versioned(path, method, operation, updatable);
        responses(operation).getAPIResponses().forEach((code, response) -> {
            header(response, "X-Request-Id", "The request's id: the caller's if it sent a valid one, otherwise a new UUID", true);
            if (code.equals("201") || code.equals("202")) {
                header(response, "Location", "Where the created resource is read, when it has an address of its own", false);
            }
            if (code.equals("401")) {
                header(response, "WWW-Authenticate", "Bearer, the scheme to authenticate with", false);
            }
            if (code.equals("429") || code.equals("503")) {
                header(response, "Retry-After", "Seconds to wait before trying again", false);
            }
            if (idempotent && code.startsWith("2")) {
                header(response, "Idempotent-Replayed",
                        "true when this is the stored answer to an earlier request with the same Idempotency-Key", false);
            }
            if (code.equals("200") && response.getContent() != null && response.getContent().getMediaTypes() != null
                    && response.getContent().getMediaTypes().keySet().stream().anyMatch(m -> !m.contains("json"))) {
                header(response, "Content-Disposition", "attachment; filename=\"…\" when a file (XLSX, CSV) is asked for", false);
            }
            if (versioned && (code.equals("200") || code.equals("201"))) {
                header(response, "ETag", "Version of the resource; where it can be changed, send it back in If-Match", false);
            }
        });
    }

    /**
     * Answers that carry the version of a resource changed under {@code If-Match} (a loan, a plan, a
     * report, a task): each conditional change, the read of the resource and its creation. Other
     * answers that send one say so in their own {@code @APIResponse}.
     */
    private static boolean versioned(String path, PathItem.HttpMethod method, Operation operation, Set<String> updatable) {
        String normalised = normalise(path);
        return hasHeader(operation, "If-Match")
                || method == PathItem.HttpMethod.GET && normalised.endsWith("{}") && updatable.contains(normalised)
                || method == PathItem.HttpMethod.POST && !normalised.endsWith("{}") && updatable.contains(normalised + "/{}");
    }

    /** Every resource path above an operation taking If-Match: {@code /plans/{}} and {@code /plans/{}/tasks/{}} for a task's progress. */
    private static Set<String> resourcesAbove(String path) {
        Set<String> resources = new HashSet<>();
        String normalised = normalise(path);
        for (int end = normalised.indexOf("{}"); end >= 0; end = normalised.indexOf("{}", end + 2)) {
            resources.add(normalised.substring(0, end + 2));
        }
        return resources;
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static void header(APIResponse response, String name, String description, boolean required) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
    }

    /**
     * Every schema only ever answered (never taken in a request) lists all its properties as
     * required, since the services write every field; a schema that also appears in requests keeps
     * what its annotations say.
     */
    private static void requireResponseProperties(Map<String, Schema> schemas, SchemaUse use, Map<String, Set<String>> optional) {
        Set<String> answered = new HashSet<>(use.answered());
        answered.removeAll(use.taken());
        answered.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && schema.getRequired() == null) {
                List<String> required = new ArrayList<>(schema.getProperties().keySet());
                required.removeAll(optional.getOrDefault(name, Set.of()));
                schema.setRequired(required);
            }
        });
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        if (schema.getAdditionalPropertiesSchema() != null) {
            reach(schema.getAdditionalPropertiesSchema(), schemas, names);
        }
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (list != null) {
                list.forEach(s -> reach(s, schemas, names));
            }
        }
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    private static List<MediaType> mediaTypes(Content content) {
        return content.getMediaTypes() == null ? List.of() : List.copyOf(content.getMediaTypes().values());
    }

    private static boolean hasHeader(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static APIResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        return operation.getResponses();
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : new LinkedHashMap<>(item.getOperations());
    }

    private static Components components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        return openAPI.getComponents();
    }
}
