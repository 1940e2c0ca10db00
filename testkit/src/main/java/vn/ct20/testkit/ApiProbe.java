package vn.ct20.testkit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;

/**
 * Tests generated from the OpenAPI document a service serves, so that no operation is forgotten:
 * <ul>
 *   <li>{@link #matrix}: every operation × every caller (role × own, parent, sibling, abolished, other
 *       unit) × first call and replay of the owner's Idempotency-Key; a <em>leak</em> is a 2xx to a
 *       caller outside the data's scope for an operation that names the fixture's data, any fixture
 *       secret in an answer to such a caller, or a replayed answer to anyone but the owner;</li>
 *   <li>{@link #malformed}: every operation with a JSON body × every field × the ways a field can be
 *       malformed (a decimal for an integer, a number as text, a date as a number, NUL and escape
 *       characters, an enum by position, a key twice …) and whole bodies that are not JSON or not UTF-8;
 *       each must be a 4xx problem+json, and the service's audit trail must not grow.</li>
 * </ul>
 * Both fail on any 5xx, and print their size.
 */
public final class ApiProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode spec, JsonNode bodySchema, boolean takesIdempotencyKey, boolean takesIfMatch) {
        public String label() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Someone calling: a label for the report, a bearer token, and whether the fixture's data is theirs to see. */
    public record Caller(String label, String token, boolean inScope) {
    }

    /** What the service's test supplies: values for path and query parameters, and body fields naming its fixture. */
    public interface Fixture {
        /** The value of parameter {@code name} of {@code path}; null to use the document's example. */
        String parameter(String path, String name);

        /** Body fields set to the fixture's data (a borrower id, a capital source id …). */
        Map<String, Object> bodyFields();

        /** Texts that must never reach a caller outside the fixture's scope (ids, a citizen id). */
        List<String> secrets();
    }

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private ApiProbe(JsonNode document) {
        this.document = document;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                boolean key = false;
                boolean ifMatch = false;
                for (JsonNode p : op.path("parameters")) {
                    key |= "Idempotency-Key".equalsIgnoreCase(p.path("name").asText());
                    ifMatch |= "If-Match".equalsIgnoreCase(p.path("name").asText());
                }
                operations.add(new Operation(method.getKey(), path.getKey(), op, body.isMissingNode() ? null : resolve(body), key, ifMatch));
            }
        }
    }

    /** The document the service under test serves. */
    public static ApiProbe ofServedDocument() {
        try {
            return new ApiProbe(JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The same probe over the operations that {@code keep} selects. */
    public ApiProbe only(java.util.function.Predicate<Operation> keep) {
        ApiProbe narrower = new ApiProbe(document);
        narrower.operations.removeIf(keep.negate());
        return narrower;
    }

    // --- sorting -----------------------------------------------------------------------------

    /**
     * Every list that documents its {@code sort} values answers each of them (ascending and
     * descending) with 200, and refuses a field it does not offer with a 400 naming {@code sort};
     * a list whose {@code sort} is not an enumeration fails, since a client cannot know its fields.
     * Prints {@code [sort] N lists, M orders}.
     */
    public void sorting(Fixture fixture, Caller caller) {
        int lists = 0;
        int orders = 0;
        List<String> faults = new ArrayList<>();
        for (Operation operation : operations) {
            JsonNode sort = null;
            for (JsonNode parameter : operation.spec().path("parameters")) {
                if (parameter.path("name").asText().equals("sort") && parameter.path("in").asText().equals("query")) {
                    sort = parameter;
                }
            }
            if (sort == null) {
                continue;
            }
            lists++;
            if (!sort.path("schema").path("enum").isArray()) {
                faults.add(operation.label() + ": sort lists no fields");
                continue;
            }
            List<String> values = new ArrayList<>();
            sort.path("schema").path("enum").forEach(v -> values.add(v.asText()));
            values.add("noSuchField");
            for (String value : values) {
                orders++;
                RequestSpecification request = given().header("Authorization", caller.token());
                query(operation, fixture, request);
                request.queryParam("sort", value);
                String path = fill(operation.path(), fixture);
                int status = request.get(path).statusCode();
                int expected = value.equals("noSuchField") ? 400 : 200;
                if (status != expected) {
                    faults.add(operation.label() + " sort=" + value + ": " + status + ", expected " + expected);
                }
            }
        }
        System.out.println("[sort] " + lists + " lists, " + orders + " orders");
        if (!faults.isEmpty()) {
            throw new AssertionError(String.join("\n", faults));
        }
    }

    // --- the matrix --------------------------------------------------------------------------

    /**
     * Runs every operation for every caller, then replays the owner's key for every caller.
     *
     * @param owner a caller who owns the fixture and may write it (its first calls claim the keys)
     */
    public void matrix(Fixture fixture, Caller owner, List<Caller> callers) {
        Map<String, Integer> byClass = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int cases = 0;
        Map<Operation, String> keys = new LinkedHashMap<>();
        for (Operation op : operations) {
            if (op.takesIdempotencyKey()) {
                String key = "matrix-" + UUID.randomUUID();
                keys.put(op, key);
                send(op, owner, fixture, key, null);
            }
        }
        for (Operation op : operations) {
            boolean namesFixture = namesFixture(op, fixture);
            for (Caller caller : callers) {
                for (boolean replay : op.takesIdempotencyKey() ? new boolean[] {false, true} : new boolean[] {false}) {
                    cases++;
                    String key = replay ? keys.get(op) : "matrix-" + UUID.randomUUID();
                    Response response = send(op, caller, fixture, key, null);
                    int status = response.statusCode();
                    byClass.merge(status / 100 + "xx", 1, Integer::sum);
                    String what = op.label() + " by " + caller.label() + (replay ? " (replaying the owner's key)" : "") + " → " + status;
                    if (status >= 500) {
                        errors.add(what);
                    }
                    if (!caller.inScope()) {
                        String body = response.asString();
                        if (namesFixture && status / 100 == 2) {
                            leaks.add(what);
                        }
                        // An id the caller itself sent (in the path or body) may come back in the refusal; nothing else may.
                        String sent = fill(op.path(), fixture)
                                + (op.bodySchema() == null ? "" : sample(op.bodySchema(), fixture).toString());
                        fixture.secrets().stream().filter(secret -> !sent.contains(secret) && body.contains(secret))
                                .forEach(secret -> leaks.add(what + " shows " + mask(secret)));
                    }
                    if (replay && "true".equals(response.header("Idempotent-Replayed")) && caller != owner) {
                        leaks.add(what + " replayed the owner's answer");
                    }
                }
            }
        }
        long roles = callers.stream().map(c -> c.label().split(" ")[0]).distinct().count();
        long units = callers.stream().map(c -> c.label().substring(c.label().indexOf(' ') + 1)).distinct().count();
        System.out.printf("[api-matrix] %d operations × %d roles × %d units (+ replays) = %d cases; responses %s; %d leaks, %d 5xx%n",
                operations.size(), roles, units, cases, byClass, leaks.size(), errors.size());
        Assertions.assertEquals(List.of(), errors, "5xx answers");
        Assertions.assertEquals(List.of(), leaks, "leaks");
    }

    private boolean namesFixture(Operation op, Fixture fixture) {
        Matcher m = TEMPLATE.matcher(op.path());
        while (m.find()) {
            if (fixture.parameter(op.path(), m.group(1)) != null) {
                return true;
            }
        }
        if (op.bodySchema() != null) {
            for (String field : fixture.bodyFields().keySet()) {
                if (op.bodySchema().path("properties").has(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- malformed input ---------------------------------------------------------------------

    /**
     * Sends every malformed variant of every JSON body, by a caller who may do everything everywhere.
     *
     * @param changes counts the service's recorded changes (its audit trail): it must not move
     */
    public void malformed(Fixture fixture, Caller caller, IntSupplier changes) {
        int before = changes.getAsInt();
        Map<String, Integer> byClass = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        int fields = 0;
        int requests = 0;
        int bodies = 0;
        for (Operation op : operations) {
            if (op.bodySchema() == null) {
                continue;
            }
            bodies++;
            ObjectNode base = sample(op.bodySchema(), fixture);
            List<byte[]> variants = new ArrayList<>();
            for (String whole : new String[] {"", "{", "[]", "null", "{} {}", "{\"a\":1,}"}) {
                variants.add(whole.getBytes(StandardCharsets.UTF_8));
            }
            variants.add(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            for (Iterator<Map.Entry<String, JsonNode>> props = op.bodySchema().path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                fields++;
                for (String bad : badValues(resolve(prop.getValue()))) {
                    variants.add(with(base, prop.getKey(), bad).getBytes(StandardCharsets.UTF_8));
                }
                String json = base.toString();
                String dup = json.substring(0, json.length() - 1) + (base.isEmpty() ? "" : ",") + "\"" + prop.getKey() + "\":{\"x\":1}}";
                variants.add(dup.getBytes(StandardCharsets.UTF_8));
            }
            for (byte[] body : variants) {
                requests++;
                Response response = send(op, caller, fixture, "malformed-" + UUID.randomUUID(), body);
                int status = response.statusCode();
                byClass.merge(status / 100 + "xx", 1, Integer::sum);
                String contentType = String.valueOf(response.contentType());
                if (status < 400 || status >= 500 || !contentType.startsWith("application/problem+json")) {
                    accepted.add(op.label() + " took " + new String(body, StandardCharsets.UTF_8) + " → " + status + " " + contentType);
                }
            }
        }
        int after = changes.getAsInt();
        System.out.printf("[malformed-input] %d operations with a body, %d fields, %d requests; responses %s; %d not refused as 4xx problem+json,"
                + " %d changes recorded%n", bodies, fields, requests, byClass, accepted.size(), after - before);
        Assertions.assertEquals(List.of(), accepted, "malformed requests not refused");
        Assertions.assertEquals(before, after, "malformed requests changed something");
    }

    /** JSON texts that are wrong for a field of this schema. */
    private static List<String> badValues(JsonNode schema) {
        List<String> bad = new ArrayList<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (schema.has("enum")) {
            bad.add("0");
            bad.add("\"NOT_A_VALUE\"");
        } else if (type.equals("integer")) {
            bad.add("1.5");
            bad.add("\"7\"");
            bad.add("1e30");
            bad.add("true");
        } else if (type.equals("number")) {
            bad.add("\"7\"");
            bad.add("true");
            bad.add("1e400");
        } else if (type.equals("boolean")) {
            bad.add("1");
            bad.add("\"true\"");
        } else if (type.equals("string") && format.equals("date")) {
            bad.add("20240101");
            bad.add("\"2024-02-30\"");
            bad.add("\"14/03/2024\"");
        } else if (type.equals("string") && format.equals("uuid")) {
            bad.add("12345");
            bad.add("\"not-a-uuid\"");
        } else if (type.equals("string")) {
            bad.add("\"a\\u0000b\"");
            bad.add("\"\\u001b[2J\"");
            bad.add("12345");
        } else if (type.equals("array")) {
            bad.add("\"x\"");
            bad.add("[\"\\u0000\"]");
        } else if (type.equals("object")) {
            bad.add("\"x\"");
        }
        return bad;
    }

    private static String with(ObjectNode base, String field, String value) {
        ObjectNode copy = base.deepCopy();
        copy.remove(field);
        String json = copy.toString();
        return json.substring(0, json.length() - 1) + (copy.isEmpty() ? "" : ",") + "\"" + field + "\":" + value + "}";
    }

    /** A body of the schema: the document's example where it has one, else a value of each property's type; fixture fields set. */
    private ObjectNode sample(JsonNode schema, Fixture fixture) {
        ObjectNode body;
        if (schema.path("example").isObject()) {
            body = schema.path("example").deepCopy();
        } else {
            body = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                body.set(prop.getKey(), sampleValue(resolve(prop.getValue())));
            }
        }
        fixture.bodyFields().forEach((field, value) -> {
            if (body.has(field) || schema.path("properties").has(field)) {
                body.set(field, JSON.valueToTree(value));
            }
        });
        return body;
    }

    private static JsonNode sampleValue(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "array" -> JSON.createArrayNode();
            case "object" -> JSON.createObjectNode();
            default -> switch (schema.path("format").asText()) {
                case "date" -> JSON.getNodeFactory().textNode("2024-01-01");
                case "uuid" -> JSON.getNodeFactory().textNode(UUID.randomUUID().toString());
                default -> JSON.getNodeFactory().textNode("Thử");
            };
        };
    }

    /** Follows {@code $ref} and single-element {@code allOf} to the schema itself. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String name = current.get("$ref").asText().replace("#/components/schemas/", "");
                current = document.path("components").path("schemas").path(name);
            } else if (current.has("allOf") && current.get("allOf").size() >= 1 && !current.has("properties")) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    // --- sending -----------------------------------------------------------------------------

    private Response send(Operation op, Caller caller, Fixture fixture, String key, byte[] body) {
        String path = fill(op.path(), fixture);
        RequestSpecification request = given().header("Authorization", caller.token()).urlEncodingEnabled(true);
        query(op, fixture, request);
        if (op.takesIdempotencyKey()) {
            request.header("Idempotency-Key", key);
        }
        if (op.takesIfMatch()) {
            String etag = given().header("Authorization", caller.token()).get(resourceOf(path)).header("ETag");
            request.header("If-Match", etag == null ? "\"0\"" : etag);
        }
        if (op.bodySchema() != null) {
            byte[] bytes = body != null ? body : sample(op.bodySchema(), fixture).toString().getBytes(StandardCharsets.UTF_8);
            request.contentType("application/json").body(bytes);
        } else if (op.spec().path("requestBody").path("content").has("text/csv")) {
            request.contentType("text/csv; charset=UTF-8").body("citizenId\n");
        }
        return request.request(op.method().toUpperCase(), path);
    }

    /** The query parameters the fixture gives, and the document's example for a required one it does not. */
    private void query(Operation op, Fixture fixture, RequestSpecification request) {
        for (JsonNode p : op.spec().path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                String value = fixture.parameter(op.path(), p.path("name").asText());
                if (value == null && p.path("required").asBoolean()) {
                    JsonNode example = p.has("example") ? p.get("example") : resolve(p.path("schema")).path("example");
                    value = example.isMissingNode() ? null : example.asText();
                }
                if (value != null) {
                    request.queryParam(p.path("name").asText(), value);
                }
            }
        }
    }

    private static String fill(String template, Fixture fixture) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fixture.parameter(template, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The resource whose ETag an action on {@code path} needs: the path up to its first id. */
    private static String resourceOf(String path) {
        String[] parts = path.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            out.append('/').append(parts[i]);
            if (i >= 4) {
                break;
            }
        }
        return out.toString();
    }

    private static String mask(String secret) {
        return secret.length() <= 4 ? "****" : "…" + secret.substring(secret.length() - 4);
    }

    /** The callers of a matrix: every role at every unit given, labelled "ROLE unit". */
    public static List<Caller> everyRoleAt(Map<String, Boolean> unitsInScope, BiFunction<String, String, String> token) {
        List<Caller> callers = new ArrayList<>();
        for (String role : new String[] {"SYSTEM_ADMIN", "PLAN_EDITOR", "REPORTER", "CONSOLIDATOR", "LOAN_OFFICER", "LOAN_APPROVER", "VIEWER",
                "MACHINE_CLIENT", "AUDITOR"}) {
            unitsInScope.forEach((unit, inScope) -> callers.add(new Caller(role + " " + unit, token.apply(role, unit),
                    inScope || role.equals("SYSTEM_ADMIN"))));
        }
        return callers;
    }
}
