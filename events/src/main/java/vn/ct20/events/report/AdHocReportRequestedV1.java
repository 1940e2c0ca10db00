package vn.ct20.events.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ct20.report.ad-hoc-requested.v1}: a consolidating unit asked units below it
 * for an ad-hoc report. Key and subject: the request id.
 *
 * @param requestingUnitCode the unit that asked and will consolidate the answers
 * @param unitCodes          the units that must report
 * @param coversFrom         first day of the data asked for
 * @param coversTo           last day of the data asked for
 */
public record AdHocReportRequestedV1(
        UUID requestId,
        String title,
        String requestingUnitCode,
        LocalDate dueDate,
        LocalDate coversFrom,
        LocalDate coversTo,
        List<String> unitCodes) {
}
