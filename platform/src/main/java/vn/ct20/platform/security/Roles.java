package vn.ct20.platform.security;

/** Role names carried in the {@code groups} claim of CT20 tokens. */
public final class Roles {
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String PLAN_EDITOR = "PLAN_EDITOR";
    public static final String REPORTER = "REPORTER";
    public static final String CONSOLIDATOR = "CONSOLIDATOR";
    public static final String LOAN_OFFICER = "LOAN_OFFICER";
    public static final String LOAN_APPROVER = "LOAN_APPROVER";
    public static final String VIEWER = "VIEWER";
    public static final String MACHINE_CLIENT = "MACHINE_CLIENT";
    /** Reads the audit trail of every service; changes nothing. */
    public static final String AUDITOR = "AUDITOR";

    public static final String[] ALL = {SYSTEM_ADMIN, PLAN_EDITOR, REPORTER, CONSOLIDATOR, LOAN_OFFICER,
            LOAN_APPROVER, VIEWER, MACHINE_CLIENT, AUDITOR};

    /** Code of the root administrative unit, the country. */
    public static final String ROOT_UNIT = "VN";

    /** Claim holding the code of the unit the user acts for. */
    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
