package vn.ct20.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code events/asyncapi.json}, the AsyncAPI 3.0 document of the suite's topics and event types, is
 * made from the catalogue itself ({@link Topic}, {@link EventType} and the payload records the
 * consumers read), so it cannot drift; this test fails when the file under version control is not
 * the one the code makes (rewrite it with {@code ./mvnw verify -Dct20.openapi.update=true}).
 * {@code ./test.sh} lints it with redocly.
 */
class AsyncApiDocumentTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theAsyncApiDocumentIsTheCatalogue() throws Exception {
        String made = JSON.writeValueAsString(document()) + "\n";
        Path file = Path.of("asyncapi.json");
        if (Boolean.getBoolean("ct20.openapi.update") || !Files.exists(file)) {
            Files.writeString(file, made);
        }
        assertEquals(Files.readString(file), made,
                "events/asyncapi.json is not the catalogue's; run ./mvnw verify -Dct20.openapi.update=true and commit it");
    }

    static ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.0.0");
        doc.putObject("info").put("title", "CT20 suite events").put("version", "1.0.0")
                .put("description", "Every event the CT20 services publish on Kafka, as a CloudEvents 1.0 envelope in "
                        + "structured JSON mode. Delivery is at least once: consumers process each event id once. "
                        + "A payload field of a primitive Java type (int, long, boolean) or a list is never null; any other may be. See events/EVENTS.md.");
        doc.put("defaultContentType", "application/json");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        for (Topic topic : Topic.values()) {
            String channel = camel(topic.topicName().replace("ct20.", ""));
            ObjectNode ch = channels.putObject(channel);
            ch.put("address", topic.topicName());
            ch.put("description", topic.description() + " " + topic.partitions() + " partitions, cleanup "
                    + (topic.compacted() ? "compact" : "delete") + "; record key = the envelope's subject.");
            ObjectNode chMessages = ch.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + Character.toUpperCase(channel.charAt(0)) + channel.substring(1));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channel);
            operation.put("summary", "The owning service publishes " + topic.topicName() + " through its transactional outbox");
            ArrayNode opMessages = operation.putArray("messages");
            for (EventType type : EventType.values()) {
                if (type.topic() != topic) {
                    continue;
                }
                String name = camel(type.type().replace("ct20.", ""));
                chMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                opMessages.addObject().put("$ref", "#/channels/" + channel + "/messages/" + name);
                ObjectNode message = messages.putObject(name);
                message.put("name", type.type());
                message.put("title", type.type());
                message.put("summary", type.description());
                message.put("contentType", "application/json");
                message.putObject("headers").put("type", "object").putArray("required").add("ce_type");
                ((ObjectNode) message.get("headers")).putObject("properties").putObject("ce_type").put("type", "string")
                        .put("const", type.type());
                message.set("payload", envelope(type, schemas));
            }
        }
        return doc;
    }

    private static ObjectNode envelope(EventType type, ObjectNode schemas) {
        ObjectNode envelope = NODES.objectNode().put("type", "object");
        ObjectNode properties = envelope.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", EventEnvelope.SPEC_VERSION);
        properties.putObject("id").put("type", "string").put("format", "uuid");
        properties.putObject("type").put("type", "string").put("const", type.type());
        properties.putObject("source").put("type", "string");
        properties.putObject("subject").put("type", "string");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("datacontenttype").put("type", "string").put("const", EventEnvelope.JSON);
        properties.putObject("data").put("$ref", "#/components/schemas/" + schema(type.payloadType(), schemas));
        ArrayNode required = envelope.putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        return envelope;
    }

    /** The name of the record's schema in components, adding it (and the records it holds) once. */
    private static String schema(Class<?> record, ObjectNode schemas) {
        String name = record.getSimpleName();
        if (record.getEnclosingClass() != null) {
            name = record.getEnclosingClass().getSimpleName() + name;
        }
        if (schemas.has(name)) {
            return name;
        }
        ObjectNode schema = schemas.putObject(name).put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), type(component.getGenericType(), schemas));
            required.add(component.getName());
        }
        return name;
    }

    private static ObjectNode type(Type type, ObjectNode schemas) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", type(arguments[0], schemas));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = NODES.objectNode().put("type", "object");
                map.set("additionalProperties", type(arguments[1], schemas));
                return map;
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == long.class) {
            return NODES.objectNode().put("type", "integer").put("format", c == int.class ? "int32" : "int64");
        }
        if (c == boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (c.isRecord()) {
            ObjectNode ref = NODES.objectNode();
            ref.putArray("oneOf").add(NODES.objectNode().put("$ref", "#/components/schemas/" + schema(c, schemas)))
                    .add(NODES.objectNode().put("type", "null"));
            return ref;
        }
        ObjectNode scalar = NODES.objectNode();
        String json = c == Integer.class || c == Long.class ? "integer" : c == BigDecimal.class ? "number" : c == Boolean.class ? "boolean" : "string";
        scalar.putArray("type").add(json).add("null");
        if (c == UUID.class) {
            scalar.put("format", "uuid");
        } else if (c == LocalDate.class) {
            scalar.put("format", "date");
        } else if (c == OffsetDateTime.class || c == Instant.class) {
            scalar.put("format", "date-time");
        } else if (c.isEnum()) {
            ArrayNode values = scalar.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            values.addNull();
        }
        return scalar;
    }

    private static String camel(String dotted) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : dotted.toCharArray()) {
            if (ch == '.' || ch == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return out.toString();
    }
}
