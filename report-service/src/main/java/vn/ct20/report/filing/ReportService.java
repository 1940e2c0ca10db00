package vn.ct20.report.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.events.report.ReportStatusChangedV1;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;
import vn.ct20.report.obligation.Obligation;
import vn.ct20.report.obligation.ObligationService;
import vn.ct20.report.obligation.Timeliness;
import vn.ct20.report.loanfigures.LoanFigures;

/**
 * The report lifecycle. The reporting unit writes and submits (draft → submitted); the
 * consolidating unit accepts or returns it with a reason, and may reopen an accepted one. A
 * returned or reopened report is revised as a new revision; earlier revisions stay readable.
 */
@ApplicationScoped
public class ReportService {
    @Inject
    ReportRepository reports;

    @Inject
    ReportRevisionRepository revisions;

    @Inject
    ObligationService obligations;

    @Inject
    ReportValidator validator;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDate businessDate;

    @Inject
    Outbox outbox;

    @Inject
    WritePipeline pipeline;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    LoanFigures loanFigures;

    /** Starts the report of an obligation, as a draft. */
    public ReportDtos.ReportView create(ReportDtos.CreateReport command) {
        return create(command.obligationId(), obligation -> command.content());
    }

    /** One command for every way a report starts: the content is made once the caller may write for the obligation's unit. */
    private ReportDtos.ReportView create(UUID obligationId, java.util.function.Function<Obligation, ReportContent> contentOf) {
        return pipeline.run(WriteCommand.of(ReportTransition.CREATE.operation(), ReportDtos.ReportView.class)
                .roles(ReportTransition.CREATE.roles())
                .actingOn(businessDate.today())
                .on("obligation", obligationId, () -> {
                    Obligation obligation = obligations.find(obligationId);
                    return new WriteCommand.Ownership(obligation.unitCode, obligation.dataDate(), null);
                })
                .creates("report", ReportDtos.ReportView::id)
                .status(201)
                .handler(() -> {
                    Obligation obligation = obligations.find(obligationId);
                    ReportContent content = contentOf.apply(obligation);
                    validate(obligation, content);
                    if (reports.existsFor(obligation.id)) {
                        throw ProblemException.conflict("This obligation already has a report; change it with PUT /api/v1/reports/{id}");
                    }
                    Instant now = Instant.now();
                    Report report = new Report();
                    report.id = UUID.randomUUID();
                    report.obligationId = obligation.id;
                    report.unitCode = obligation.unitCode;
                    ReportTransition.CREATE.apply(report);
                    report.revision = 1;
                    report.createdAt = now;
                    report.updatedAt = now;
                    reports.persist(report);
                    ReportRevision revision = newRevision(report, content);
                    reports.flush();
                    return view(report, revision, obligation, true);
                })).result();
    }

    /** The kinds of the bank's bodies, whose reports can be started from the loan figures of their territory. */
    private static final List<String> BANK_BODIES = List.of("VBSP_OFFICE", "VBSP_BRANCH", "VBSP_HEAD_OFFICE");

    /**
     * Starts a bank body's report (Circular 01/2020) with the figures report-service already holds from
     * loan-service's events: for the territory the body serves (its parent: a district, a province, the
     * country), over the obligation's data dates, loans disbursed (BORROWERS), money disbursed, principal
     * repaid, and principal outstanding and overdue at the end, in all and per destination market. The
     * draft goes through the same command as any report; the body reviews it and submits it.
     */
    public ReportDtos.ReportView createFromLoanFigures(UUID obligationId) {
        return create(obligationId, this::loanFiguresOf);
    }

    private ReportContent loanFiguresOf(Obligation obligation) {
        LocalDate at = obligation.cutOffTo;
        if (BANK_BODIES.stream().noneMatch(kind -> hierarchy.existsAs(obligation.unitCode, kind, at))) {
            throw ProblemException.unprocessable("Only the bank's bodies report from the loan figures",
                    List.of(new Problem.FieldError("obligationId", "'" + obligation.unitCode + "' is not a VBSP office, branch or head office")));
        }
        List<String> above = hierarchy.selfAndAncestors(obligation.unitCode, at);
        String territory = above.size() > 1 ? above.get(1) : obligation.unitCode;
        LoanFigures.Figures figures = loanFigures.of(List.copyOf(hierarchy.subtree(territory).codes()), obligation.cutOffFrom, obligation.cutOffTo);
        List<ReportContent.IndicatorValue> values = new ArrayList<>();
        addLine(values, null, figures.total());
        figures.byMarket().forEach(line -> addLine(values, line.marketCode(), line));
        return new ReportContent(List.of(), values, null, null);
    }

    private static void addLine(List<ReportContent.IndicatorValue> values, String market, LoanFigures.Line line) {
        ReportContent.Breakdown breakdown = market == null ? null : new ReportContent.Breakdown(market, null, null, null, null);
        long[] figures = {line.loansDisbursed(), line.disbursed(), line.principalRepaid(), line.outstanding(), line.overdue()};
        String[] indicators = {"BORROWERS", "LOANS_DISBURSED", "PRINCIPAL_REPAID", "LOANS_OUTSTANDING", "LOANS_OVERDUE"};
        for (int i = 0; i < indicators.length; i++) {
            values.add(new ReportContent.IndicatorValue(indicators[i], breakdown, java.math.BigDecimal.valueOf(figures[i])));
        }
    }

    /** A change of an existing report through the write pipeline: who may make it, and for which unit, follow from the transition. */
    private WritePipeline.Outcome<ReportDtos.ReportView> change(ReportTransition transition, UUID id, String idempotencyKey,
                                                               java.util.function.BiFunction<Report, Obligation, ReportDtos.ReportView> rule) {
        return pipeline.run(WriteCommand.of(transition.operation(), ReportDtos.ReportView.class)
                .roles(transition.roles())
                .actingOn(businessDate.today())
                .on("report", id, () -> {
                    Report report = lock(id);
                    Obligation obligation = obligations.find(report.obligationId);
                    String unit = transition.byConsolidatingUnit() ? obligation.consolidatingUnitCode : obligation.unitCode;
                    return new WriteCommand.Ownership(unit, obligation.dataDate(), java.util.Map.of("status", report.status.name(),
                            "revision", report.revision));
                })
                .idempotent(idempotencyKey, id)
                .handler(() -> {
                    Report report = reports.findById(id);
                    return rule.apply(report, obligations.find(report.obligationId));
                }));
    }

    public ReportDtos.ReportView update(UUID id, String ifMatch, ReportContent content) {
        Report current = find(id);
        return change(ReportTransition.changeOf(current), id, null, (report, obligation) -> {
            ETags.requireMatch(ifMatch, report.version);
            ReportTransition transition = ReportTransition.changeOf(report);
            transition.apply(report);
            validate(obligation, content);
            ReportRevision revision;
            if (transition == ReportTransition.EDIT) {
                revision = current(report);
                revision.content = content;
                revisions.replaceValues(revision.id, content.values());
            } else {
                report.revision++;
                revision = newRevision(report, content);
            }
            report.updatedAt = Instant.now();
            reports.flush();
            return view(report, revision, obligation, true);
        }).result();
    }

    /** Submits the current draft, dated with the business date; an Idempotency-Key makes a retry return the first answer. */
    public WritePipeline.Outcome<ReportDtos.ReportView> submit(UUID id, String idempotencyKey) {
        return change(ReportTransition.SUBMIT, id, idempotencyKey, (report, obligation) -> {
            ReportTransition.SUBMIT.apply(report);
            ReportRevision revision = current(report);
            validate(obligation, revision.content);
            LocalDate today = businessDate.today();
            revision.status = Report.Status.SUBMITTED;
            revision.submittedOn = today;
            revision.submittedAt = Instant.now();
            revision.submittedBy = user.subject();
            if (report.firstSubmittedOn == null) {
                report.firstSubmittedOn = today;
            }
            report.updatedAt = Instant.now();
            reports.flush();
            publish(EventType.REPORT_SUBMITTED_V1, report, obligation, null);
            return view(report, revision, obligation, true);
        });
    }

    public ReportDtos.ReportView accept(UUID id, String ifMatch) {
        return review(ReportTransition.ACCEPT, id, ifMatch, null, EventType.REPORT_ACCEPTED_V1);
    }

    public ReportDtos.ReportView returnForRevision(UUID id, String ifMatch, String reason) {
        return review(ReportTransition.RETURN, id, ifMatch, reason, EventType.REPORT_RETURNED_V1);
    }

    public ReportDtos.ReportView reopen(UUID id, String ifMatch, String reason) {
        return review(ReportTransition.REOPEN, id, ifMatch, reason, null);
    }

    private ReportDtos.ReportView review(ReportTransition transition, UUID id, String ifMatch, String reason, EventType event) {
        return change(transition, id, null, (report, obligation) -> {
            ETags.requireMatch(ifMatch, report.version);
            transition.apply(report);
            ReportRevision revision = current(report);
            revision.status = report.status;
            revision.reviewedAt = Instant.now();
            revision.reviewedBy = user.subject();
            revision.reviewReason = reason == null ? null : reason.trim();
            report.updatedAt = Instant.now();
            reports.flush();
            if (event != null) {
                publish(event, report, obligation, revision.reviewReason);
            }
            return view(report, revision, obligation, false);
        }).result();
    }

    @Transactional
    public ReportDtos.ReportView get(UUID id) {
        Report report = find(id);
        Obligation obligation = obligations.find(report.obligationId);
        requireReader(id, obligation);
        return view(report, current(report), obligation, report.isEditable());
    }

    @Transactional
    public List<ReportDtos.RevisionView> revisions(UUID id) {
        Report report = find(id);
        requireReader(id, obligations.find(report.obligationId));
        return revisions.ofReport(id).stream().map(ReportDtos.RevisionView::of).toList();
    }

    static final Sorting SORTING = Sorting.by("-cutOffFrom", "o.unitCode, r.id",
            "cutOffFrom", "o.cutOffFrom", "dueDate", "o.dueDate", "unitCode", "o.unitCode", "periodId", "o.periodId", "status", "r.status",
            "firstSubmittedOn", "r.firstSubmittedOn", "updatedAt", "r.updatedAt");

    /** Reports of units in the caller's scope, or sent to a consolidating unit in it. */
    @Transactional
    public Page<ReportDtos.ReportView> list(String unitCode, String periodId, Report.Status status, PageRequest page) {
        LocalDate today = businessDate.today();
        Page<ReportRepository.Filed> rows = reports.page(QueryFilter.from("Report r, Obligation o").and("o.id = r.obligationId")
                // The same rule as a read by id: the reporting or the consolidating unit in scope on the obligation's date.
                .visibleAt(scope.visibility(), "coalesce(o.dueDate, o.cutOffTo)", "o.unitCode", "o.consolidatingUnitCode")
                .and("o.unitCode = :unit", "unit", unitCode)
                .and("o.periodId = :period", "period", periodId)
                .and("r.status = :status", "status", status), SORTING.orderBy(page), page);
        return rows.map(row -> ReportDtos.ReportView.of(row.report(), current(row.report()), row.obligation(), today, List.of()));
    }

    /** ETag of the report, for If-Match on the next change. */
    @Transactional
    public long version(UUID id) {
        return find(id).version;
    }

    private void validate(Obligation obligation, ReportContent content) {
        List<Problem.FieldError> errors = validator.errors(obligation, content);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The report's content does not hold together", errors);
        }
    }

    /** Readable by the reporting unit's scope and the consolidating unit's, at the obligation's date; to anyone else it does not exist. */
    private void requireReader(UUID reportId, Obligation obligation) {
        if (!scope.covers(obligation.unitCode, obligation.dataDate()) && !scope.covers(obligation.consolidatingUnitCode, obligation.dataDate())) {
            throw ProblemException.notFound("Report", reportId);
        }
    }

    private Report find(UUID id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Report", id));
    }

    private Report lock(UUID id) {
        return reports.lockedById(id).orElseThrow(() -> ProblemException.notFound("Report", id));
    }

    private ReportRevision current(Report report) {
        return revisions.revision(report.id, report.revision);
    }

    private ReportRevision newRevision(Report report, ReportContent content) {
        ReportRevision revision = new ReportRevision();
        revision.id = UUID.randomUUID();
        revision.reportId = report.id;
        revision.revision = report.revision;
        revision.status = Report.Status.DRAFT;
        revision.content = content;
        revision.createdBy = user.subject();
        revision.createdAt = Instant.now();
        revisions.persist(revision);
        revisions.flush();
        revisions.insertValues(revision.id, content.values());
        return revision;
    }

    private ReportDtos.ReportView view(Report report, ReportRevision revision, Obligation obligation, boolean withWarnings) {
        List<ReportValidator.Warning> warnings = withWarnings ? validator.warnings(obligation, revision.content) : List.of();
        return ReportDtos.ReportView.of(report, revision, obligation, businessDate.today(), warnings);
    }

    private void publish(EventType type, Report report, Obligation obligation, String reason) {
        Timeliness timeliness = Timeliness.of(obligation.dueDate, report.firstSubmittedOn, businessDate.today());
        Boolean onTime = obligation.dueDate == null || report.firstSubmittedOn == null ? null : timeliness == Timeliness.ON_TIME;
        outbox.publish(type, report.id.toString(), new ReportStatusChangedV1(report.id, obligation.id, obligation.unitCode,
                obligation.consolidatingUnitCode, obligation.planId, obligation.periodId, obligation.regimeId, obligation.adHocRequestId,
                report.status.name(), report.revision, obligation.dueDate, report.firstSubmittedOn, onTime, reason));
    }
}
