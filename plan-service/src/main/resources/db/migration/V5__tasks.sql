-- Tasks and solutions (nhiệm vụ, giải pháp): numbered sections and tasks, each task with a lead
-- unit (chủ trì), coordinating units (phối hợp) and a deadline.
CREATE TABLE plan_task (
    id                uuid PRIMARY KEY,
    plan_id           uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_task_id    uuid REFERENCES plan_task (id) ON DELETE CASCADE,
    number            varchar(20) NOT NULL,          -- as numbered in the plan: "III", "1", "1.2"
    title             varchar(2000) NOT NULL,
    section           boolean NOT NULL,              -- a heading that groups tasks; has no lead or deadline
    lead_unit_code    varchar(20),
    deadline_kind     varchar(20),                   -- DATE, QUARTER, YEAR, RECURRING, ONGOING
    deadline_date     date,
    deadline_year     integer,
    deadline_quarter  integer,
    recurrence        varchar(20),                   -- with RECURRING: YEARLY, HALF_YEARLY
    due_date          date,                          -- the date the deadline stands for (derived; null for RECURRING, ONGOING)
    status            varchar(20) NOT NULL,          -- NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
    progress_percent  integer NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
    version           bigint NOT NULL DEFAULT 0,
    CONSTRAINT plan_task_number UNIQUE (plan_id, number),
    CONSTRAINT plan_task_section CHECK (section = (lead_unit_code IS NULL))
);
CREATE INDEX plan_task_plan ON plan_task (plan_id);
CREATE INDEX plan_task_lead ON plan_task (lead_unit_code);
CREATE INDEX plan_task_due ON plan_task (due_date) WHERE due_date IS NOT NULL;

CREATE TABLE plan_task_coordinator (
    task_id    uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_code  varchar(20) NOT NULL,
    PRIMARY KEY (task_id, unit_code)
);
CREATE INDEX plan_task_coordinator_unit ON plan_task_coordinator (unit_code);
