package vn.ct20.loan.policy;

/** Household categories of borrowers (Employment Law 38/2013 Art. 20; Decree 61/2015 Art. 11). */
public enum BorrowerCategory {
    POOR, NEAR_POOR, NEWLY_OUT_OF_POVERTY, LAND_RECOVERED, ETHNIC_MINORITY, RELATIVE_OF_PERSON_WITH_MERIT, LOCAL_POLICY_GROUP
}
