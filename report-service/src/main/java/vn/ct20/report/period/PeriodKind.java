package vn.ct20.report.period;

/** The periodic report kinds of Decree 09/2019/NĐ-CP. */
public enum PeriodKind {
    MONTH, QUARTER, HALF_YEAR, YEAR
}
