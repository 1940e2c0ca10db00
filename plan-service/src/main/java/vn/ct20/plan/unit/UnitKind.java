package vn.ct20.plan.unit;

/** Territories (levels of the administrative hierarchy) and the bodies attached to them. */
public enum UnitKind {
    COUNTRY(true), PROVINCE(true), DISTRICT(true), COMMUNE(true),
    PEOPLES_COMMITTEE(false), PARTY_COMMITTEE(false), DEPARTMENT(false), LABOUR_OFFICE(false),
    VBSP_BRANCH(false), VBSP_OFFICE(false), POLICE(false), BORDER_GUARD(false),
    FATHERLAND_FRONT(false), MASS_ORGANISATION(false), OTHER_BODY(false);

    private final boolean territory;

    UnitKind(boolean territory) {
        this.territory = territory;
    }

    public boolean isTerritory() {
        return territory;
    }
}
