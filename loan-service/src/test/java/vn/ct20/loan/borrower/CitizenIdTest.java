package vn.ct20.loan.borrower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ct20.testkit.Generated.between;
import static vn.ct20.testkit.Generated.forAll;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The citizen-ID rules of Circular 59/2021, on their own. */
class CitizenIdTest {

    @Test
    void aNumberThatFitsTheBorrowerIsAccepted() {
        // Lai Châu (012), a man born in the 20th century (0), in 1998.
        assertEquals(Optional.empty(), CitizenId.problem("012098000123", LocalDate.of(1998, 3, 14), CitizenId.Sex.MALE));
        // A woman born in the 21st century (3) in 2003.
        assertEquals(Optional.empty(), CitizenId.problem("001303000456", LocalDate.of(2003, 1, 2), CitizenId.Sex.FEMALE));
    }

    @Test
    void aTypingErrorIsNamedWithoutEchoingTheNumber() {
        assertEquals(Optional.of("must be 12 digits"), CitizenId.problem("01209800012", null, null));
        assertEquals(Optional.of("must be 12 digits"), CitizenId.problem("01209800012x", null, null));
        assertEquals(Optional.of("does not start with a province code"), CitizenId.problem("003098000123", null, null));
        assertEquals(Optional.of("does not match the year of birth"),
                CitizenId.problem("012098000123", LocalDate.of(1999, 3, 14), CitizenId.Sex.MALE));
        assertEquals(Optional.of("does not match the sex"),
                CitizenId.problem("012098000123", LocalDate.of(1998, 3, 14), CitizenId.Sex.FEMALE));
    }

    @Test
    void theFourthDigitGivesTheSexAndCenturyOfEveryBirthYearFrom1900To2299() {
        for (int year = 1900; year <= 2299; year++) {
            for (boolean female : new boolean[] {false, true}) {
                int digit = (year / 100 - 19) * 2 + (female ? 1 : 0);
                String id = "079" + digit + String.format("%02d", year % 100) + "123456";
                CitizenId.Sex sex = female ? CitizenId.Sex.FEMALE : CitizenId.Sex.MALE;
                assertEquals(Optional.empty(), CitizenId.problem(id, LocalDate.of(year, 6, 1), sex), id);
                assertTrue(CitizenId.problem(id, LocalDate.of(year + 1, 6, 1), sex).isPresent(), id);
            }
        }
    }

    @Test
    void aMaskShowsOnlyTheLastThreeDigits() {
        forAll(40001, r -> "012098" + String.format("%06d", between(r, 0, 999_999)), id -> {
            String masked = CitizenId.mask(id);
            assertEquals(id.length(), masked.length());
            assertEquals("*********" + id.substring(9), masked);
        });
    }
}
