package vn.ct20.plan.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNumbersTest {
    @Test
    void numbersSortAsTheDocumentNumbersThem() {
        List<String> shuffled = List.of("V.10", "V.2", "IX", "V", "IV.1.b", "V.1.a", "IV", "V.1", "IV.1.a", "V.9.e", "IV.1", "II.3.e", "III.1");
        assertEquals(List.of("II.3.e", "III.1", "IV", "IV.1", "IV.1.a", "IV.1.b", "V", "V.1", "V.1.a", "V.2", "V.9.e", "V.10", "IX"),
                shuffled.stream().sorted(TaskNumbers.ORDER).toList());
    }
}
