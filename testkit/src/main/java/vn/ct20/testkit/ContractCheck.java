package vn.ct20.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every answer a test receives to the service's own OpenAPI document (the one it serves at
 * {@code /q/openapi}): status, content type, body schema (no undocumented field, no undeclared
 * null) and headers. A request the service accepted (2xx) must also be one the document allows;
 * a refused one is usually refused on purpose, so only its answer is checked. Installed for every
 * {@code @QuarkusTest} by {@link ContractCheckInstaller}; the smoke test uses it against the gateway.
 */
public final class ContractCheck implements OrderedFilter {
    public static final ContractCheck INSTANCE = new ContractCheck();

    /** Headers of HTTP itself, which no operation needs to document. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of(
            "content-type", "content-length", "transfer-encoding", "connection", "keep-alive", "date", "vary",
            "content-encoding", "accept-ranges");

    /** {@code -Dct20.contract.survey=FILE}: write the faults to FILE and let the tests go on (while fixing a document). */
    private static final String SURVEY = System.getProperty("ct20.contract.survey");

    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private record Contract(OpenApiInteractionValidator validator, ApiOperationResolver operations) {
    }

    private ContractCheck() {
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE; // sees the request as sent and the response as received
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        URI uri = URI.create(requestSpec.getURI());
        if (!uri.getPath().startsWith("/api/") || "none".equals(System.getProperty("ct20.contract.document"))) {
            return response; // health, metrics and the documents themselves are Quarkus' own
        }
        Contract contract = contracts.computeIfAbsent(documentAddress(uri), this::load);
        Request request = RestAssuredRequest.of(requestSpec);
        com.atlassian.oai.validator.model.Response answer = RestAssuredResponse.of(response);
        ValidationReport report = response.statusCode() < 300
                ? contract.validator().validate(request, answer)
                : contract.validator().validateResponse(uri.getPath(), request.getMethod(), answer);
        List<String> faults = new ArrayList<>();
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> faults.add(m.getKey() + ": " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo())));
        faults.addAll(undocumentedHeaders(contract, uri.getPath(), request.getMethod(), response));
        if (!faults.isEmpty()) {
            String body = response.asString();
            if (SURVEY != null) { // list every fault of a run at once, instead of stopping at the first
                survey(request.getMethod() + " " + uri.getPath() + " " + response.statusCode() + "\n  - " + String.join("\n  - ", faults));
                return response;
            }
            throw new AssertionError("The answer to " + request.getMethod() + " " + uri.getPath() + " (" + response.statusCode()
                    + ") is not what the OpenAPI document says:\n  - " + String.join("\n  - ", faults)
                    + "\n  body: " + (body.length() > 600 ? body.substring(0, 600) + "…" : body));
        }
        return response;
    }

    private static synchronized void survey(String entry) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(SURVEY), entry + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> undocumentedHeaders(Contract contract, String path, Request.Method method, Response response) {
        ApiOperationMatch match = contract.operations().findApiOperation(path, method);
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return List.of(); // the validator has reported it
        }
        var responses = match.getApiOperation().getOperation().getResponses();
        ApiResponse documented = responses == null ? null
                : responses.getOrDefault(String.valueOf(response.statusCode()), responses.get("default"));
        if (documented == null) {
            return List.of(); // the validator has reported it
        }
        Set<String> names = documented.getHeaders() == null ? Set.of()
                : documented.getHeaders().keySet().stream().map(n -> n.toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.toSet());
        List<String> faults = new ArrayList<>();
        for (Header header : response.getHeaders()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!TRANSPORT_HEADERS.contains(name) && !names.contains(name)) {
                faults.add("header " + header.getName() + " is sent but not documented for " + response.statusCode());
            }
        }
        return faults;
    }

    private static String documentAddress(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + System.getProperty("ct20.contract.document", "/q/openapi")
                + "?format=json";
    }

    private Contract load(String address) {
        String document;
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("No OpenAPI document at " + address + ": " + answer.statusCode());
            }
            document = answer.body();
        } catch (IOException e) {
            throw new AssertionError("No OpenAPI document at " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while reading " + address, e);
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        // Authentication is the services' own to refuse; the tests do send tokens.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        return new Contract(validator, new ApiOperationResolver(api, null, false));
    }
}
