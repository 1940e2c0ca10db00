package vn.ct20.loan.capital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

/**
 * What each capital source may lend per unit and year, and what it has lent. A disbursement draws on
 * the allocation of the loan's source for the business year held by the unit nearest the borrower's
 * commune (the commune, its district, then its province). The draw is one guarded UPDATE: under any
 * number of concurrent disbursements a source never goes below zero, and a table CHECK backs it.
 */
@ApplicationScoped
public class CapitalAllocations {
    @Inject
    CapitalAllocationRepository repository;

    @Inject
    CapitalSourceRepository sources;

    @Inject
    UnitScope scope;

    @Inject
    WritePipeline pipeline;

    @Inject
    CapitalSourceService sourceService;

    @Inject
    UnitHierarchy hierarchy;

    /**
     * True when the source may lend in {@code communeCode} on {@code date}: it exists and its owner is
     * the commune or a unit above it (a national source serves everyone, a province's only the province).
     */
    public boolean servesArea(UUID sourceId, String communeCode, LocalDate date) {
        CapitalSource source = sourceId == null ? null : sources.findById(sourceId);
        return source != null && (vn.ct20.platform.security.Roles.ROOT_UNIT.equals(source.ownerUnitCode)
                || hierarchy.isWithin(communeCode, source.ownerUnitCode, date));
    }

    /**
     * Sets a source's allocation for a unit and year; it may not drop below what is already lent out.
     * The unit must exist and lie in the source owner's area: a province's budget is lent in that province.
     */
    public CapitalSourceDtos.AllocationView allocate(UUID sourceId, CapitalSourceDtos.AllocationInput input) {
        LocalDate today = UnitScope.today();
        return pipeline.run(WriteCommand.of("capital-source.allocate", CapitalSourceDtos.AllocationView.class)
                .roles(Roles.LOAN_APPROVER, Roles.SYSTEM_ADMIN)
                .actingOn(today)
                .on("capital-source", sourceId, () -> sourceService.ownership(sourceId))
                .handler(() -> {
                    CapitalSource source = sources.findById(sourceId);
                    if (!hierarchy.exists(input.unitCode(), today) || !hierarchy.isWithin(input.unitCode(), source.ownerUnitCode, today)) {
                        throw ProblemException.unprocessable("Not a unit of the source's area", List.of(new Problem.FieldError("unitCode",
                                "'" + input.unitCode() + "' is not a unit within " + source.ownerUnitCode + " on " + today)));
                    }
                    scope.require(input.unitCode(), today);
                    int changed = repository.upsert(sourceId, input.unitCode(), input.year(), input.allocated());
                    if (changed == 0) {
                        throw ProblemException.unprocessable("The allocation cannot drop below what is lent out",
                                List.of(new Problem.FieldError("allocated", "more than " + input.allocated() + " VND is already lent out from it")));
                    }
                    return rows(sourceId).stream().filter(a -> a.unitCode().equals(input.unitCode()) && a.year() == input.year())
                            .findFirst().orElseThrow();
                })).result();
    }

    @Transactional
    public List<CapitalSourceDtos.AllocationView> list(UUID sourceId) {
        CapitalSource source = sources.findById(sourceId);
        if (source == null) {
            throw ProblemException.notFound("Capital source", sourceId);
        }
        scope.requireVisible("capital-source", sourceId, source.ownerUnitCode, UnitScope.today());
        return rows(sourceId);
    }

    private List<CapitalSourceDtos.AllocationView> rows(UUID sourceId) {
        return repository.standingOf(sourceId).stream().map(a -> new CapitalSourceDtos.AllocationView(a.id(), a.sourceId(), a.unitCode(), a.year(),
                a.allocated(), a.committed(), a.disbursed(), a.repaid(), a.available())).toList();
    }

    /** The year's allocations of the entrusted (local budget) sources owned in {@code ownerUnitCodes}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CapitalSourceDtos.Entrusted> entrusted(List<String> ownerUnitCodes, int year) {
        return repository.entrusted(ownerUnitCodes, year);
    }

    /** Debits {@code amount} from the allocation serving the commune; refuses (409) when it has not that much left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID draw(UUID sourceId, String communeCode, LocalDate date, long amount) {
        // the nearest unit holding an allocation: the commune, then its parent, and so on up
        List<String> upwards = hierarchy.selfAndAncestors(communeCode, date);
        UUID allocation = repository.heldBy(sourceId, date.getYear(), upwards).stream()
                .min(java.util.Comparator.comparingInt(a -> upwards.indexOf(a.unitCode)))
                .map(a -> a.id)
                .orElseThrow(() -> ProblemException.conflict("The capital source has no allocation for this area in " + date.getYear()));
        int drawn = repository.draw(allocation, amount);
        if (drawn == 0) {
            throw ProblemException.conflict("The capital source has less than " + amount + " VND left for this area in " + date.getYear());
        }
        return allocation;
    }

    /** Records repaid principal on the allocation it was lent from (lendable again if the source revolves). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnPrincipal(UUID allocation, long principal) {
        repository.credit(allocation, principal);
    }
}
