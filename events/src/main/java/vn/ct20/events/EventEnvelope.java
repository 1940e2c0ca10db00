package vn.ct20.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The value of every CT20 Kafka record, shaped after CloudEvents 1.0 (structured JSON mode)
 * so that other government systems can read it with any CloudEvents library.
 *
 * @param id          unique per event; consumers use it to process each event once
 * @param type        versioned event type, e.g. {@code ct20.unit.changed.v1}; never changed once published
 * @param source      the producing service, e.g. {@code /ct20/plan-service}
 * @param subject     the aggregate id; also the record key, so events of one aggregate stay in order
 * @param time        when the change was committed (UTC offset kept)
 * @param data        the type's payload, see {@link EventType#payloadType()}
 */
public record EventEnvelope(
        String specversion,
        UUID id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static EventEnvelope of(UUID id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, id, type, source, subject, time, JSON, data);
    }
}
