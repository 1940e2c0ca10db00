package vn.ct20.report.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What consolidation counts: the accepted revision of each unit's report for a period, its values and its content. */
@ApplicationScoped
public class AcceptedReports {
    @Inject
    ReportRevisionRepository revisions;

    /** For each of {@code units}, the values of the revision of its report for the period that was accepted last. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDtos.AcceptedValue> valuesFor(String periodId, Collection<String> units) {
        return revisions.acceptedValues(periodId, units);
    }

    /** The task progress lines of these revisions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDtos.ReportedProgress> progressOf(Collection<UUID> revisionIds) {
        return revisions.progressOf(revisionIds);
    }

    /** The difficulties and proposals of these revisions (those that wrote none are left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDtos.ReportedRemarks> remarksOf(Collection<UUID> revisionIds) {
        return revisions.remarksOf(revisionIds);
    }
}
