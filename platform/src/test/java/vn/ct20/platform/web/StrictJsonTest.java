package vn.ct20.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the services' JSON decoding refuses: every lenient conversion Jackson would otherwise make. */
class StrictJsonTest {
    enum Kind { A, B }

    record Input(Long amount, Integer months, LocalDate dueDate, Boolean flag, String title, BigDecimal rate, Kind kind, boolean primitive) {
    }

    private final ObjectMapper mapper = StrictJson.configure(new ObjectMapper().registerModule(new JavaTimeModule()));

    private Input read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Input.class);
    }

    @Test
    void wellFormedValuesAreRead() throws JsonProcessingException {
        Input input = read("{\"amount\":40000000,\"months\":36,\"dueDate\":\"2024-06-20\",\"flag\":true,\"title\":\"Báo cáo\","
                + "\"rate\":6.6,\"kind\":\"A\"}");
        assertEquals(40_000_000L, input.amount());
        assertEquals(LocalDate.of(2024, 6, 20), input.dueDate());
        assertEquals(new BigDecimal("6.6"), input.rate());
        assertEquals(false, input.primitive());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"amount\":1.9}",                 // a decimal where money is expected is never truncated
            "{\"amount\":1e3}",
            "{\"amount\":\"40000000\"}",        // a number as text
            "{\"months\":36.0}",
            "{\"dueDate\":20240101}",           // a date as a number of days
            "{\"dueDate\":[2024,1,1]}",         // a date as an array
            "{\"dueDate\":\"2024-06-20T00:00:00\"}",
            "{\"dueDate\":\"20/06/2024\"}",
            "{\"flag\":1}",
            "{\"flag\":\"yes\"}",
            "{\"flag\":\"true\"}",
            "{\"title\":123}",                  // a number where text is expected
            "{\"title\":true}",
            "{\"kind\":0}",                     // an enum by its position
            "{\"kind\":\"\"}",
            "{\"amount\":1,\"amount\":\"x\"}",  // a key twice
            "{\"amount\":1} {}",                // something after the document
            "{\"amount\":99999999999999999999}" // beyond a long
    })
    void lenientInputIsRefused(String json) {
        assertThrows(JsonProcessingException.class, () -> read(json), json);
    }
}
