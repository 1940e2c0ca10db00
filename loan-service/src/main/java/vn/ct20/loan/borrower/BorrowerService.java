package vn.ct20.loan.borrower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@ApplicationScoped
public class BorrowerService {
    @Inject
    BorrowerRepository borrowers;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    BusinessDate businessDate;

    @Inject
    WritePipeline pipeline;

    @Inject
    UnitHierarchy units;

    /** Registers a borrower living in a commune of the caller's area (through the write pipeline). */
    public BorrowerDtos.BorrowerView register(BorrowerDtos.CreateBorrower command) {
        return register(command, businessDate.today(), WriteCommand.Origin.API);
    }

    /**
     * Registers a borrower whose commune must exist on {@code at}: the business date for a new
     * application, the disbursement date for a loan imported from before the system.
     */
    public BorrowerDtos.BorrowerView register(BorrowerDtos.CreateBorrower command, LocalDate at, WriteCommand.Origin origin) {
        return pipeline.run(WriteCommand.of("borrower.register", BorrowerDtos.BorrowerView.class)
                .roles(Roles.LOAN_OFFICER, Roles.SYSTEM_ADMIN)
                .actingOn(businessDate.today())
                .creating("borrower", command.communeCode(), at, BorrowerDtos.BorrowerView::id)
                .origin(origin)
                .status(201)
                .handler(() -> {
                    CitizenId.problem(command.citizenId(), command.dateOfBirth(), command.sex()).ifPresent(problem -> {
                        throw ProblemException.unprocessable("The citizen ID cannot be this borrower's",
                                List.of(new Problem.FieldError("citizenId", problem)));
                    });
                    if (!units.existsAs(command.communeCode(), "COMMUNE", at)) {
                        throw ProblemException.unprocessable("Residence must be a commune in force",
                                List.of(new Problem.FieldError("communeCode", "'" + command.communeCode() + "' is not a commune on " + at)));
                    }
                    UUID id = UUID.randomUUID();
                    boolean inserted = borrowers.insertIfNew(id, command, user.subject(), at);
                    if (!inserted) {
                        throw ProblemException.conflict("A borrower with this citizen ID is already registered");
                    }
                    Borrower borrower = borrowers.findById(id);
                    return BorrowerDtos.BorrowerView.of(borrower, mayReveal(borrower));
                })).result();
    }

    /** The borrower registered with {@code citizenId}, if any, whoever's it is (for the import, which must not reveal it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Borrower> findByCitizenId(String citizenId) {
        return borrowers.byCitizenId(citizenId);
    }

    /** True when the caller's scope covers the borrower (at the borrower's registration). */
    public boolean isVisible(Borrower borrower) {
        return scope.covers(borrower.communeCode, borrower.residentOn);
    }

    /** The commune People's Committee confirms the borrower's eligibility: recorded with who and when. */
    public BorrowerDtos.BorrowerView confirm(UUID id) {
        return pipeline.run(WriteCommand.of("borrower.confirm-eligibility", BorrowerDtos.BorrowerView.class)
                .roles(Roles.PLAN_EDITOR, Roles.REPORTER, Roles.CONSOLIDATOR, Roles.LOAN_OFFICER, Roles.LOAN_APPROVER, Roles.MACHINE_CLIENT)
                .actingOn(businessDate.today())
                .on("borrower", id, () -> {
                    Borrower borrower = borrowers.lockedById(id).orElseThrow(() -> ProblemException.notFound("Borrower", id));
                    return new WriteCommand.Ownership(borrower.communeCode, borrower.residentOn, BorrowerDtos.BorrowerView.of(borrower, false));
                })
                .handler(() -> {
                    Borrower borrower = borrowers.findById(id);
                    boolean actsForTheCommune = user.unitCode() != null
                            && (user.unitCode().equals(borrower.communeCode) || units.isWithin(user.unitCode(), borrower.communeCode, null));
                    if (!actsForTheCommune) {
                        throw ProblemException.forbidden("Eligibility is confirmed by the borrower's commune");
                    }
                    if (borrower.confirmedAt != null) {
                        throw ProblemException.conflict("Eligibility was already confirmed on " + borrower.confirmedAt);
                    }
                    borrower.confirmedBy = user.subject();
                    borrower.confirmedUnitCode = user.unitCode();
                    borrower.confirmedAt = Instant.now();
                    return BorrowerDtos.BorrowerView.of(borrower, mayReveal(borrower));
                })).result();
    }

    /** The borrower by id, unchecked: for a caller that applies its own rule of what its user may see. */
    @Transactional
    public java.util.Optional<Borrower> find(UUID id) {
        return java.util.Optional.ofNullable(borrowers.findById(id));
    }

    @Transactional
    public Borrower get(UUID id) {
        Borrower borrower = borrowers.findById(id);
        if (borrower == null) {
            throw ProblemException.notFound("Borrower", id);
        }
        scope.requireVisible("borrower", id, borrower.communeCode, borrower.residentOn);
        return borrower;
    }

    static final Sorting SORTING = Sorting.by("-createdAt", "b.id",
            "createdAt", "b.createdAt", "fullName", "b.fullName", "dateOfBirth", "b.dateOfBirth", "communeCode", "b.communeCode");

    @Transactional
    public Page<Borrower> list(String communeCode, PageRequest page) {
        return borrowers.page(QueryFilter.from("Borrower b").visibleAt(scope.visibility(), "b.residentOn", "b.communeCode")
                .and("b.communeCode = :commune", "commune", communeCode), SORTING.orderBy(page), page);
    }

    /** Loan officers and approvers of the borrower's area see the full citizen ID; everyone else the masked one. */
    public boolean mayReveal(Borrower borrower) {
        return (user.hasRole(Roles.LOAN_OFFICER) || user.hasRole(Roles.LOAN_APPROVER)) && isVisible(borrower);
    }


}
