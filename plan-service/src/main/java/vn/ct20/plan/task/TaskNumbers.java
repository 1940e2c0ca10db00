package vn.ct20.plan.task;

import java.util.Comparator;
import java.util.Map;

/**
 * Orders task numbers as a document numbers them: "V.2" before "V.10", "IV" before "V", "a" before "b".
 * A number is dot-separated parts; Roman numerals (sections), Arabic numerals and letters each compare by their value.
 */
final class TaskNumbers {
    private static final Map<Character, Integer> ROMAN = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50);

    static final Comparator<String> ORDER = TaskNumbers::compare;

    private TaskNumbers() {
    }

    private static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int byPart = comparePart(a[i], b[i]);
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int comparePart(String a, String b) {
        long x = valueOf(a);
        long y = valueOf(b);
        if (x >= 0 && y >= 0 && x != y) {
            return Long.compare(x, y);
        }
        return a.compareTo(b);
    }

    /** The part's numeric value (Arabic or Roman), or -1 when it is neither. */
    private static long valueOf(String part) {
        if (part.matches("[0-9]{1,9}")) {
            return Long.parseLong(part);
        }
        if (!part.matches("[IVXL]+")) {
            return -1;
        }
        long total = 0;
        for (int i = 0; i < part.length(); i++) {
            int value = ROMAN.get(part.charAt(i));
            boolean subtract = i + 1 < part.length() && ROMAN.get(part.charAt(i + 1)) > value;
            total += subtract ? -value : value;
        }
        return total;
    }
}
