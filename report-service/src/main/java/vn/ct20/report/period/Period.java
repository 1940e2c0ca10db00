package vn.ct20.report.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reporting period with a stable id and its data cut-off (Decree 09/2019/NĐ-CP, Art. 12):
 * figures run from the 15th of the month before the period to the 14th of its last month.
 * Due dates are not part of the period: each plan's reporting regime sets them.
 */
@Schema(name = "Period", description = "A reporting period and its Decree 09 data cut-off.", example = """
        {"id":"2024S1","kind":"HALF_YEAR","year":2024,"label":"6 tháng đầu năm 2024","cutOffFrom":"2023-12-15","cutOffTo":"2024-06-14"}""")
public record Period(
        @Schema(description = "Stable id: 2024 (year), 2024S1/2024S2 (half-years), 2024Q2 (quarter), 202406 (month)", example = "2024S1")
        String id,
        PeriodKind kind,
        int year,
        @Schema(description = "Vietnamese name of the period", example = "6 tháng đầu năm 2024")
        String label,
        @Schema(description = "First day of the data the report covers", example = "2023-12-15")
        LocalDate cutOffFrom,
        @Schema(description = "Last day of the data the report covers", example = "2024-06-14")
        LocalDate cutOffTo) {

    /** A period id of the supported years (2000–2100), so that an id outside them is refused as a 400 where it is taken. */
    public static final String ID_PATTERN = "(20\\d{2}|2100)(S[12]|Q[1-4]|(0[1-9]|1[0-2]))?";
    private static final Pattern ID = Pattern.compile("(\\d{4})(?:S([12])|Q([1-4])|(0[1-9]|1[0-2]))?");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** @throws IllegalArgumentException when {@code id} is not a period id in the supported years */
    public static Period parse(String id) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a period id (2024, 2024S1, 2024Q2, 202406)");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (m.group(2) != null) {
            return halfYear(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return quarter(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return month(year, Integer.parseInt(m.group(4)));
        }
        return year(year);
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), PeriodKind.YEAR, year, "Năm " + year,
                LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
    }

    public static Period halfYear(int year, int half) {
        LocalDate from = half == 1 ? LocalDate.of(year - 1, 12, 15) : LocalDate.of(year, 6, 15);
        LocalDate to = half == 1 ? LocalDate.of(year, 6, 14) : LocalDate.of(year, 12, 14);
        String label = (half == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
        return new Period(year + "S" + half, PeriodKind.HALF_YEAR, year, label, from, to);
    }

    public static Period quarter(int year, int quarter) {
        YearMonth last = YearMonth.of(year, quarter * 3);
        return new Period(year + "Q" + quarter, PeriodKind.QUARTER, year, "Quý " + roman(quarter) + " năm " + year,
                last.minusMonths(3).atDay(15), last.atDay(14));
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period("%04d%02d".formatted(year, month), PeriodKind.MONTH, year, "Tháng " + month + " năm " + year,
                ym.minusMonths(1).atDay(15), ym.atDay(14));
    }

    /** Every period of a year: the year, both halves, four quarters and twelve months. */
    public static List<Period> allOf(int year) {
        List<Period> periods = new ArrayList<>();
        periods.add(year(year));
        periods.add(halfYear(year, 1));
        periods.add(halfYear(year, 2));
        for (int q = 1; q <= 4; q++) {
            periods.add(quarter(year, q));
        }
        for (int m = 1; m <= 12; m++) {
            periods.add(month(year, m));
        }
        return periods;
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
