-- "Đề nghị Ủy ban MTTQ … và các tổ chức chính trị - xã hội": a named lead and every body of a kind
-- leading beside it.
CREATE TABLE plan_task_co_lead_kind (
    task_id    uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_kind  varchar(40) NOT NULL,
    PRIMARY KEY (task_id, unit_kind)
);
-- A measure the plan sets without naming who leads it ("Nhiệm vụ, giải pháp" paragraphs) is a task
-- without a lead: its progress is followed by whoever covers the plan's area. A task still has at
-- most one lead, a unit or a kind.
ALTER TABLE plan_task DROP CONSTRAINT plan_task_lead;
ALTER TABLE plan_task ADD CONSTRAINT plan_task_lead CHECK (
    (section AND lead_unit_code IS NULL AND lead_unit_kind IS NULL)
    OR (NOT section AND (lead_unit_code IS NULL OR lead_unit_kind IS NULL)));
