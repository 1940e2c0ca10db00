-- A task may be led by every unit of a kind in the plan's area ("UBND các xã, thị trấn", "UBND các
-- huyện, thành phố"), instead of one named unit.
ALTER TABLE plan_task ADD COLUMN lead_unit_kind varchar(40);
ALTER TABLE plan_task DROP CONSTRAINT plan_task_section;
ALTER TABLE plan_task ADD CONSTRAINT plan_task_lead CHECK (
    (section AND lead_unit_code IS NULL AND lead_unit_kind IS NULL)
    OR (NOT section AND ((lead_unit_code IS NULL) <> (lead_unit_kind IS NULL))));
CREATE INDEX plan_task_lead_kind ON plan_task (lead_unit_kind) WHERE lead_unit_kind IS NOT NULL;
