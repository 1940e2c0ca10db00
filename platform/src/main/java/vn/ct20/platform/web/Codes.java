package vn.ct20.platform.web;

/** Patterns of the codes every API takes, for {@code @Pattern} on parameters and fields. */
public final class Codes {
    /** A unit: GSO code of a territory ({@code 20}, {@code 109}, {@code 03549}) or a body's code ({@code 20-SLDTBXH}). */
    public static final String UNIT = "[0-9A-Z][0-9A-Z_.-]{1,19}";

    /** A destination market: ISO 3166 code, or a sub-national one such as {@code CN-GX-CHONGZUO}. */
    public static final String MARKET = "[A-Z]{2}(-[A-Z0-9]{1,20}){0,2}";

    private Codes() {
    }
}
