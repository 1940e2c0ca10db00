package vn.ct20.report.planreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What report-service knows of plan-service's plans, targets, regimes and tasks, from its replicas. */
@ApplicationScoped
public class PlanReplicas {
    @Inject
    PlanReplicaRepository replicas;

    /** True when the task is a task (not a section) of the plan (of any plan: null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isReportableTask(UUID taskId, UUID planId) {
        return replicas.isReportableTask(taskId, planId);
    }

    /** The number, title and lead of each of these tasks that report-service knows, by task. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<UUID, PlanReplicaDtos.TaskTitle> taskTitles(java.util.Collection<UUID> taskIds) {
        java.util.Map<UUID, PlanReplicaDtos.TaskTitle> titles = new java.util.HashMap<>();
        replicas.taskTitles(taskIds).forEach(title -> titles.put(title.taskId(), title));
        return titles;
    }

    /** The bodies that plans for the unit's area name as consolidating unit (Sở LĐTBXH for a province's plans). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> consolidatorsFor(String areaUnitCode) {
        return replicas.consolidatorsFor(areaUnitCode);
    }

    /** The regimes of the issued plans for the unit's area that run in {@code year}, newest plan first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanReplicaDtos.AreaRegime> regimesFor(String areaUnitCode, int year) {
        return replicas.regimesFor(areaUnitCode, year);
    }

    /** The targets of the issued plans for the unit's area that run in {@code year}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanReplicaDtos.TargetRow> targetsFor(String areaUnitCode, int year) {
        return replicas.targetsFor(areaUnitCode, year);
    }
}
