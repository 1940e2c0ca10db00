package vn.ct20.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Vietnamese names that reports print instead of codes: indicators with their unit of measure,
 * and markets (countries from the JDK's CLDR data, as plan-service names them; sub-national
 * destinations from the catalogue here). plan-service's tests hold its indicator and market tables
 * to these catalogues, so the two cannot drift apart.
 */
public final class ReferenceNames {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Map<String, Indicator> INDICATORS = new LinkedHashMap<>();
    private static final Map<String, String> SUBNATIONAL_MARKETS = new LinkedHashMap<>();

    private static final Map<String, Integer> INDICATOR_POSITIONS = new java.util.HashMap<>();

    static {
        read("indicators.tsv").forEach((code, fields) -> INDICATORS.put(code, new Indicator(code, fields[1], fields[2])));
        read("subnational-markets.tsv").forEach((code, fields) -> SUBNATIONAL_MARKETS.put(code, fields[1]));
        INDICATORS.keySet().forEach(code -> INDICATOR_POSITIONS.put(code, INDICATOR_POSITIONS.size()));
    }

    private ReferenceNames() {
    }

    /** An indicator: its Vietnamese name and unit of measure ("Người", "Lượt", "Đồng"). */
    public record Indicator(String code, String name, String unitOfMeasure) {
    }

    /** The indicator; an unknown code is named by its code, with no unit of measure. */
    public static Indicator indicator(String code) {
        return INDICATORS.getOrDefault(code, new Indicator(code, code, ""));
    }

    public static Map<String, Indicator> indicators() {
        return Map.copyOf(INDICATORS);
    }

    /** Orders indicator codes as the catalogue lists them (workers sent first); unknown codes after, by code. */
    public static final java.util.Comparator<String> INDICATOR_ORDER = java.util.Comparator
            .comparingInt((String code) -> INDICATOR_POSITIONS.getOrDefault(code, Integer.MAX_VALUE))
            .thenComparing(java.util.Comparator.naturalOrder());

    /** A market's Vietnamese name: "Nhật Bản", "Thành phố Sùng Tả, tỉnh Quảng Tây"; an unknown code stays as it is. */
    public static String market(String code) {
        String subnational = SUBNATIONAL_MARKETS.get(code);
        if (subnational != null) {
            return subnational;
        }
        if (code.length() == 2) {
            String name = new Locale("", code).getDisplayCountry(VIETNAMESE);
            if (!name.isEmpty() && !name.equals(code)) {
                return name;
            }
        }
        return code;
    }

    /** A tab-separated catalogue with a heading line, by its first field. */
    private static Map<String, String[]> read(String file) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = ReferenceNames.class.getResourceAsStream(file)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split("\t");
                    rows.put(fields[0], fields);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
