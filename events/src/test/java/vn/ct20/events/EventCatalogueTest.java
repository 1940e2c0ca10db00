package vn.ct20.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** EVENTS.md documents every topic, every event type and every payload field. */
class EventCatalogueTest {
    private final String catalogue = read();

    private static String read() {
        try {
            return Files.readString(Path.of("EVENTS.md"));
        } catch (IOException e) {
            throw new IllegalStateException("events/EVENTS.md is missing", e);
        }
    }

    @Test
    void everyTopicIsDocumented() {
        for (Topic topic : Topic.values()) {
            assertTrue(catalogue.contains("| `" + topic.topicName() + "` | " + topic.partitions() + " | "
                            + (topic.compacted() ? "compact" : "delete") + " |"),
                    "EVENTS.md lacks the row of topic " + topic.topicName() + " with its partitions and cleanup policy");
        }
    }

    @Test
    void everyEventTypeAndPayloadFieldIsDocumented() {
        for (EventType type : EventType.values()) {
            String heading = "### `" + type.type() + "`";
            int start = catalogue.indexOf(heading);
            assertTrue(start >= 0, "EVENTS.md lacks a section " + heading);
            int end = catalogue.indexOf("\n### ", start + heading.length());
            String section = catalogue.substring(start, end < 0 ? catalogue.length() : end);
            assertTrue(section.contains("Topic `" + type.topic().topicName() + "`"),
                    heading + " must name its topic " + type.topic().topicName());
            for (RecordComponent field : type.payloadType().getRecordComponents()) {
                assertTrue(section.contains("| `" + field.getName() + "` |"),
                        heading + " does not document payload field " + field.getName());
            }
        }
    }

    @Test
    void payloadsRoundTripThroughTheEnvelope() throws Exception {
        var unit = new vn.ct20.events.unit.UnitChangedV1("109", "Huyện Phong Thổ", "DISTRICT", "12",
                java.time.LocalDate.of(2004, 1, 1), java.time.LocalDate.of(2025, 6, 30), null, 3);
        EventEnvelope envelope = EventEnvelope.of(java.util.UUID.randomUUID(), EventType.UNIT_CHANGED_V1.type(),
                "/ct20/plan-service", unit.key(), java.time.OffsetDateTime.now(), EventJson.mapper().valueToTree(unit));
        String json = EventJson.mapper().writeValueAsString(envelope);
        assertTrue(json.contains("\"validFrom\":\"2004-01-01\""), "dates are ISO-8601 text: " + json);
        EventEnvelope read = EventJson.mapper().readValue(json, EventEnvelope.class);
        assertTrue(unit.equals(EventJson.mapper().treeToValue(read.data(), vn.ct20.events.unit.UnitChangedV1.class)));
    }
}
