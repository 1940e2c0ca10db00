package vn.ct20.events.loan;

import java.util.UUID;

/**
 * Payload of {@code ct20.loan.capital-source-changed.v1}: a capital source was registered or
 * renamed; carries its full latest state. Key and subject: the source id.
 *
 * @param kind          CENTRAL_BUDGET, NATIONAL_EMPLOYMENT_FUND, PROVINCIAL_BUDGET_ENTRUSTED or DISTRICT_BUDGET_ENTRUSTED
 * @param ownerUnitCode the locality whose budget or VBSP branch holds the capital ("VN" for central capital)
 * @param revolving     whether principal repaid is lent again (by default not: disbursements never exceed the allocation)
 */
public record CapitalSourceChangedV1(UUID id, String code, String name, String kind, String ownerUnitCode, boolean revolving, long version) {
}
