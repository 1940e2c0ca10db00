package vn.ct20.platform.web;

import vn.ct20.platform.logging.LogSafe;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.problem.ProblemException;

/** The checks on raw JSON bodies that a mapped DTO cannot make: encoding, repeated keys, control characters. */
class StrictInputTest {
    private static ProblemException refused(byte[] body) {
        return assertThrows(ProblemException.class, () -> StrictInput.checkJson(body));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void cleanBodiesPass() {
        assertDoesNotThrow(() -> StrictInput.checkJson(utf8("{\"title\":\"Kế hoạch\\nthực hiện\\tChỉ thị 20\",\"n\":[1,2]}")));
    }

    @Test
    void aNulOrOtherControlCharacterIsRefusedNamingTheField() {
        ProblemException e = refused(utf8("{\"content\":{\"values\":[{\"note\":\"a\\u0000b\"}]}}"));
        assertEquals(400, e.status());
        assertEquals("content.values.0.note", e.errors().get(0).field());
        assertEquals("title", refused(utf8("{\"title\":\"\\u001b[31m\"}")).errors().get(0).field());
        assertEquals("title", refused(utf8("{\"title\":\"\\u0085\"}")).errors().get(0).field());
        assertEquals("title", refused(utf8("{\"title\":\"L\\ud800V\"}")).errors().get(0).field(), "a lone surrogate");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        ProblemException e = refused(utf8("{\"amount\":1,\"amount\":\"1.9\"}"));
        assertEquals("amount", e.errors().get(0).field());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEquals("body", refused(body).errors().get(0).field());
        assertEquals("body", refused(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}'}).errors().get(0).field());
    }

    @Test
    void controlCharactersAreFoundInPathsAndParameters() {
        assertEquals(true, StrictInput.hasControl("/api/v1/loans/\u0000", false));
        assertEquals(true, StrictInput.hasControl("a\r\nb", false));
        assertEquals(false, StrictInput.hasControl("a\r\nb", true));
        assertEquals(false, StrictInput.hasControl("Phong Thổ", false));
    }

    @Test
    void logLinesCannotBeForgedAndNeverShowACitizenId() {
        assertEquals("/x\\u000d\\u000aFAKE\\u2028\\u0085", LogSafe.text("/x\r\nFAKE\u2028\u0085"));
        assertEquals("/api/v1/borrowers/*********123", LogSafe.text("/api/v1/borrowers/012098000123"));
    }
}
