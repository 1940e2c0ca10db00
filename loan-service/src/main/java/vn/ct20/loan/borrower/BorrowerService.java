package vn.ct20.loan.borrower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ct20.loan.clock.LoanBusinessDate;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;

@ApplicationScoped
public class BorrowerService {
    @Inject
    EntityManager entityManager;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    LoanBusinessDate businessDate;

    @Transactional
    public Borrower register(BorrowerDtos.CreateBorrower command) {
        requireRole(Roles.LOAN_OFFICER);
        var today = businessDate.today();
        scope.require(command.communeCode(), today);
        CitizenId.problem(command.citizenId(), command.dateOfBirth(), command.sex()).ifPresent(problem -> {
            throw ProblemException.unprocessable("The citizen ID cannot be this borrower's", List.of(new Problem.FieldError("citizenId", problem)));
        });
        List<?> commune = entityManager.createNativeQuery("""
                        SELECT 1 FROM unit_replica WHERE code = :code AND kind = 'COMMUNE'
                           AND valid_from <= :at AND (valid_to IS NULL OR valid_to >= :at)""")
                .setParameter("code", command.communeCode()).setParameter("at", today).getResultList();
        if (commune.isEmpty()) {
            throw ProblemException.unprocessable("Residence must be a commune in force",
                    List.of(new Problem.FieldError("communeCode", "'" + command.communeCode() + "' is not a commune on " + today)));
        }
        UUID id = UUID.randomUUID();
        // ON CONFLICT rather than a failing insert: a constraint violation would put the number in the database's and driver's logs.
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO borrower (id, citizen_id, full_name, date_of_birth, sex, ethnicity, category, commune_code, created_by, created_at)
                        VALUES (:id, :citizenId, :name, :born, :sex, :ethnicity, :category, :commune, :by, :at)
                        ON CONFLICT (citizen_id) DO NOTHING""")
                .setParameter("id", id).setParameter("citizenId", command.citizenId()).setParameter("name", command.fullName().trim())
                .setParameter("born", command.dateOfBirth()).setParameter("sex", command.sex().name())
                .setParameter("ethnicity", command.ethnicity()).setParameter("category", command.category().name())
                .setParameter("commune", command.communeCode()).setParameter("by", user.subject()).setParameter("at", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("A borrower with this citizen ID is already registered");
        }
        return entityManager.find(Borrower.class, id);
    }

    /** The commune People's Committee confirms the borrower's eligibility: recorded with who and when. */
    @Transactional
    public Borrower confirm(UUID id) {
        Borrower borrower = get(id);
        boolean actsForTheCommune = user.unitCode() != null
                && (user.unitCode().equals(borrower.communeCode) || isBelow(user.unitCode(), borrower.communeCode));
        boolean mayAct = user.roles().stream().anyMatch(role -> !role.equals(Roles.VIEWER));
        if (!actsForTheCommune || !mayAct) {
            throw ProblemException.forbidden("Eligibility is confirmed by the borrower's commune");
        }
        if (borrower.confirmedAt != null) {
            throw ProblemException.conflict("Eligibility was already confirmed on " + borrower.confirmedAt);
        }
        borrower.confirmedBy = user.subject();
        borrower.confirmedUnitCode = user.unitCode();
        borrower.confirmedAt = Instant.now();
        return borrower;
    }

    private boolean isBelow(String unit, String commune) {
        List<?> rows = entityManager.createNativeQuery("SELECT 1 FROM unit_replica WHERE code = :unit AND parent_code = :commune")
                .setParameter("unit", unit).setParameter("commune", commune).getResultList();
        return !rows.isEmpty();
    }

    @Transactional
    public Borrower get(UUID id) {
        Borrower borrower = entityManager.find(Borrower.class, id);
        if (borrower == null) {
            throw ProblemException.notFound("Borrower", id);
        }
        scope.require(borrower.communeCode, null);
        return borrower;
    }

    @Transactional
    public Page<Borrower> list(String communeCode, PageRequest page) {
        return QueryFilter.from("Borrower b").visibleTo("b.communeCode in :visible", scope.visibleUnits(null))
                .and("b.communeCode = :commune", "commune", communeCode)
                .page(entityManager, "b", "b.createdAt desc", Borrower.class, page);
    }

    /** Loan officers and approvers of the borrower's area see the full citizen ID; everyone else the masked one. */
    public boolean mayReveal(Borrower borrower) {
        return (user.hasRole(Roles.LOAN_OFFICER) || user.hasRole(Roles.LOAN_APPROVER)) && scope.covers(borrower.communeCode, null);
    }

    private void requireRole(String role) {
        if (!user.hasRole(role) && !user.hasRole(Roles.SYSTEM_ADMIN)) {
            throw ProblemException.forbidden("This needs the " + role + " role");
        }
    }
}
