package vn.ct20.report.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.problem.ProblemException;

/** The report's state machine, transition by transition. */
class ReportTransitionTest {
    private static final Map<ReportTransition, Set<Report.Status>> ALLOWED = Map.of(
            ReportTransition.EDIT, EnumSet.of(Report.Status.DRAFT),
            ReportTransition.REVISE, EnumSet.of(Report.Status.RETURNED, Report.Status.REOPENED),
            ReportTransition.SUBMIT, EnumSet.of(Report.Status.DRAFT),
            ReportTransition.ACCEPT, EnumSet.of(Report.Status.SUBMITTED),
            ReportTransition.RETURN, EnumSet.of(Report.Status.SUBMITTED),
            ReportTransition.REOPEN, EnumSet.of(Report.Status.ACCEPTED));

    @Test
    void eachTransitionMovesOnlyFromItsStates() {
        ALLOWED.forEach((transition, from) -> {
            for (Report.Status status : Report.Status.values()) {
                Report report = new Report();
                report.status = status;
                if (from.contains(status)) {
                    transition.apply(report);
                } else {
                    assertEquals(409, assertThrows(ProblemException.class, () -> transition.apply(report)).status());
                    assertEquals(status, report.status);
                }
            }
        });
        Report fresh = new Report();
        ReportTransition.CREATE.apply(fresh);
        assertEquals(Report.Status.DRAFT, fresh.status);
    }

    @Test
    void reportersWriteAndTheConsolidatingUnitReviews() {
        for (ReportTransition transition : ReportTransition.values()) {
            boolean review = transition == ReportTransition.ACCEPT || transition == ReportTransition.RETURN || transition == ReportTransition.REOPEN;
            assertEquals(review, transition.byConsolidatingUnit(), transition.name());
            assertTrue(Set.of(transition.roles()).contains(review ? "CONSOLIDATOR" : "REPORTER"), transition.name());
            assertFalse(Set.of(transition.roles()).contains(review ? "REPORTER" : "CONSOLIDATOR"), transition.name());
        }
    }

    @Test
    void aReportersChangeIsAnEditOfADraftOrARevisionOfAReturnedOne() {
        Report report = new Report();
        report.status = Report.Status.DRAFT;
        assertEquals(ReportTransition.EDIT, ReportTransition.changeOf(report));
        report.status = Report.Status.RETURNED;
        assertEquals(ReportTransition.REVISE, ReportTransition.changeOf(report));
    }
}
