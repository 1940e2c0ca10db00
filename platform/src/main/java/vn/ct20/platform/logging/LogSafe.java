package vn.ct20.platform.logging;

import java.util.regex.Pattern;

/** Client-supplied text made safe for one log line: no line breaks or controls, no citizen IDs, bounded. */
public final class LogSafe {
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z.-])(\\d{9}|\\d{12})(?![0-9A-Za-z]|[.-][0-9])");

    private LogSafe() {
    }

    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String bounded = raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
        StringBuilder out = new StringBuilder(bounded.length());
        for (int i = 0; i < bounded.length(); i++) {
            char c = bounded.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return ID_NUMBER.matcher(out).replaceAll(m -> "*".repeat(m.group().length() - 3) + m.group().substring(m.group().length() - 3));
    }
}
