package vn.ct20.report.filing;

import static vn.ct20.report.filing.Report.Status.ACCEPTED;
import static vn.ct20.report.filing.Report.Status.DRAFT;
import static vn.ct20.report.filing.Report.Status.REOPENED;
import static vn.ct20.report.filing.Report.Status.RETURNED;
import static vn.ct20.report.filing.Report.Status.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;

/**
 * The report's lifecycle, in one place: each transition, the states it starts from, the state it
 * leads to, the roles that may make it and whose unit they must act for (the reporting unit, or
 * the consolidating unit that reviews). Nothing else sets a report's status.
 *
 * <pre>
 *   DRAFT ─submit→ SUBMITTED ─accept→ ACCEPTED ─reopen→ REOPENED ─revise→ DRAFT
 *     ↑ edit           └─return→ RETURNED ─revise→ DRAFT
 * </pre>
 */
public enum ReportTransition {
    CREATE(EnumSet.noneOf(Report.Status.class), DRAFT, false, Roles.REPORTER, Roles.SYSTEM_ADMIN),
    EDIT(EnumSet.of(DRAFT), DRAFT, false, Roles.REPORTER, Roles.SYSTEM_ADMIN),
    REVISE(EnumSet.of(RETURNED, REOPENED), DRAFT, false, Roles.REPORTER, Roles.SYSTEM_ADMIN),
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, false, Roles.REPORTER, Roles.SYSTEM_ADMIN),
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED, true, Roles.CONSOLIDATOR, Roles.SYSTEM_ADMIN),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, true, Roles.CONSOLIDATOR, Roles.SYSTEM_ADMIN),
    REOPEN(EnumSet.of(ACCEPTED), REOPENED, true, Roles.CONSOLIDATOR, Roles.SYSTEM_ADMIN);

    private final Set<Report.Status> from;
    private final Report.Status to;
    private final boolean byConsolidatingUnit;
    private final String[] roles;

    ReportTransition(Set<Report.Status> from, Report.Status to, boolean byConsolidatingUnit, String... roles) {
        this.from = from;
        this.to = to;
        this.byConsolidatingUnit = byConsolidatingUnit;
        this.roles = roles;
    }

    /** The operation's name in the audit trail and idempotency records, e.g. {@code report.submit}. */
    public String operation() {
        return "report." + name().toLowerCase();
    }

    public String[] roles() {
        return roles.clone();
    }

    /** True when the consolidating unit makes it (a review); false when the reporting unit does. */
    public boolean byConsolidatingUnit() {
        return byConsolidatingUnit;
    }

    public boolean allowedFrom(Report.Status status) {
        return status == null ? from.isEmpty() : from.contains(status);
    }

    /** The change of content a reporter makes now: an edit of a draft, or a new revision of a returned or reopened report. */
    public static ReportTransition changeOf(Report report) {
        return report.status == DRAFT ? EDIT : REVISE;
    }

    /** Moves the report, or refuses (409) when the transition does not start from its state. */
    public void apply(Report report) {
        if (!allowedFrom(report.status)) {
            String hint = report.status == ACCEPTED && (this == EDIT || this == REVISE) ? "; the consolidating unit may reopen it" : "";
            throw ProblemException.conflict("A " + report.status.name().toLowerCase() + " report cannot be " + pastTense()
                    + "; only a " + from.stream().map(s -> s.name().toLowerCase()).collect(Collectors.joining(" or ")) + " one" + hint);
        }
        report.status = to;
    }

    private String pastTense() {
        return switch (this) {
            case CREATE -> "created";
            case EDIT, REVISE -> "changed";
            case SUBMIT -> "submitted";
            case ACCEPT -> "accepted";
            case RETURN -> "returned";
            case REOPEN -> "reopened";
        };
    }
}
