package vn.ct20.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Before and after states in the audit trail never hold a citizen ID in clear. */
class AuditMaskTest {
    @Test
    void citizenIdsAreMaskedWhereverTheySit() throws Exception {
        JsonNode state = new ObjectMapper().readTree("""
                {"citizenId":"012098000123","note":"CCCD 012098000123 và CMND 123456789","amount":40000000,
                 "rows":[{"id":"012196000456"}],"code":"03549","spaced":"CCCD 012 098 000 123.",
                 "money":"100.000.000 đồng","date":"2024-06-20","uuid":"9239c02c-1a2b-4c3d-8e9f-60c965585188"}""");
        JsonNode masked = AuditTrail.mask(state);
        assertEquals("*********123", masked.get("citizenId").asText());
        assertEquals("CCCD *********123 và CMND ******789", masked.get("note").asText());
        assertEquals("*********456", masked.get("rows").get(0).get("id").asText());
        assertEquals(40000000, masked.get("amount").asLong());
        assertEquals("03549", masked.get("code").asText());
        assertEquals("CCCD ************123.", masked.get("spaced").asText());
        assertEquals(40000000, masked.get("amount").asLong(), "an amount of money is not an ID");
        assertEquals("100.000.000 đồng", masked.get("money").asText());
        assertEquals("2024-06-20", masked.get("date").asText());
        assertEquals("9239c02c-1a2b-4c3d-8e9f-60c965585188", masked.get("uuid").asText(), "an id is not a citizen ID");
    }
}
