package vn.ct20.plan.unit;

/**
 * Territories (levels of the administrative hierarchy) and the bodies attached to them. VILLAGE is a
 * residential unit below a commune (thôn, bản, ấp, tổ dân phố): not an administrative level, it does
 * not report, but a plan may set a target for each ("tại mỗi thôn, bản ít nhất 01 lượt/năm"), measured
 * from the commune's report broken down by village.
 */
public enum UnitKind {
    COUNTRY(true), PROVINCE(true), DISTRICT(true), COMMUNE(true), VILLAGE(true),
    PEOPLES_COMMITTEE(false), PARTY_COMMITTEE(false), DEPARTMENT(false), LABOUR_OFFICE(false),
    VBSP_HEAD_OFFICE(false), VBSP_BRANCH(false), VBSP_OFFICE(false), POLICE(false), BORDER_GUARD(false),
    FATHERLAND_FRONT(false), MASS_ORGANISATION(false), OTHER_BODY(false);

    private final boolean territory;

    UnitKind(boolean territory) {
        this.territory = territory;
    }

    public boolean isTerritory() {
        return territory;
    }
}
