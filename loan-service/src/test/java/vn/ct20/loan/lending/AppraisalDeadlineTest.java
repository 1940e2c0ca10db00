package vn.ct20.loan.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decree 61/2015 Art. 40: a decision within 10 working days of the application. */
class AppraisalDeadlineTest {
    @Test
    void workingDaysSkipWeekends() {
        LocalDate submitted = LocalDate.of(2024, 1, 10); // a Wednesday
        assertEquals(10, LoanService.workingDaysBetween(submitted, LocalDate.of(2024, 1, 24)));
        assertEquals(11, LoanService.workingDaysBetween(submitted, LocalDate.of(2024, 1, 25)));
        assertEquals(0, LoanService.workingDaysBetween(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 14))); // Friday to Sunday
        assertEquals(true, LoanService.workingDaysBetween(submitted, LocalDate.of(2024, 1, 25)) > LoanService.APPRAISAL_WORKING_DAYS);
    }
}
