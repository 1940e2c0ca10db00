-- ct20.plan.reporting-regime-changed.v1 reportingTaskLeads: the plan's task leads report too (the
-- obligation planner reads them from task_replica).
ALTER TABLE regime_replica ADD COLUMN reporting_task_leads boolean NOT NULL DEFAULT false;
