package vn.ct20.plan.document;

/** The kind of document: the directive at the root, resolutions, action programmes and plans. */
public enum PlanKind {
    /** Chỉ thị, e.g. 20-CT/TW of the Party Secretariat. */
    DIRECTIVE,
    /** Nghị quyết, e.g. 225/NQ-CP of the Government. */
    RESOLUTION,
    /** Chương trình hành động, e.g. 29-CTr/TU of the Lai Châu Party Committee. */
    ACTION_PROGRAMME,
    /** Kế hoạch. */
    PLAN
}
