package vn.ct20.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators that targets (plan-service) and reports (report-service) measure: part of the
 * contract between them, like the event types. plan-service serves the catalogue with its names
 * (GET /api/v1/indicators) from a table a test keeps equal to this list.
 */
public enum Indicator {
    WORKERS_SENT(true),
    WORKERS_RETURNED(true),
    OUTREACH_SESSIONS(true),
    WORKERS_TRAINED(true),
    BORROWERS(true),
    LOANS_DISBURSED(true),
    PRINCIPAL_REPAID(true),
    LOANS_OUTSTANDING(true),
    LOANS_OVERDUE(true);

    private final boolean wholeNumber;

    Indicator(boolean wholeNumber) {
        this.wholeNumber = wholeNumber;
    }

    /** Values are non-negative integers (persons, sessions, VND). */
    public boolean wholeNumber() {
        return wholeNumber;
    }

    public static Optional<Indicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
