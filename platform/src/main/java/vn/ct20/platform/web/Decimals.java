package vn.ct20.platform.web;

import java.math.BigDecimal;

/** Decimals as people write them in API responses. */
public final class Decimals {
    private Decimals() {
    }

    /** 5000.0000 as stored becomes 5000, 6.6000 becomes 6.6; never scientific notation such as 5E+3. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
