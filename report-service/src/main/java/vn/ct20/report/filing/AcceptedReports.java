package vn.ct20.report.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What consolidation counts: the accepted revision of each unit's report for a period, its values and its content. */
@ApplicationScoped
public class AcceptedReports {
    @Inject
    ReportRevisionRepository revisions;

    /** For each of {@code units}, the revision of its report for the period that was accepted last. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDtos.AcceptedRevision> revisionsFor(String periodId, List<String> units) {
        return revisions.acceptedFor(periodId, units);
    }

    /** Every value of these revisions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportDtos.ReportedValue> valuesOf(List<UUID> revisionIds) {
        return revisions.valuesOf(revisionIds);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportContent contentOf(UUID revisionId) {
        return revisions.findById(revisionId).content;
    }
}
