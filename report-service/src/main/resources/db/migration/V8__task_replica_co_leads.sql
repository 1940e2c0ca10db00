-- Bodies that lead a task beside its lead (ct20.plan.task-changed.v1 coLeadUnitCodes), and the day it
-- was closed (closedOn): co-leads owe the task's progress like its lead.
ALTER TABLE task_replica ADD COLUMN co_lead_unit_codes varchar(20)[] NOT NULL DEFAULT '{}';
ALTER TABLE task_replica ADD COLUMN closed_on date;
