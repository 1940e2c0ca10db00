package vn.ct20.platform.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers and dates as Vietnamese documents write them: 153.459.000.000; 14,52; ngày 29 tháng 11 năm 2026. */
public final class VietnameseFormat {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseFormat() {
    }

    /** A whole number with dots between thousands. */
    public static String integer(Number value) {
        return format("#,##0", value);
    }

    /** A decimal with a comma and at most two places (half up). */
    public static String decimal(Number value) {
        return format("#,##0.##", value);
    }

    private static String format(String pattern, Number value) {
        // DecimalFormat is not thread-safe: one per call, it is cheap next to a document.
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }

    /** "ngày 29 tháng 11 năm 2026", "ngày 05 tháng 02 năm 2024": the date line of a document. */
    public static String dateInWords(LocalDate date) {
        // Decree 30/2020: days below 10 and months 1 and 2 are written with a leading 0.
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** "14/12/2024". */
    public static String date(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Upper case as Vietnamese writes it (đ → Đ). */
    public static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
