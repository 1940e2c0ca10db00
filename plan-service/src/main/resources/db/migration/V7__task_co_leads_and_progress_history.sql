-- Several bodies may lead one task together (Kon Tum: "Ban cán sự đảng UBND tỉnh, Ban Tuyên giáo
-- Tỉnh ủy, Đảng ủy Công an tỉnh … lãnh đạo triển khai"): the first named stays lead_unit_code, the
-- others lead beside it.
CREATE TABLE plan_task_co_lead (
    task_id    uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_code  varchar(20) NOT NULL,
    PRIMARY KEY (task_id, unit_code)
);
CREATE INDEX plan_task_co_lead_unit ON plan_task_co_lead (unit_code);

-- A task's progress as reported over time, so that "overdue at a date" is answered from what was
-- true then rather than from today's status. closed_on: the day the task was done or cancelled.
ALTER TABLE plan_task ADD COLUMN closed_on date;
CREATE TABLE plan_task_progress (
    task_id           uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    seq               bigserial NOT NULL,
    as_of             date NOT NULL,            -- the day the progress is reported for
    status            varchar(20) NOT NULL,
    progress_percent  integer NOT NULL CHECK (progress_percent BETWEEN 0 AND 100),
    reported_by       varchar(200) NOT NULL,
    reported_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (task_id, seq)
);
-- Tasks closed before this history existed: closed on the day the audit trail recorded the change.
UPDATE plan_task t SET closed_on = (
    SELECT (max(a.recorded_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date FROM audit_record a
     WHERE a.target_type = 'task' AND a.target_id = t.id::text AND a.operation = 'task.report-progress')
 WHERE t.status IN ('DONE', 'CANCELLED');
UPDATE plan_task SET closed_on = CURRENT_DATE WHERE status IN ('DONE', 'CANCELLED') AND closed_on IS NULL;
-- Only the closings are known by day; a task in progress gets its history from its next report.
INSERT INTO plan_task_progress (task_id, as_of, status, progress_percent, reported_by)
SELECT id, closed_on, status, progress_percent, 'migration:V7' FROM plan_task
 WHERE NOT section AND closed_on IS NOT NULL;
