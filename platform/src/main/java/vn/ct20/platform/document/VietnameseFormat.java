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

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Orders names as a Vietnamese reader expects (Đ after D, tones after the plain letter). */
    public static final java.text.Collator COLLATOR = java.text.Collator.getInstance(VI);
    /** Common nouns that open names and labels ("Tỉnh Lạng Sơn", "Năm 2024"): lower case inside a sentence. */
    private static final java.util.regex.Pattern COMMON_NOUN = java.util.regex.Pattern.compile(
            "^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu|Chi nhánh|Phòng|Sở|Ủy ban|Năm|Quý|Tháng|Người|Lượt|Đồng)( .*)?$");
    /** Administrative prefixes a place name drops in the date line ("Tỉnh Lạng Sơn": "Lạng Sơn"). */
    private static final java.util.regex.Pattern PLACE_PREFIX = java.util.regex.Pattern.compile(
            "^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) (.+)$");
    /** Places named after a person keep their full name in the date line (Decree 30/2020, Appendix I). */
    private static final java.util.Set<String> NAMED_AFTER_PEOPLE = java.util.Set.of("Hồ Chí Minh");

    /**
     * A name or label as it reads inside a sentence: "trên địa bàn tỉnh Lạng Sơn", "kỳ báo cáo: năm 2024".
     * Only a leading common noun is lowered; a proper name ("Việt Nam") stays as it is.
     */
    public static String inSentence(String text) {
        if (text == null || !COMMON_NOUN.matcher(text).matches()) {
            return text == null ? "" : text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }

    /** "trên địa bàn tỉnh Lạng Sơn"; for the country, "trên phạm vi cả nước". */
    public static String overArea(String areaName) {
        // The country unit is "Việt Nam" or "Nước Cộng hòa xã hội chủ nghĩa Việt Nam".
        return areaName != null && areaName.endsWith("Việt Nam") ? "trên phạm vi cả nước" : "trên địa bàn " + inSentence(areaName);
    }

    /**
     * The place of the date line: the area's name without its administrative prefix ("Lạng Sơn",
     * "Phong Thổ"), except where the name is a number or a person's name ("Quận 1", "Thành phố Hồ Chí Minh").
     */
    public static String placeName(String areaName) {
        java.util.regex.Matcher m = PLACE_PREFIX.matcher(areaName);
        if (!m.matches() || m.group(2).matches("\\d+") || NAMED_AFTER_PEOPLE.contains(m.group(2))) {
            return areaName;
        }
        return m.group(2);
    }

    /** Upper case as Vietnamese writes it (đ → Đ). */
    public static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
