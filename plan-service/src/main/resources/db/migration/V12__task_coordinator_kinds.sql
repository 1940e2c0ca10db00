-- "Phối hợp với các sở, ban, ngành, UBND các huyện …": every body of a kind in the plan's area coordinates.
CREATE TABLE plan_task_coordinator_kind (
    task_id    uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_kind  varchar(40) NOT NULL,
    PRIMARY KEY (task_id, unit_kind)
);
