package vn.ct20.loan.borrower;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 12-digit citizen identity number (căn cước công dân, Circular 59/2021/TT-BCA Art. 7): the
 * birth province's code (3 digits), a digit for sex and century of birth, the last two digits of
 * the year of birth, then six random digits. A number that contradicts the borrower's sex or year
 * of birth is a typing error. The number itself is never put in a message, a log line or an event.
 */
public final class CitizenId {
    /** Province codes of birth registration used in citizen IDs. */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017",
            "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044",
            "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074",
            "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private CitizenId() {
    }

    /** Why the number cannot be this borrower's, or empty when it can. */
    public static Optional<String> problem(String id, LocalDate dateOfBirth, Sex sex) {
        if (id == null || !id.matches("\\d{12}")) {
            return Optional.of("must be 12 digits");
        }
        if (!PROVINCES.contains(id.substring(0, 3))) {
            return Optional.of("does not start with a province code");
        }
        int centuryAndSex = id.charAt(3) - '0';
        if (centuryAndSex > 9) {
            return Optional.of("has no valid sex and century digit");
        }
        int century = 1900 + (centuryAndSex / 2) * 100;
        Sex sexInId = centuryAndSex % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        int year = century + Integer.parseInt(id.substring(4, 6));
        if (dateOfBirth != null && year != dateOfBirth.getYear()) {
            return Optional.of("does not match the year of birth");
        }
        if (sex != null && sexInId != sex) {
            return Optional.of("does not match the sex");
        }
        return Optional.empty();
    }

    /** All but the last three digits hidden: ●●●●●●●●●123. */
    public static String mask(String id) {
        return id == null ? null : "*".repeat(id.length() - 3) + id.substring(id.length() - 3);
    }

    public enum Sex { MALE, FEMALE }
}
