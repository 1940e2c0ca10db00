package vn.ct20.platform.clock;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;

/** The suite's calendar: Viet Nam's time zone, and dates as native queries give them back. */
public final class Dates {
    /** Every date of the suite is a date in Viet Nam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    /** Today's date in Viet Nam, by the calendar. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A date column as a native query returns it: a {@code LocalDate}, or a {@code java.sql.Date} on some drivers' paths. */
    public static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
