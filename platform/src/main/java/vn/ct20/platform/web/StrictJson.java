package vn.ct20.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is decoded strictly, once for every service: a number is a number of the expected kind (a
 * decimal where an integer belongs is refused, never truncated), a date is a {@code YYYY-MM-DD}
 * string (never a count of days), a boolean is {@code true} or {@code false}, text is a string,
 * a key appears once, and nothing follows the document.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        // A date is a "YYYY-MM-DD" string and nothing else: not a count of days, not [2024, 1, 1]. Registered after the
        // JSR-310 module, so that it takes precedence over that module's lenient reader.
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("ct20-strict-dates")
                .addDeserializer(java.time.LocalDate.class, new IsoDate()));
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Dates: only the ISO string; a number is not a count of days since 1970.
        mapper.setDefaultLeniency(false);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** Reads a date only from a "YYYY-MM-DD" string. */
    static final class IsoDate extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<java.time.LocalDate> {
        IsoDate() {
            super(java.time.LocalDate.class);
        }

        @Override
        public java.time.LocalDate deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws java.io.IOException {
            if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                return (java.time.LocalDate) ctxt.handleUnexpectedToken(java.time.LocalDate.class, p);
            }
            try {
                return java.time.LocalDate.parse(p.getText(), java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (java.time.format.DateTimeParseException e) {
                return (java.time.LocalDate) ctxt.handleWeirdStringValue(java.time.LocalDate.class, p.getText(), "must be a date as YYYY-MM-DD");
            }
        }
    }
}
