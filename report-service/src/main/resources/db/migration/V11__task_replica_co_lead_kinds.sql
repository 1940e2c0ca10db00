-- ct20.plan.task-changed.v1 coLeadUnitKinds: every body of these kinds leads beside the lead (and, under a
-- regime whose task leads report, reports).
ALTER TABLE task_replica ADD COLUMN co_lead_unit_kinds varchar(40)[] NOT NULL DEFAULT '{}';
