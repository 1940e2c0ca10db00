-- Tasks led by every unit of a kind (ct20.plan.task-changed.v1 field leadUnitKind).
ALTER TABLE task_replica ADD COLUMN lead_unit_kind varchar(40);
