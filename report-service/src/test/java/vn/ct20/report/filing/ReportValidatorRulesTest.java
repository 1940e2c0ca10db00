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

    /**
     * Property: a total split by sex and, within each sex, by market in any amounts adds up and is
     * accepted; moving one worker in any one value makes a sum wrong and is refused.
     */
    @Test
    void anyCompleteSplitAddsUpAndAnyOneChangedValueIsCaught() {
        record Split(Map<String, BigDecimal> values, String oneChanged) {
        }
        vn.ct20.testkit.Generated.forAll(20_240_630L, random -> {
            long women = vn.ct20.testkit.Generated.between(random, 0L, 5_000L);
            long men = vn.ct20.testkit.Generated.between(random, 0L, 5_000L);
            long womenInJapan = vn.ct20.testkit.Generated.between(random, 0L, women);
            long menInJapan = vn.ct20.testkit.Generated.between(random, 0L, men);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("", BigDecimal.valueOf(women + men));
            values.put("sex=FEMALE", BigDecimal.valueOf(women));
            values.put("sex=MALE", BigDecimal.valueOf(men));
            values.put("market=JP", BigDecimal.valueOf(womenInJapan + menInJapan));
            values.put("market=KR", BigDecimal.valueOf(women - womenInJapan + men - menInJapan));
            values.put("market=JP;sex=FEMALE", BigDecimal.valueOf(womenInJapan));
            values.put("market=JP;sex=MALE", BigDecimal.valueOf(menInJapan));
            values.put("market=KR;sex=FEMALE", BigDecimal.valueOf(women - womenInJapan));
            values.put("market=KR;sex=MALE", BigDecimal.valueOf(men - menInJapan));
            String changed = List.copyOf(values.keySet()).get(random.nextInt(values.size()));
            return new Split(values, changed);
        }, c -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            ReportValidator.checkSums("WORKERS_SENT", c.values(), errors);
            assertEquals(List.of(), errors, c.values().toString());
            Map<String, BigDecimal> wrong = new LinkedHashMap<>(c.values());
            wrong.merge(c.oneChanged(), BigDecimal.ONE, BigDecimal::add);
            ReportValidator.checkSums("WORKERS_SENT", wrong, errors);
            assertTrue(!errors.isEmpty(), "one more worker in '" + c.oneChanged() + "' went unnoticed: " + wrong);
        });
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
