package vn.ct20.report.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decree 09/2019 data cut-offs, on their own: from the 15th of the month before to the 14th of the last month. */
class PeriodTest {

    @Test
    void theFirstHalfOf2024RunsFrom15December2023To14June2024() {
        Period half = Period.parse("2024S1");
        assertEquals(LocalDate.of(2023, 12, 15), half.cutOffFrom());
        assertEquals(LocalDate.of(2024, 6, 14), half.cutOffTo());
        assertEquals("6 tháng đầu năm 2024", half.label());
    }

    @Test
    void anIdOutsideTheSupportedYearsOrShapesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse("1999"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2024S3"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("202413"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }

    @Test
    void theHalvesQuartersAndMonthsOfEveryYearTileItsCutOffWithoutGapOrOverlap() {
        for (int year = Period.FIRST_YEAR; year <= Period.LAST_YEAR; year++) {
            tiles(year);
        }
    }

    private static void tiles(int year) {
        Period whole = Period.year(year);
        for (List<Period> parts : List.of(
                List.of(Period.halfYear(year, 1), Period.halfYear(year, 2)),
                List.of(Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3), Period.quarter(year, 4)),
                java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> Period.month(year, m)).toList())) {
            assertEquals(whole.cutOffFrom(), parts.get(0).cutOffFrom());
            assertEquals(whole.cutOffTo(), parts.get(parts.size() - 1).cutOffTo());
            for (int k = 1; k < parts.size(); k++) {
                assertEquals(parts.get(k - 1).cutOffTo().plusDays(1), parts.get(k).cutOffFrom(), parts.get(k).id());
            }
        }
        assertEquals(Period.year(year + 1).cutOffFrom(), whole.cutOffTo().plusDays(1), "one year's cut-off follows the last");
    }

    @Test
    void everyPeriodOfEveryYearReadsBackFromItsId() {
        for (int year = Period.FIRST_YEAR; year <= Period.LAST_YEAR; year++) {
            for (Period period : Period.allOf(year)) {
                assertEquals(period, Period.parse(period.id()));
            }
        }
    }
}
