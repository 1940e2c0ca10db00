package vn.ct20.plan.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text folded for search: "Phong Thổ" and "phong tho" match. */
public final class SearchText {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // Đ/đ is a letter of its own, not D with a mark, so NFD leaves it: map it first.
        String withoutD = text.replace('Đ', 'D').replace('đ', 'd');
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(withoutD, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
