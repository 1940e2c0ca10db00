package vn.ct20.report.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.problem.Problem;

/** The arithmetic rules of report validation, without the service around them. */
class ReportValidatorRulesTest {
    @Test
    void breakdownsMustAddUpToTheirParentsAtEveryLevel() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("", BigDecimal.valueOf(120));
        values.put("market=CN-GX-CHONGZUO", BigDecimal.valueOf(95));
        values.put("market=JP", BigDecimal.valueOf(25));
        values.put("market=JP;sex=FEMALE", BigDecimal.valueOf(10));
        values.put("market=JP;sex=MALE", BigDecimal.valueOf(15));
        values.put("sex=FEMALE", BigDecimal.valueOf(41));
        values.put("sex=MALE", BigDecimal.valueOf(79));
        List<Problem.FieldError> errors = new ArrayList<>();
        ReportValidator.checkSums("WORKERS_SENT", values, errors);
        assertEquals(List.of(), errors);

        values.put("market=JP;sex=MALE", BigDecimal.valueOf(14));
        values.put("sex=MALE", BigDecimal.valueOf(80));
        ReportValidator.checkSums("WORKERS_SENT", values, errors);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("by sex adds up to 24, not 'market=JP' of 25")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("by sex adds up to 121, not the total of 120")), errors.toString());

        // Women by market lists only Japan: an "of which", allowed below its parent, refused above it.
        errors.clear();
        values.put("market=JP;sex=MALE", BigDecimal.valueOf(15));
        values.put("sex=MALE", BigDecimal.valueOf(79));
        values.put("market=JP;sex=FEMALE", BigDecimal.valueOf(10));
        values.put("poorHousehold=true", BigDecimal.valueOf(30));
        ReportValidator.checkSums("WORKERS_SENT", values, errors);
        assertEquals(List.of(), errors);
        values.put("poorHousehold=true", BigDecimal.valueOf(130));
        ReportValidator.checkSums("WORKERS_SENT", values, errors);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("by poorHousehold (of which) adds up to 130, more than the total of 120"), errors.toString());
    }

    @Test
    void outliersAreJudgedAgainstEarlierPeriods() {
        List<BigDecimal> three = List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(110), BigDecimal.valueOf(90));
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(105), three).isEmpty());
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(400), three).orElseThrow().contains("standard deviations"));
        List<BigDecimal> two = List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(120));
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(230), two).isEmpty());
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(241), two).orElseThrow().contains("twice the highest"));
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(49), two).orElseThrow().contains("half the lowest"));
        assertTrue(ReportValidator.outlier(BigDecimal.valueOf(5000), List.of()).isEmpty());
    }
}
