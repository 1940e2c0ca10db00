package vn.ct20.loan.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;

/** Versions of the lending policy: one in force at any date; a new version closes the previous one. */
@ApplicationScoped
public class PolicyService {
    /** How far ahead a version may be scheduled. */
    static final int MAX_YEARS_AHEAD = 5;

    @Inject
    LoanPolicyRepository policies;

    @Inject
    CurrentUser user;

    @Transactional
    public List<LoanPolicy> versions() {
        return policies.versions();
    }

    /** One version by its id. */
    @Transactional
    public LoanPolicy version(UUID id) {
        return policies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Lending policy", id));
    }

    /** The version in force at {@code date}. */
    @Transactional
    public LoanPolicy inForce(LocalDate date) {
        return inForceOn(date).orElseThrow(() -> ProblemException.notFound("Lending policy in force on", date));
    }

    /** The version in force at {@code date}, if any (none before the first version: loans imported from before the system). */
    @Transactional
    public java.util.Optional<LoanPolicy> inForceOn(LocalDate date) {
        return policies.inForceOn(date);
    }

    @Transactional
    public PolicyEvaluation evaluate(LocalDate date, PolicyEvaluation.Request request) {
        return PolicyEvaluation.of(inForce(date), request);
    }

    /** Adds a version from {@code validFrom}; the version in force the day before ends then. Future dates only. */
    @Transactional
    public LoanPolicy publish(PolicyDtos.PolicyInput input, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!input.validFrom().isAfter(today)) {
            errors.add(new Problem.FieldError("validFrom", "a new policy starts after today: loans already approved keep their terms"));
        } else if (input.validFrom().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add(new Problem.FieldError("validFrom", "at most " + MAX_YEARS_AHEAD + " years ahead: a date further off is a mistake, "
                    + "and a version once scheduled blocks every earlier one"));
        }
        Set<BorrowerCategory> categories = EnumSet.noneOf(BorrowerCategory.class);
        input.categories().forEach(c -> {
            if (!categories.add(c.category())) {
                errors.add(new Problem.FieldError("categories", c.category() + " is listed twice"));
            }
        });
        Set<LoanProduct> products = EnumSet.noneOf(LoanProduct.class);
        input.products().forEach(p -> {
            if (!products.add(p.product())) {
                errors.add(new Problem.FieldError("products", p.product() + " is listed twice"));
            }
            if (p.maxShareOfContractCost() == null && p.maxAmount() == null) {
                errors.add(new Problem.FieldError("products", p.product() + " needs a limit: maxShareOfContractCost or maxAmount"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The policy cannot be applied as given", errors);
        }
        LoanPolicy previous = inForce(input.validFrom().minusDays(1));
        if (previous.validTo != null) {
            throw ProblemException.conflict("A later policy version is already scheduled; a policy starts after the last one");
        }
        previous.validTo = input.validFrom().minusDays(1);
        LoanPolicy policy = new LoanPolicy();
        policy.id = UUID.randomUUID();
        policy.name = input.name().trim();
        policy.legalBasis = input.legalBasis().trim();
        policy.validFrom = input.validFrom();
        policy.overdueRateFactor = input.overdueRateFactor();
        policy.createdBy = user.subject();
        policy.createdAt = Instant.now();
        input.categories().forEach(c -> {
            LoanPolicy.CategoryRule rule = new LoanPolicy.CategoryRule();
            rule.category = c.category();
            rule.eligible = c.eligible();
            rule.annualRatePercent = c.annualRatePercent();
            rule.rateBasis = c.annualRatePercent() == null || c.rateBasis() == null ? null : c.rateBasis().trim();
            policy.categories.add(rule);
        });
        input.products().forEach(p -> {
            LoanPolicy.ProductRule rule = new LoanPolicy.ProductRule();
            rule.product = p.product();
            rule.maxShareOfContractCost = p.maxShareOfContractCost();
            rule.maxAmount = p.maxAmount();
            rule.collateralFromAmount = p.collateralFromAmount();
            rule.maxTermMonths = p.maxTermMonths();
            rule.termWithinContract = p.termWithinContract();
            policy.products.add(rule);
        });
        policies.persist(policy);
        return policy;
    }

    /**
     * Sets the rate a version lacks for an eligible category, naming its legal basis. Only a missing
     * rate: no loan can have been approved without one, so filling it changes no loan's terms, while a
     * rate already set changes only through a new version from a future date. A version that has ended
     * is history and stays as it was.
     */
    @Transactional
    public LoanPolicy setMissingRate(UUID policyId, BorrowerCategory category, PolicyDtos.RateInput input, LocalDate today) {
        // Locked: two administrators filling the same gap at once get one rate and a 409, not a failed insert.
        LoanPolicy policy = policies.findByIdOptional(policyId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Lending policy", policyId));
        if (policy.validTo != null && policy.validTo.isBefore(today)) {
            throw ProblemException.conflict("This version ended on " + policy.validTo + "; it stays as loans were approved under it");
        }
        LoanPolicy.CategoryRule rule = policy.category(category).filter(r -> r.eligible).orElseThrow(() -> ProblemException.unprocessable(
                "The category is not eligible under this version", List.of(new Problem.FieldError("category",
                        category + " may not borrow under this version: eligibility changes through a new version"))));
        if (rule.annualRatePercent != null) {
            throw ProblemException.conflict("This version already sets " + rule.annualRatePercent.stripTrailingZeros().toPlainString()
                    + " % for " + category + "; a set rate changes only through a new version from a future date");
        }
        rule.annualRatePercent = input.annualRatePercent();
        rule.rateBasis = input.rateBasis().trim();
        policies.flush();
        return policy;
    }
}
