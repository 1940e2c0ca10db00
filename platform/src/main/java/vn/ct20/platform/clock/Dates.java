package vn.ct20.platform.clock;

import java.time.LocalDate;
import java.time.ZoneId;

/** The suite's calendar: Viet Nam's time zone and today in it. */
public final class Dates {
    /** Every date of the suite is a date in Viet Nam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    /** Today's date in Viet Nam, by the calendar. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
