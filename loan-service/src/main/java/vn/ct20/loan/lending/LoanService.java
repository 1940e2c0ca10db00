package vn.ct20.loan.lending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.events.loan.LoanEventV1;
import vn.ct20.loan.borrower.Borrower;
import vn.ct20.loan.borrower.BorrowerService;
import vn.ct20.loan.capital.CapitalAllocations;
import vn.ct20.loan.policy.LoanPolicy;
import vn.ct20.loan.policy.PolicyEvaluation;
import vn.ct20.loan.policy.PolicyService;
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
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

/** The loan lifecycle and the money that moves: submission, maker-checker approval, disbursement, repayment. */
@ApplicationScoped
public class LoanService {
    /** Decree 61/2015 Art. 40: a decision within 10 working days of a complete application. */
    static final int APPRAISAL_WORKING_DAYS = 10;

    @Inject
    LoanRepository loans;

    @Inject
    BorrowerService borrowers;

    @Inject
    LoanLedger ledger;

    @Inject
    PolicyService policies;

    @Inject
    CapitalAllocations allocations;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    BusinessDate businessDate;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    WritePipeline pipeline;

    /** A new application, checked against the policy in force on the business date. */
    public WritePipeline.Outcome<LoanDtos.LoanView> submit(LoanDtos.Application application) {
        LocalDate today = businessDate.today();
        Borrower borrower = visibleBorrower(application.borrowerId());
        return pipeline.run(WriteCommand.of(LoanTransition.SUBMIT.operation(), LoanDtos.LoanView.class)
                .roles(LoanTransition.SUBMIT.roles())
                .actingOn(businessDate.today())
                .creating("loan", borrower == null ? null : borrower.communeCode, today, LoanDtos.LoanView::id)
                .status(201)
                .handler(() -> {
                    List<Problem.FieldError> errors = new ArrayList<>();
                    if (borrower == null) {
                        errors.add(new Problem.FieldError("borrowerId", "no such borrower"));
                    } else {
                        errors.addAll(checkPolicy(new PolicyEvaluation.Request(borrower.category, application.product(),
                                application.amountRequested(), application.contractCost(), application.termMonths(),
                                application.contractTermMonths()), application.collateral(), today).errors());
                        if (!allocations.servesArea(application.capitalSourceId(), borrower.communeCode, today)) {
                            // The same answer for a source of another area as for none at all.
                            errors.add(new Problem.FieldError("capitalSourceId", "no such capital source"));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.unprocessable("The application does not meet the lending policy in force on " + today, errors);
                    }
                    Loan loan = newLoan(borrower, application.product(), application.marketCode(), application.enterpriseName(),
                            application.contractNumber(), application.contractTermMonths(), application.contractCost(),
                            application.amountRequested(), application.termMonths(), application.repaymentEveryMonths(),
                            application.capitalSourceId(), application.collateral(), today, user.subject());
                    loans.persist(loan);
                    publish(EventType.LOAN_SUBMITTED_V1, loan, loan.amountRequested, null);
                    return view(loan);
                }));
    }

    /** The borrower, if it exists and lies in the caller's scope at its registration; otherwise null, with no difference between the two. */
    private Borrower visibleBorrower(UUID id) {
        Borrower borrower = id == null ? null : borrowers.find(id).orElse(null);
        return borrower != null && scope.covers(borrower.communeCode, borrower.residentOn) ? borrower : null;
    }

    private Loan newLoan(Borrower borrower, vn.ct20.loan.policy.LoanProduct product, String marketCode, String enterpriseName,
                         String contractNumber, Integer contractTermMonths, Long contractCost, long amount, int termMonths,
                         Integer repaymentEveryMonths, UUID capitalSourceId, String collateral, LocalDate submittedOn, String by) {
        Loan loan = new Loan();
        loan.id = UUID.randomUUID();
        loan.borrowerId = borrower.id;
        loan.product = product;
        loan.category = borrower.category;
        loan.communeCode = borrower.communeCode;
        Map<String, String> above = unitsAbove(borrower.communeCode, submittedOn);
        loan.districtCode = above.get("DISTRICT");
        loan.provinceCode = above.get("PROVINCE");
        loan.marketCode = marketCode;
        loan.enterpriseName = enterpriseName.trim();
        loan.contractNumber = contractNumber.trim();
        loan.contractTermMonths = contractTermMonths;
        loan.contractCost = contractCost;
        loan.amountRequested = amount;
        loan.termMonths = termMonths;
        loan.repaymentEveryMonths = repaymentEveryMonths == null ? termMonths : repaymentEveryMonths;
        loan.capitalSourceId = capitalSourceId;
        loan.collateral = collateral == null || collateral.isBlank() ? null : collateral.trim();
        LoanTransition.SUBMIT.apply(loan);
        loan.submittedOn = submittedOn;
        loan.submittedBy = by;
        loan.createdAt = Instant.now();
        return loan;
    }

    /** What the policy in force says of a loan, and what it refuses (empty when the loan meets it). */
    private record PolicyCheck(PolicyEvaluation evaluation, List<Problem.FieldError> errors) {
    }

    /**
     * The policy in force on {@code date} applied to a loan, plus its collateral rule: the one check
     * made at submission (on what is asked) and again at approval (on what is approved, on that day).
     */
    private PolicyCheck checkPolicy(PolicyEvaluation.Request request, String collateral, LocalDate date) {
        PolicyEvaluation evaluation = policies.evaluate(date, request);
        List<Problem.FieldError> errors = new ArrayList<>(evaluation.violations());
        if (evaluation.collateralRequired() && (collateral == null || collateral.isBlank())) {
            errors.add(new Problem.FieldError("collateral", "a loan of " + request.amount() + " VND needs collateral under the policy in force"));
        }
        return new PolicyCheck(evaluation, errors);
    }

    /** A change of an existing loan through the write pipeline: role from the transition, scope at the loan's submission. */
    private WriteCommand<LoanDtos.LoanView> change(LoanTransition transition, UUID id, String ifMatch, java.util.function.Consumer<Loan> rule) {
        return WriteCommand.of(transition.operation(), LoanDtos.LoanView.class)
                .roles(transition.roles())
                .actingOn(businessDate.today())
                .on("loan", id, () -> ownership(id))
                .handler(() -> {
                    Loan loan = loans.findById(id);
                    vn.ct20.platform.web.ETags.requireMatch(ifMatch, loan.version);
                    rule.accept(loan);
                    loans.flush();
                    return view(loan);
                });
    }

    /** Locks the loan for a change and says whose it is: the borrower's commune, at the loan's submission. */
    private WriteCommand.Ownership ownership(UUID id) {
        Loan loan = loans.lockedById(id).orElse(null);
        if (loan == null) {
            throw ProblemException.notFound("Loan", id);
        }
        return new WriteCommand.Ownership(loan.communeCode, loan.submittedOn, loan);
    }

    /** Approval by a different user than the one who entered the application (maker-checker), under the policy in force today. */
    public WritePipeline.Outcome<LoanDtos.LoanView> approve(UUID id, String ifMatch, Long approvedAmount) {
        return pipeline.run(change(LoanTransition.APPROVE, id, ifMatch, loan -> {
            if (loan.submittedBy.equals(user.subject())) {
                throw ProblemException.forbidden("The user who entered the application may not approve it (maker-checker)");
            }
            long amount = approvedAmount == null ? loan.amountRequested : approvedAmount;
            if (amount > loan.amountRequested) {
                throw ProblemException.unprocessable("More than requested", List.of(new Problem.FieldError("approvedAmount",
                        "at most the " + loan.amountRequested + " VND requested")));
            }
            LocalDate today = businessDate.today();
            PolicyCheck check = checkPolicy(new PolicyEvaluation.Request(loan.category, loan.product, amount, loan.contractCost,
                    loan.termMonths, loan.contractTermMonths), loan.collateral, today);
            if (!check.errors().isEmpty()) {
                throw ProblemException.unprocessable("The loan does not meet the lending policy in force on " + today, check.errors());
            }
            PolicyEvaluation evaluation = check.evaluation();
            LoanTransition.APPROVE.apply(loan);
            loan.approvedAmount = amount;
            loan.approvedOn = today;
            loan.approvedBy = user.subject();
            loan.appraisalLate = workingDaysBetween(loan.submittedOn, today) > APPRAISAL_WORKING_DAYS;
            loan.policyId = evaluation.policyId();
            loan.annualRatePercent = evaluation.annualRatePercent();
            loan.overdueRateFactor = policies.inForce(today).overdueRateFactor;
            publish(EventType.LOAN_APPROVED_V1, loan, amount, null);
        }));
    }

    public WritePipeline.Outcome<LoanDtos.LoanView> undoApproval(UUID id, String ifMatch) {
        return pipeline.run(change(LoanTransition.UNDO_APPROVAL, id, ifMatch, loan -> {
            LoanTransition.UNDO_APPROVAL.apply(loan);
            loan.approvedAmount = null;
            loan.approvedOn = null;
            loan.approvedBy = null;
            loan.appraisalLate = null;
            loan.policyId = null;
            loan.annualRatePercent = null;
            loan.overdueRateFactor = null;
            publish(EventType.LOAN_APPROVAL_UNDONE_V1, loan, null, null);
        }));
    }

    public WritePipeline.Outcome<LoanDtos.LoanView> reject(UUID id, String ifMatch, String reason) {
        return pipeline.run(change(LoanTransition.REJECT, id, ifMatch, loan -> {
            LoanTransition.REJECT.apply(loan);
            loan.decisionReason = reason.trim();
            publish(EventType.LOAN_REJECTED_V1, loan, null, null);
        }));
    }

    public WritePipeline.Outcome<LoanDtos.LoanView> withdraw(UUID id, String ifMatch, String reason) {
        return pipeline.run(change(LoanTransition.WITHDRAW, id, ifMatch, loan -> {
            LoanTransition.WITHDRAW.apply(loan);
            loan.decisionReason = reason.trim();
            publish(EventType.LOAN_WITHDRAWN_V1, loan, null, null);
        }));
    }

    public WritePipeline.Outcome<LoanDtos.LoanView> writeOff(UUID id, String ifMatch, String reason) {
        return pipeline.run(change(LoanTransition.WRITE_OFF, id, ifMatch, loan -> {
            LoanTransition.WRITE_OFF.apply(loan);
            loan.decisionReason = reason.trim();
            loan.closedOn = businessDate.today();
            publish(EventType.LOAN_WRITTEN_OFF_V1, loan, null, null);
        }));
    }

    /**
     * Pays out a tranche. The capital allocation is debited with a guarded update in the same
     * transaction, so no source goes below zero, however many disbursements run at once.
     */
    public WritePipeline.Outcome<LoanDtos.TransactionView> disburse(UUID id, String idempotencyKey, long amount) {
        return moveMoney(LoanTransition.DISBURSE, id, idempotencyKey, amount, loan -> {
                    if (loan.disbursedPrincipal + amount > loan.approvedAmount) {
                        throw ProblemException.unprocessable("More than approved", List.of(new Problem.FieldError("amount",
                                "at most " + (loan.approvedAmount - loan.disbursedPrincipal) + " VND remain to disburse")));
                    }
                    LocalDate today = businessDate.today();
                    UUID allocation = allocations.draw(loan.capitalSourceId, loan.communeCode, today, amount);
                    return disbursed(loan, today, amount, allocation);
                });
    }

    /** A disbursement or repayment: a first call moves the money, a retry with the caller's key answers the first result. */
    private WritePipeline.Outcome<LoanDtos.TransactionView> moveMoney(LoanTransition transition, UUID id, String idempotencyKey, long amount,
                                                                     java.util.function.Function<Loan, LoanDtos.TransactionView> movement) {
        return pipeline.run(WriteCommand.of(transition.operation(), LoanDtos.TransactionView.class)
                .roles(transition.roles())
                .actingOn(businessDate.today())
                .on("loan", id, () -> ownership(id))
                .idempotent(idempotencyKey, amount)
                .status(201)
                .handler(() -> {
                    Loan loan = loans.findById(id);
                    transition.apply(loan);
                    return movement.apply(loan);
                }));
    }

    private LoanDtos.TransactionView disbursed(Loan loan, LocalDate date, long amount, UUID allocation) {
        loan.disbursedPrincipal += amount;
        if (loan.firstDisbursedOn == null) {
            loan.firstDisbursedOn = date;
            loan.maturityDate = date.plusMonths(loan.termMonths);
        }
        LoanDtos.TransactionView tx = ledger.record(loan, LoanTransaction.DISBURSEMENT, date, amount, 0, 0, 0, allocation);
        publish(EventType.LOAN_DISBURSED_V1, loan, amount, null, date);
        return tx;
    }

    /** A repayment goes to overdue interest, then interest, then principal; more than is owed is refused. */
    public WritePipeline.Outcome<LoanDtos.TransactionView> repay(UUID id, String idempotencyKey, long amount) {
        return moveMoney(LoanTransition.REPAY, id, idempotencyKey, amount, loan -> {
                    LocalDate today = businessDate.today();
                    LoanBalance before = ledger.balance(loan, today);
                    if (amount > before.totalDue()) {
                        throw ProblemException.unprocessable("More than is owed", List.of(new Problem.FieldError("amount",
                                "the loan owes " + before.totalDue() + " VND on " + today)));
                    }
                    LoanBalance.Allocation split = before.allocate(amount);
                    long overdueInterest = split.overdueInterest();
                    long interest = split.interest();
                    long principal = split.principal();
                    if (principal > 0) {
                        ledger.allocationToRepay(loan).ifPresent(allocation -> allocations.returnPrincipal(allocation, principal));
                    }
                    LoanDtos.TransactionView tx = ledger.record(loan, LoanTransaction.REPAYMENT, today, amount, principal, interest, overdueInterest, null);
                    publish(EventType.LOAN_REPAID_V1, loan, amount, new long[] {principal, interest, overdueInterest});
                    if (tx.balanceAfter().totalDue() == 0 && loan.disbursedPrincipal == loan.approvedAmount) {
                        close(loan, today);
                    }
                    return tx;
                });
    }

    private void close(Loan loan, LocalDate date) {
        LoanTransition.CLOSE.apply(loan);
        loan.closedOn = date;
        loan.daysOverdue = 0;
        loan.bucket = null;
        publish(EventType.LOAN_CLOSED_V1, loan, null, null);
    }

    /**
     * A loan the bank made before this system, recorded through the same transitions as a new one,
     * dated as it happened: submitted, approved and disbursed in full on its disbursement date at
     * the rate it was lent at. What the old system collected is booked as settlements: the principal
     * repaid on the due dates of the earliest instalments (what the bank's own rules assume when it
     * does not know the days), the interest accrued up to the import on the import's date, so that
     * balances continue from here.
     * Imported history draws on no allocation: allocations are set net of loans made before.
     * Runs inside the import row's write command.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LoanDtos.LoanView recordImported(LoanDtos.ImportedLoan row, Borrower borrower, UUID capitalSourceId) {
        String by = "import:" + user.subject();
        Loan loan = newLoan(borrower, row.product(), row.marketCode(), row.enterpriseName(), row.contractNumber(),
                row.contractTermMonths(), row.contractCost(), row.amount(), row.termMonths(), row.termMonths(), capitalSourceId, null,
                row.disbursedOn(), by);
        LoanTransition.APPROVE.apply(loan);
        LoanPolicy policy = policies.inForceOn(row.disbursedOn()).orElse(null);
        loan.approvedAmount = row.amount();
        loan.approvedOn = row.disbursedOn();
        loan.approvedBy = by;
        loan.policyId = policy == null ? null : policy.id;
        loan.annualRatePercent = row.annualRatePercent();
        loan.overdueRateFactor = policy == null ? LoanPolicy.OVERDUE_RATE_FACTOR_BEFORE_ANY_POLICY : policy.overdueRateFactor;
        loans.persist(loan);
        loans.flush();
        LoanTransition.DISBURSE.apply(loan);
        loan.disbursedPrincipal += row.amount();
        loan.firstDisbursedOn = row.disbursedOn();
        loan.maturityDate = row.disbursedOn().plusMonths(row.termMonths());
        ledger.record(loan, LoanTransaction.DISBURSEMENT, row.disbursedOn(), row.amount(), 0, 0, 0, null);
        LocalDate today = businessDate.today();
        long principalToBook = row.principalRepaid();
        for (RepaymentSchedule.Instalment instalment : ledger.scheduleOf(loan)) {
            long part = Math.min(principalToBook, instalment.principal());
            if (part > 0) {
                LocalDate on = instalment.dueDate().isAfter(today) ? today : instalment.dueDate();
                ledger.record(loan, LoanTransaction.IMPORT_SETTLEMENT, on, part, part, 0, 0, null);
                principalToBook -= part;
            }
        }
        LoanBalance accrued = ledger.balance(loan, today);
        if (accrued.interestDue() + accrued.overdueInterestDue() > 0) {
            ledger.record(loan, LoanTransaction.IMPORT_SETTLEMENT, today, accrued.interestDue() + accrued.overdueInterestDue(), 0,
                    accrued.interestDue(), accrued.overdueInterestDue(), null);
        }
        if (row.principalRepaid() == row.amount()) {
            LoanTransition.CLOSE.apply(loan);
            loan.closedOn = today;
        }
        // Each event carries the loan as it stood on its own date, so that report-service's figures of a past
        // period are those of that period's end (loan-service's own reports replay the same ledger).
        List<LoanTransaction> books = ledger.movementsOf(List.of(loan.id)).getOrDefault(loan.id, List.of());
        publish(EventType.LOAN_DISBURSED_V1, loan, row.amount(), null, row.disbursedOn(), ledger.balance(loan, row.disbursedOn(), books));
        announceHistorySince(loan, row.disbursedOn(), today, books);
        if (loan.closedOn != null) {
            publish(EventType.LOAN_CLOSED_V1, loan, null, null, today, ledger.balance(loan, today, books));
        }
        return view(loan);
    }

    /**
     * The imported loan's history as events, each with the balance of its day, up to {@code today}:
     * loan.imported on each day a settlement of the old system's collections is booked (and on the
     * import's date in any case), and what close of business would have announced had the loan been
     * here — loan.overdue on the day it fell into arrears, loan.bucket-changed on each day its bucket
     * changed. Leaves the loan marked as of today.
     */
    private void announceHistorySince(Loan loan, LocalDate from, LocalDate today, List<LoanTransaction> books) {
        java.util.TreeMap<LocalDate, long[]> settled = new java.util.TreeMap<>();
        for (LoanTransaction move : books) {
            if (LoanTransaction.IMPORT_SETTLEMENT.equals(move.kind)) {
                long[] day = settled.computeIfAbsent(move.businessDate, d -> new long[4]);
                day[0] += move.amount;
                day[1] += move.principal;
                day[2] += move.interest;
                day[3] += move.overdueInterest;
            }
        }
        settled.putIfAbsent(today, new long[4]);
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>(settled.keySet());
        for (RepaymentSchedule.Instalment instalment : ledger.scheduleOf(loan)) {
            for (int daysLate : new int[] {1, 31, 91, 181, 361}) { // the first day of each delinquency bucket
                days.add(instalment.dueDate().plusDays(daysLate));
            }
        }
        days.add(today); // the import's own settlement may have cured the arrears
        loan.daysOverdue = 0;
        loan.bucket = null;
        for (LocalDate day : days.subSet(from, false, today, true)) {
            LoanBalance balance = ledger.balance(loan, day, books);
            String bucket = LoanBalance.bucket(balance.daysOverdue());
            if (loan.daysOverdue == 0 && balance.daysOverdue() > 0) {
                announce(EventType.LOAN_OVERDUE_V1, loan, balance, day);
            }
            boolean bucketChanged = !java.util.Objects.equals(bucket, loan.bucket);
            loan.daysOverdue = balance.daysOverdue();
            loan.bucket = bucket;
            if (bucketChanged) {
                announce(EventType.LOAN_BUCKET_CHANGED_V1, loan, balance, day);
            }
            long[] collected = settled.get(day);
            if (collected != null) {
                publish(EventType.LOAN_IMPORTED_V1, loan, collected[0], new long[] {collected[1], collected[2], collected[3]}, day, balance);
            }
        }
    }

    /** The loan of {@code borrower} under {@code contractNumber}, if any. */
    public Optional<Loan> findByContract(UUID borrowerId, String contractNumber) {
        return loans.lockedByContract(borrowerId, contractNumber);
    }

    /** What a re-import may change of a recorded loan: the descriptive fields, never money. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LoanDtos.LoanView updateImported(Loan loan, String marketCode, String enterpriseName) {
        loan.marketCode = marketCode;
        loan.enterpriseName = enterpriseName.trim();
        loans.flush();
        return view(loan);
    }

    public LoanDtos.LoanView view(Loan loan) {
        return LoanDtos.LoanView.of(loan, ledger.balance(loan, businessDate.today()), appraisalOverdue(loan));
    }

    @Transactional
    public long version(UUID id) {
        return get(id).version;
    }

    /** A loan in the caller's scope at its submission; any other id is answered as not existing. */
    @Transactional
    public Loan get(UUID id) {
        Loan loan = loans.findById(id);
        if (loan == null) {
            throw ProblemException.notFound("Loan", id);
        }
        scope.requireVisible("loan", id, loan.communeCode, loan.submittedOn);
        return loan;
    }

    static final Sorting SORTING = Sorting.by("-submittedOn", "l.createdAt DESC, l.id",
            "submittedOn", "l.submittedOn", "contractNumber", "l.contractNumber", "amountRequested", "l.amountRequested",
            "status", "l.status", "communeCode", "l.communeCode");

    @Transactional
    public Page<Loan> list(Loan.Status status, String unitCode, PageRequest page) {
        // The same rule as a read by id: the borrower's commune in the caller's scope on the day the loan was submitted.
        return loans.page(QueryFilter.from("Loan l").visibleAt(scope.visibility(), "l.submittedOn", "l.communeCode")
                .and("l.status = :status", "status", status)
                .and("(l.communeCode = :unit or l.districtCode = :unit or l.provinceCode = :unit)", "unit", unitCode),
                SORTING.orderBy(page), page);
    }

    /** The schedule of a disbursed loan, or the one it would have if disbursed in full today (preview before approval). */
    @Transactional
    public LoanDtos.ScheduleView schedule(UUID id) {
        Loan loan = get(id);
        LocalDate start = loan.firstDisbursedOn != null ? loan.firstDisbursedOn : businessDate.today();
        long principal = loan.firstDisbursedOn != null ? loan.disbursedPrincipal
                : loan.approvedAmount != null ? loan.approvedAmount : loan.amountRequested;
        var rate = loan.annualRatePercent != null ? loan.annualRatePercent
                : policies.evaluate(businessDate.today(), new PolicyEvaluation.Request(loan.category, loan.product, principal,
                        loan.contractCost, loan.termMonths, loan.contractTermMonths)).annualRatePercent();
        if (rate == null) {
            throw ProblemException.conflict("The policy in force sets no rate for " + loan.category + ": no schedule can be computed");
        }
        return LoanDtos.ScheduleView.of(principal, start, rate, RepaymentSchedule.of(principal, start, loan.termMonths,
                loan.repaymentEveryMonths, rate));
    }

    @Transactional
    public List<LoanDtos.TransactionView> transactions(UUID id) {
        return ledger.history(get(id));
    }

    /** Still waiting for a decision more than 10 working days after submission. */
    public boolean appraisalOverdue(Loan loan) {
        return loan.status == Loan.Status.SUBMITTED && workingDaysBetween(loan.submittedOn, businessDate.today()) > APPRAISAL_WORKING_DAYS;
    }

    /** The district and province of a commune at a date, from the unit replica. */
    private Map<String, String> unitsAbove(String commune, LocalDate date) {
        Map<String, String> byKind = new HashMap<>();
        hierarchy.ancestry(commune, date).forEach(unit -> byKind.putIfAbsent(unit.kind(), unit.code()));
        return byKind;
    }

    /** Working days (Monday to Friday) after {@code from} up to and including {@code to}. Public holidays are not yet known here. */
    static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }


    /** For close of business: an event about the loan as it stands on {@code date}, whose balance the caller computed. */
    void announce(EventType type, Loan loan, LoanBalance balance, LocalDate date) {
        publish(type, loan, null, null, date, balance);
    }

    void publish(EventType type, Loan loan, Long amount, long[] split) {
        publish(type, loan, amount, split, businessDate.today());
    }

    private void publish(EventType type, Loan loan, Long amount, long[] split, LocalDate date) {
        publish(type, loan, amount, split, date, ledger.balance(loan, businessDate.today()));
    }

    private void publish(EventType type, Loan loan, Long amount, long[] split, LocalDate date, LoanBalance balance) {
        // A closed loan was active before the day it closed (an imported loan's events are dated back).
        String status = loan.closedOn != null && date.isBefore(loan.closedOn) ? Loan.Status.ACTIVE.name() : loan.status.name();
        outbox.publish(type, loan.id.toString(), new LoanEventV1(loan.id, loan.product.name(), loan.category.name(), loan.communeCode,
                loan.districtCode, loan.provinceCode, loan.marketCode, loan.capitalSourceId, status, date, amount,
                split == null ? null : split[0], split == null ? null : split[1], split == null ? null : split[2],
                balance.principalOutstanding(), balance.principalOverdue(), balance.daysOverdue(), LoanBalance.bucket(balance.daysOverdue())));
    }
}
