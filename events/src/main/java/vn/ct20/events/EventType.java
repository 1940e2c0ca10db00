package vn.ct20.events;

import java.util.Arrays;
import java.util.Optional;
import vn.ct20.events.loan.CapitalSourceChangedV1;
import vn.ct20.events.loan.LoanEventV1;
import vn.ct20.events.plan.PlanChangedV1;
import vn.ct20.events.plan.ReportingRegimeChangedV1;
import vn.ct20.events.plan.TargetChangedV1;
import vn.ct20.events.plan.TaskChangedV1;
import vn.ct20.events.report.AdHocReportRequestedV1;
import vn.ct20.events.report.ReportReminderV1;
import vn.ct20.events.report.ReportStatusChangedV1;
import vn.ct20.events.unit.UnitChangedV1;

/**
 * The catalogue of every event the suite publishes. A published type is never changed: a new
 * shape gets a new version ({@code .v2}) beside the old one. {@code EVENTS.md} documents each
 * entry, and a test fails when one is missing there.
 */
public enum EventType {
    UNIT_CHANGED_V1("ct20.unit.changed.v1", Topic.UNIT_EVENTS, UnitChangedV1.class,
            "An administrative unit or body was created or changed; carries its full latest state."),
    PLAN_CHANGED_V1("ct20.plan.changed.v1", Topic.PLAN_EVENTS, PlanChangedV1.class,
            "A plan was created, changed, issued, amended or closed; carries its full latest state with its budget lines."),
    TARGET_CHANGED_V1("ct20.plan.target-changed.v1", Topic.PLAN_EVENTS, TargetChangedV1.class,
            "A target of a plan was added or removed; carries its full state."),
    TASK_CHANGED_V1("ct20.plan.task-changed.v1", Topic.PLAN_EVENTS, TaskChangedV1.class,
            "A task or section of a plan was added, or its progress changed; carries its full state."),
    REPORTING_REGIME_CHANGED_V1("ct20.plan.reporting-regime-changed.v1", Topic.PLAN_EVENTS, ReportingRegimeChangedV1.class,
            "A reporting regime of a plan was added or removed; carries its full state."),
    AD_HOC_REPORT_REQUESTED_V1("ct20.report.ad-hoc-requested.v1", Topic.REPORT_EVENTS, AdHocReportRequestedV1.class,
            "A consolidating unit asked units below it for an ad-hoc report with its own due date."),
    REPORT_SUBMITTED_V1("ct20.report.submitted.v1", Topic.REPORT_EVENTS, ReportStatusChangedV1.class,
            "A unit submitted a report (a first submission or a new revision after a return or reopening)."),
    REPORT_ACCEPTED_V1("ct20.report.accepted.v1", Topic.REPORT_EVENTS, ReportStatusChangedV1.class,
            "The consolidating unit accepted a report; it is locked unless reopened."),
    REPORT_RETURNED_V1("ct20.report.returned.v1", Topic.REPORT_EVENTS, ReportStatusChangedV1.class,
            "The consolidating unit returned a report with a reason; the unit revises and resubmits it."),
    REPORT_DUE_SOON_V1("ct20.report.due-soon.v1", Topic.REPORT_EVENTS, ReportReminderV1.class,
            "A report not yet submitted is due within the configured number of days (once per obligation)."),
    REPORT_OVERDUE_V1("ct20.report.overdue.v1", Topic.REPORT_EVENTS, ReportReminderV1.class,
            "A report was not submitted by its due date (once per obligation)."),
    CAPITAL_SOURCE_CHANGED_V1("ct20.loan.capital-source-changed.v1", Topic.LOAN_EVENTS, CapitalSourceChangedV1.class,
            "A VBSP capital source was registered or changed; carries its full latest state."),
    LOAN_SUBMITTED_V1("ct20.loan.submitted.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "A loan application was submitted."),
    LOAN_APPROVED_V1("ct20.loan.approved.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "A loan was approved (by another user than the one who entered it); amount = the approved amount."),
    LOAN_APPROVAL_UNDONE_V1("ct20.loan.approval-undone.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "An approval was undone before any disbursement; the loan is submitted again."),
    LOAN_REJECTED_V1("ct20.loan.rejected.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "A loan application was rejected with a reason."),
    LOAN_WITHDRAWN_V1("ct20.loan.withdrawn.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "The applicant withdrew the application before disbursement."),
    LOAN_DISBURSED_V1("ct20.loan.disbursed.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "Money was paid out to the borrower (a tranche); amount = the tranche."),
    LOAN_REPAID_V1("ct20.loan.repaid.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "A repayment was received and allocated to overdue interest, interest, then principal."),
    LOAN_IMPORTED_V1("ct20.loan.imported.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "A loan the bank already held came in by import: what the old system collected, booked on a day (principal on its "
                    + "instalments' due dates, interest on the import's date); amount and its split, with the balance of that day."),
    LOAN_OVERDUE_V1("ct20.loan.overdue.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "Close of business found the loan overdue (an instalment or maturity passed unpaid), or a loan was imported that fell overdue before."),
    LOAN_BUCKET_CHANGED_V1("ct20.loan.bucket-changed.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "Close of business moved the loan into another delinquency bucket (or out of arrears: bucket null), or a loan was imported whose bucket changed before."),
    LOAN_CLOSED_V1("ct20.loan.closed.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "Everything owed was repaid; the loan is closed."),
    LOAN_WRITTEN_OFF_V1("ct20.loan.written-off.v1", Topic.LOAN_EVENTS, LoanEventV1.class,
            "The remaining debt was written off.");

    private final String type;
    private final Topic topic;
    private final Class<? extends Record> payloadType;
    private final String description;

    EventType(String type, Topic topic, Class<? extends Record> payloadType, String description) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
        this.description = description;
    }

    public String type() { return type; }
    public Topic topic() { return topic; }
    public Class<? extends Record> payloadType() { return payloadType; }
    public String description() { return description; }

    public static Optional<EventType> byType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
